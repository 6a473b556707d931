import { describe, expect, it } from "vitest";
import { searchBundles } from "../../../src/lib/site/search-bundles.ts";

describe("searchBundles", () => {
  it("gives the guides their bundle first, then each year its own, newest first: the order results come in", () => {
    const disclosures = [
      ...Array.from({ length: 27 }, (_, i) => ({ year: 2026, slug: `d${String(i).padStart(2, "0")}` })),
      { year: 2024, slug: "y" },
      { year: 2025, slug: "x" },
    ];
    expect(searchBundles(disclosures)).toEqual([
      { dir: "search/index/guides/" },
      { dir: "search/index/2026/", year: 2026 },
      { dir: "search/index/2025/", year: 2025 },
      { dir: "search/index/2024/", year: 2024 },
    ]);
  });
});
