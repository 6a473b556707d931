import { copyFileSync, mkdirSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryDir } from "../tmp.ts";
import { synthesize } from "../../scripts/lib/synth.ts";
import { SEED } from "../helpers.ts";
import { launch } from "../../scripts/lib/browser.ts";
import { build } from "./build.ts";
import { search } from "./recall.ts";
import { serve } from "../../scripts/lib/server.ts";
import { unzip } from "./unzip.ts";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let out: string;

// Four disclosures over three years: search must merge the years' bundles, online and from disk.
beforeAll(async () => {
  const work = temporaryDir("mingzhang-bundles-");
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
  const result = build(out, { SEEDS_DIR: seeds });
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
  it("is built as one bundle per year, and one for the guides; offline, one part per disclosure", () => {
    expect(readdirSync(join(out, "search", "index")).sort()).toEqual(["2024", "2025", "2026", "guides"]);
    expect(readdirSync(join(out, "search", "offline")).filter((name) => name !== "parts.js" && name !== "guides.js")).toHaveLength(4);
  });

  it.each(["2024", "2025", "2026"])("finds %s's pages through its bundle, and only those when filtered by year", async (year) => {
    const found = await hrefs("政务云", `&year=${year}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((href) => href.startsWith(`../${year}/`))).toBe(true);
  });

  it("searches every year and the guides by default, newest first; a year narrows it", async () => {
    const page = await browser.newPage();
    const bundles = new Set<string>();
    page.on("request", (request) => {
      const bundle = /\/search\/index\/([^/]+)\//.exec(request.url())?.[1];
      if (bundle) bundles.add(bundle);
    });
    // one 绩效 page per disclosure holds 京通: two in 2026, one in 2025 and in 2024
    await page.goto(`${server.url}search/index.html?q=${encodeURIComponent("京通")}&type=${encodeURIComponent("绩效")}`);
    await page.waitForFunction(done);
    expect([...bundles].sort()).toEqual(["2024", "2025", "2026", "guides"]);
    expect((await titles(page)).map((href) => /^\.\.\/(\d{4})\//.exec(href)?.[1])).toEqual(["2026", "2026", "2025", "2024"]);

    // a year chosen, the others' pages are filtered out, and the status says so
    await page.selectOption("select[name=year]", "2025");
    await page.waitForFunction(() => !document.querySelector("#search-results a[href^='../2024/']"));
    await page.waitForFunction(done);
    expect(yearsOf(await titles(page))).toEqual(["2025"]);
    expect(await page.textContent("#search-status")).toContain("只查了 2025 年度");
    await page.close();
  });

  it("finds the guides, in their own bundle", async () => {
    expect(await hrefs("功能分类")).toContain("../guides/how-to-read/index.html");
  });
});

describe("the same search opened from disk", { timeout: 120_000 }, () => {
  const results = async (site: string, query: string, options = "") => {
    const { page, results } = await search(browser, site, query, options);
    await page.close();
    return results;
  };
  const queries = ["政务云", "京通", "政务", "三公", "采购", "月活用户数"];

  it("gives the same pages in the same order as online, over every year (dist/ on disk)", async () => {
    for (const query of queries) {
      for (const options of ["", "&year=all", "&year=2025", "&year=all&sort=amount&type=项目"]) {
        const [online, offline] = await Promise.all([results(server.url, query, options), results(`file://${out}/`, query, options)]);
        expect(offline, `${query}${options}`).toEqual(online);
      }
    }
  });

  it("in a year's archive, gives that year's pages as online, from both its disclosures", async () => {
    const year = unzip(join(out, "archives", "2026.zip"));
    for (const query of queries) expect(await results(`file://${year}/`, query), query).toEqual(await results(server.url, query, "&year=2026"));
    expect(yearsOf((await results(`file://${year}/`, "政务云")).map((r) => r.href))).toEqual(["2026"]);
    expect(new Set((await results(`file://${year}/`, "政务云", "&type=绩效")).map((r) => r.href)).size).toBe(2);
  });

  it("in an older year's disclosure archive, searches that year and offers no other", async () => {
    const name = readdirSync(join(out, "archives")).find((n) => n.startsWith("2025-"))!;
    const dir = unzip(join(out, "archives", name));
    const { page, results: found } = await search(browser, `file://${dir}/`, "政务云");
    expect(found.length).toBeGreaterThan(0);
    expect(yearsOf(found.map((r) => r.href))).toEqual(["2025"]);
    expect(await page.$$eval("select[name=year] option", (options) => options.map((o) => o.textContent))).toEqual(["全部"]);
    expect(await page.$$eval("select[name=dept] option", (options) => options.length)).toBe(2);
    await page.close();
    expect(await results(`file://${dir}/`, "政务云", "&type=项目")).toEqual(await results(server.url, "政务云", "&year=2025&type=项目"));
  });
});
