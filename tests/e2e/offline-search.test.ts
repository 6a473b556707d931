import { existsSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, requireDist } from "../site/dist.ts";
import { launch } from "../../scripts/lib/browser.ts";
import { RECALL, recallSuite, search, type Result } from "./recall.ts";
import { serve } from "../../scripts/lib/server.ts";
import { unzip } from "./unzip.ts";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let disclosure: string;
let year: string;

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launch(), serve(DIST)]);
  disclosure = unzip(join(DIST, "archives", "2026-bj-zwfw-sjglj.zip"));
  year = unzip(join(DIST, "archives", "2026.zip"));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The whole recall suite, in a disclosure's archive unzipped and opened from disk
recallSuite("search in a disclosure's archive, opened from disk (file://)", () => ({ browser, site: `file://${disclosure}/` }));

async function results(site: string, query: string, options = ""): Promise<Result[]> {
  const { page, results } = await search(browser, site, query, options);
  await page.close();
  return results;
}

describe("search in a year's archive, opened from disk (file://)", { timeout: 120_000 }, () => {
  it("gives the same pages, in the same order and with the same links, as the site served over HTTP", async () => {
    const queries = [...RECALL.map(([query]) => query), "政务", "11000025T000003302331", "月活用户数", "功能分类"];
    for (const query of queries) {
      // the archive holds 2026 and the guides: online, the same narrowed to 2026
      const [online, offline] = await Promise.all([results(server.url, query, "&year=2026"), results(`file://${year}/`, query)]);
      expect(offline, query).toEqual(online);
      expect(offline.length, query).toBeGreaterThan(0);
    }
    const options = "&type=项目&sort=amount";
    expect(await results(`file://${year}/`, "政务云", options)).toEqual(await results(server.url, "政务云", `${options}&year=2026`));
  });

  it("links only to pages inside the archive, each of which is there", async () => {
    for (const query of ["政务云", "月活用户数", "差旅费", "功能分类"]) {
      for (const result of await results(`file://${year}/`, query)) {
        for (const href of [result.href, ...result.anchors.map((a) => a.href)]) {
          const target = normalize(join(year, "search", href.split("#")[0]!));
          expect(target.startsWith(`${year}/`), href).toBe(true);
          expect(existsSync(target), href).toBe(true);
        }
      }
    }
  });

  it("is reached from the archive's cover and from any page's search box", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`file://${year}/index.html`);
    await page.fill("#site-q", "三公");
    await page.press("#site-q", "Enter");
    await page.waitForURL(/\/search\/index\.html\?q=/);
    await page.waitForFunction(() => /找到|已显示/.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(await page.$$eval("#search-results .result-title", (as) => as.map((a) => a.textContent))).toContain("预算09表 财政拨款“三公”经费支出表");
    await page.goto(`file://${year}/2026/bj-zwfw-sjglj/tables/03/index.html`);
    await page.fill("#site-q", "采购");
    await page.press("#site-q", "Enter");
    await page.waitForURL(/\/search\/index\.html\?q=/);
    await page.waitForFunction(() => /找到|已显示/.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(await page.$$eval("#search-results .result-title", (as) => as.map((a) => a.textContent))).toContain("预算10表 政府采购预算明细表");
    // only file:// requests: the parts, loaded by <script>, never the online index
    expect(requests.every((url) => url.startsWith("file://"))).toBe(true);
    expect(requests.filter((url) => url.includes("/search/offline/")).map((url) => url.split("/search/")[1]).sort()).toEqual(
      expect.arrayContaining(["offline/2026-bj-zwfw-sjglj.js", "offline/guides.js", "offline/parts.js"]),
    );
    expect(requests.some((url) => url.includes("/search/index/"))).toBe(false);
    await page.close();
  });

  it("loads no search part until a search needs one", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`file://${year}/search/index.html`);
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes("/search/offline/")).map((url) => url.split("/search/")[1])).toEqual(["offline/parts.js"]);
    await page.close();
  });

  it("searches straight from dist/ on disk as well", async () => {
    const found = await results(`file://${process.cwd()}/${DIST}/`, "京通");
    expect(found.map((r) => r.title)).toContain("京通小程序运行服务");
    expect(dirname(found[0]!.href)).toMatch(/^\.\.\/2026\//);
  });
});
