import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/**
 * The recall suite: what a reader searching the seed must find. Run against the site served over
 * HTTP (search.test.ts) and against unzipped archives opened from disk (offline-search.test.ts).
 */
export const RECALL: [string, string[]][] = [
  ["政务云", ["北京市市市级政务云综合监管", "北京市大数据中心政务云服务采购", "政务云服务"]],
  ["京通", ["京通小程序运行服务", "京通APP运行服务", "“京通”APP建设项目"]],
  ["12345", ["12345对外宣传经费", "北京市12345市民热线服务平台升级改造项目"]],
  ["热线", ["市民热线机动经费", "市民热线编外长聘人员管理服务费"]],
  ["大数据", ["大数据安全基础保障", "北京市大数据平台运行服务"]],
  ["数据安全", ["政务服务数据安全监测服务", "大数据安全管控技术试点服务项目"]],
  ["政务云综合监管", ["北京市市市级政务云综合监管"]],
  ["京通 小程序", ["京通小程序运行服务"]],
  ['"政务云服务"', ["政务云服务", "北京市大数据中心政务云服务采购"]],
  ["月活", ["京通APP运行服务"]],
  ["公报", ["《北京市人民政府公报》制作发行服务"]],
  // 差旅费 is in many more texts since the national seeds joined: 预算03表 ranks past the first 20
  ["差旅费", ["预算06表 一般公共预算基本支出表"]],
  ["三公", ["预算09表 财政拨款“三公”经费支出表"]],
  ["采购", ["预算10表 政府采购预算明细表", "北京市大数据中心政务云服务采购"]],
];

export interface Result {
  title: string;
  href: string;
  meta: string;
  anchors: { text: string; href: string }[];
}

export const searchDone = () => /找到|已显示|没有找到|未能加载/.test(document.getElementById("search-status")?.textContent ?? "");

/** Opens the search page as a reader would, with ?q= and options in the URL, and reads the results. */
export async function search(browser: Browser, site: string, query: string, options = ""): Promise<{ page: Page; status: string; results: Result[] }> {
  const page = await browser.newPage();
  await page.goto(`${site}search/index.html?q=${encodeURIComponent(query)}${options}`);
  await page.waitForFunction(searchDone);
  const status = (await page.textContent("#search-status")) ?? "";
  const results = await page.$$eval("#search-results > li", (items) =>
    items.map((li) => ({
      title: li.querySelector(".result-title")?.textContent ?? "",
      href: li.querySelector<HTMLAnchorElement>(".result-title")?.getAttribute("href") ?? "",
      meta: li.querySelector(".result-meta")?.textContent ?? "",
      anchors: [...li.querySelectorAll<HTMLAnchorElement>(".result-anchors a")].map((a) => ({ text: a.textContent ?? "", href: a.getAttribute("href") ?? "" })),
    })),
  );
  return { page, status, results };
}

/** The recall suite against the site at `site()` (its root URL, ending in "/"). */
export function recallSuite(label: string, context: () => { browser: Browser; site: string }) {
  const titles = async (query: string, options = "") => {
    const { page, results } = await search(context().browser, context().site, query, options);
    await page.close();
    return results.map((r) => r.title);
  };

  describe(label, { timeout: 60_000 }, () => {
    it.each(RECALL)("finds %s", async (query, expected) => {
      expect(await titles(query)).toEqual(expect.arrayContaining(expected));
    });

    it("keeps only pages that contain the whole query, not either character of it", async () => {
      const found = await titles("京通");
      expect(found).not.toContain("通信费");
      expect(found.length).toBeLessThan(20);
    });

    it("finds a project by its code, first", async () => {
      expect((await titles("11000025T000003302331"))[0]).toBe("“京通”APP建设项目");
    });

    it("finds a project by its whole name, first", async () => {
      expect((await titles("北京市政务服务大厅窗口工作规范化监督与效能促进服务项目"))[0]).toBe("北京市政务服务大厅窗口工作规范化监督与效能促进服务项目");
    });

    it("leads from an indicator to its anchor on the project page (月活用户数 → 京通APP运行服务)", async () => {
      const { page, results } = await search(context().browser, context().site, "月活用户数");
      const app = results.find((r) => r.title === "京通APP运行服务");
      const href = "../2026/bj-zwfw-sjglj/projects/11000026T000003719104/index.html#i6";
      // amounts in one unit, 万元, rounded for reading as summaries are (the project page keeps 125.200000)
      expect(app?.meta).toContain("项目 · 2026年 · 北京市政务服务和数据管理局 · 125.20 万元");
      expect(app?.anchors).toEqual([{ text: "月活用户数", href }]);
      await page.click(`a[href="${href}"]`);
      await page.waitForURL(/#i6$/);
      expect(await page.textContent(":target")).toBe("月活用户数");
      await page.close();
    });

    it("shows twenty results at a time, the rest on request", async () => {
      const { page, status, results } = await search(context().browser, context().site, "政务");
      expect(results).toHaveLength(20);
      // every year is searched unless the reader narrows it: the status says nothing more
      expect(status).toBe("已显示前 20 个结果：“政务”");
      await page.click("#search-more");
      await page.waitForFunction(() => document.querySelectorAll("#search-results > li").length > 20);
      const all = await page.$$eval("#search-results .result-title", (as) => as.map((a) => a.textContent));
      expect(new Set(all).size).toBe(all.length);
      await page.close();
    });

    it("says so when nothing matches", async () => {
      const { page, status, results } = await search(context().browser, context().site, "zzzz不存在");
      expect(results).toEqual([]);
      expect(status).toBe("没有找到含有“zzzz不存在”的内容。");
      await page.close();
    });

    it("filters by kind and sorts by amount", async () => {
      const tables = await search(context().browser, context().site, "差旅费", "&type=表格");
      expect(tables.results.length).toBeGreaterThan(1);
      expect(tables.results.map((r) => r.meta.trim().split(" · ")[0])).toEqual(tables.results.map(() => "表格"));
      await tables.page.close();
      const sorted = await search(context().browser, context().site, "政务云", "&type=项目&sort=amount");
      const amounts = sorted.results.map((r) => Number(/([\d,.]+) 万元/.exec(r.meta)?.[1]?.replaceAll(",", "")));
      expect(amounts.length).toBeGreaterThan(3);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      await sorted.page.close();
    });

    it("is reached from the search box on any page, a plain form", async () => {
      const page = await context().browser.newPage();
      await page.goto(`${context().site}2026/bj-zwfw-sjglj/index.html`);
      await page.fill("#site-q", "京通");
      await page.press("#site-q", "Enter");
      await page.waitForURL(/\/search\/index\.html\?q=/);
      await page.waitForFunction(() => /找到/.test(document.getElementById("search-status")?.textContent ?? ""));
      expect(await page.$$eval("#search-results .result-title", (as) => as.map((a) => a.textContent))).toContain("京通小程序运行服务");
      await page.close();
    });
  });
}
