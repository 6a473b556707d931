import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
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

const done = () => /找到|已显示|没有找到/.test(document.getElementById("search-status")?.textContent ?? "");
const titles = (page: Page) => page.$$eval("#search-results .result-title", (as) => as.map((a) => a.getAttribute("href") ?? ""));
const yearsOf = (hrefs: string[]) => [...new Set(hrefs.map((href) => /^\.\.\/(\d{4}|guides)\//.exec(href)?.[1]))].sort();

async function hrefs(query: string, options = ""): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/index.html?q=${encodeURIComponent(query)}${options}`);
  await page.waitForFunction(done);
  const found = await titles(page);
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

  it("searches the newest year and the guides first, downloading no other year's index", async () => {
    const page = await browser.newPage();
    const bundles = new Set<string>();
    page.on("request", (request) => {
      const bundle = /\/pagefind\/([^/]+)\//.exec(request.url())?.[1];
      if (bundle) bundles.add(bundle);
    });
    // one 绩效 page per disclosure holds 京通: two in 2026, one in 2025 and in 2024
    await page.goto(`${server.url}search/index.html?q=${encodeURIComponent("京通")}&type=${encodeURIComponent("绩效")}`);
    await page.waitForFunction(done);
    expect([...bundles].sort()).toEqual(["2026-1", "2026-2", "guides"]);
    expect(await titles(page)).toHaveLength(2);
    expect(yearsOf(await titles(page))).toEqual(["2026"]);
    expect(await page.textContent("#search-status")).toContain("全部年度");

    // 全部年度 merges the other years in; back on the newest year, their pages are filtered out again
    await page.selectOption("select[name=year]", "all");
    await page.waitForFunction(() => document.querySelector("#search-results a[href^='../2024/']"));
    expect(await titles(page)).toHaveLength(4);
    expect([...bundles].sort()).toEqual(["2024-1", "2025-1", "2026-1", "2026-2", "guides"]);
    await page.selectOption("select[name=year]", "");
    await page.waitForFunction(() => !document.querySelector("#search-results a[href^='../2024/']"));
    await page.waitForFunction(done);
    expect(await titles(page)).toHaveLength(2);
    expect(yearsOf(await titles(page))).toEqual(["2026"]);
    await page.close();
  });

  it("finds the guides, in their own bundle", async () => {
    expect(await hrefs("功能分类")).toContain("../guides/how-to-read/");
  });
});
