import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesize } from "../../src/lib/synth/synth.ts";
import { SEED } from "../helpers.ts";
import { launch } from "./browser.ts";
import { build } from "./build.ts";
import { serve } from "./server.ts";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let out: string;

// Four disclosures over three years, one per search bundle: search must merge them all.
beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "mingzhang-bundles-"));
  const seeds = join(work, "seeds");
  mkdirSync(seeds);
  copyFileSync(SEED, join(seeds, "seed.txt"));
  writeFileSync(join(seeds, "seed.meta.json"), '{ "slug": "bj-zwfw-sjglj" }');
  for (let i = 0; i < 3; i++) {
    const d = synthesize(readFileSync(SEED, "utf-8"), i, 3);
    writeFileSync(join(seeds, `${d.name}.txt`), d.text);
    writeFileSync(join(seeds, `${d.name}.meta.json`), JSON.stringify({ slug: d.slug }));
  }
  out = join(work, "dist");
  const result = build(out, { SEEDS_DIR: seeds, SEARCH_BUNDLE_SIZE: "1" });
  if (result.status !== 0) throw new Error(result.output);
  [browser, server] = await Promise.all([launch(), serve(out)]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function hrefs(query: string, options = ""): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/index.html?q=${encodeURIComponent(query)}${options}`);
  await page.waitForFunction(() => /找到|已显示|没有找到/.test(document.getElementById("search-status")?.textContent ?? ""));
  const found = await page.$$eval("#search-results .result-title", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  await page.close();
  return found;
}

describe("a search index in bundles", { timeout: 60_000 }, () => {
  it("is built as one Pagefind bundle per batch of disclosures, and one for the guides", () => {
    expect(readdirSync(join(out, "pagefind")).sort()).toEqual(["2024-1", "2025-1", "2026-1", "2026-2", "guides"]);
  });

  it.each(["2024", "2025", "2026"])("finds %s's pages through its bundle, and only those when filtered by year", async (year) => {
    const found = await hrefs("政务云", `&year=${year}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((href) => href.startsWith(`../${year}/`))).toBe(true);
  });

  it("finds the guides, in their own bundle", async () => {
    expect(await hrefs("功能分类")).toContain("../guides/how-to-read/");
  });
});
