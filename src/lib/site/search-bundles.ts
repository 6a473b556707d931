import type { DisclosureRef } from "./paths.ts";

export interface Bundle {
  /** the bundle's folder, from the site root */
  dir: string;
  /** the year of its disclosures; none for the guides */
  year?: number;
}

/**
 * The online search index comes in bundles (scripts/search.ts writes them): one for the guides and
 * one per year, newest first. The search page lists them; a search reads every one unless the
 * reader narrows it to a year.
 */
export function searchBundles(disclosures: readonly Pick<DisclosureRef, "year">[]): Bundle[] {
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  // in the order results are given: the guides (what a term means), then each year, newest first
  return [{ dir: "search/index/guides/" }, ...years.map((year) => ({ dir: `search/index/${year}/`, year }))];
}

/** What a search result is: the search page's 类型 filter and each searchable page's own kind. */
export const SEARCH_KINDS = ["部门", "项目", "表格", "说明", "绩效", "指南"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
