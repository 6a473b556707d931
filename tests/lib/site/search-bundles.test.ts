import { describe, expect, it } from "vitest";
import { searchBundles } from "../../../src/lib/site/search-bundles.ts";

describe("searchBundles", () => {
  it("puts each year's disclosures in batches, newest year first, and the guides last", () => {
    const disclosures = [
      ...Array.from({ length: 27 }, (_, i) => ({ year: 2026, slug: `d${String(i).padStart(2, "0")}` })),
      { year: 2025, slug: "x" },
    ];
    const bundles = searchBundles(disclosures);
    expect(bundles.map((b) => b.dir)).toEqual(["pagefind/2026-1", "pagefind/2026-2", "pagefind/2025-1", "pagefind/guides"]);
    expect(bundles.map((b) => b.year)).toEqual([2026, 2026, 2025, undefined]);
    expect(bundles[1]?.glob).toBe("2026/{d25,d26}/**/*.html");
    expect(bundles[2]?.glob).toBe("2025/x/**/*.html");
    expect(bundles[0]?.glob.split(",")).toHaveLength(25);
  });

  it("counts a department once, whatever it published that year: its 预算 and 决算 share its folder", () => {
    expect(searchBundles([{ year: 2024, slug: "x" }, { year: 2024, slug: "x" }]).map((b) => b.glob)).toEqual(["2024/x/**/*.html", "guides/**/*.html"]);
  });
});
