import type { DisclosureRef } from "./paths.ts";

export interface Bundle {
  /** the bundle's folder, from the site root */
  dir: string;
  /** the year of its disclosures; none for the guides */
  year?: number;
}

/**
 * The online search index comes in bundles (scripts/search.ts writes them): one per year, newest
 * first, and one for the guides. The search page lists them and reads a year's only when a search
 * reaches that year.
 */
export function searchBundles(disclosures: readonly Pick<DisclosureRef, "year">[]): Bundle[] {
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  return [...years.map((year) => ({ dir: `search/index/${year}/`, year })), { dir: "search/index/guides/" }];
}

/** What a search result is: the search page's 类型 filter and each searchable page's own kind. */
export const SEARCH_KINDS = ["项目", "表格", "说明", "绩效", "指南"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
