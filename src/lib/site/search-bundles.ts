import type { DisclosureRef } from "./paths.ts";

/**
 * How many disclosures one Pagefind run indexes: its memory grows with the pages it holds.
 * SEARCH_BUNDLE_SIZE overrides it (tests use 1); build and search page read the same value.
 */
export const BUNDLE_SIZE = Number(process.env.SEARCH_BUNDLE_SIZE ?? 25);

export interface Bundle {
  /** where the bundle goes, from the site root */
  dir: string;
  /** the pages it indexes, from the site root */
  glob: string;
  /** the year of its disclosures; none for the guides */
  year?: number;
}

/**
 * The search index in bundles: each year's disclosures in batches of BUNDLE_SIZE, and the guides.
 * The build runs Pagefind once per bundle; the search page loads Pagefind from the guides' bundle
 * and merges a year's bundles when a search reaches that year. Newest year first.
 */
export function searchBundles(disclosures: readonly Pick<DisclosureRef, "year" | "slug">[]): Bundle[] {
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  const bundles = years.flatMap((year) => {
    // a department's disclosures of a year (its 预算 and 决算) share its folder, and so a bundle
    const slugs = [...new Set(disclosures.filter((d) => d.year === year).map((d) => d.slug))].sort();
    return Array.from({ length: Math.ceil(slugs.length / BUNDLE_SIZE) }, (_, n) => {
      const part = slugs.slice(n * BUNDLE_SIZE, (n + 1) * BUNDLE_SIZE);
      return { dir: `pagefind/${year}-${n + 1}`, year, glob: `${year}/${part.length === 1 ? part[0] : `{${part.join(",")}}`}/**/*.html` };
    });
  });
  return [...bundles, { dir: "pagefind/guides", glob: "guides/**/*.html" }];
}

/** What a search result is: the search page's 类型 filter and each searchable page's own kind. */
export const SEARCH_KINDS = ["项目", "表格", "说明", "绩效", "指南"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
