import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BASE } from "../site/dist.ts";
import { servedDist } from "./served.ts";

const served = servedDist();

const open = async (path: string): Promise<Page> => {
  const page = await served.browser.newPage();
  await page.goto(`${served.url}${path}`);
  return page;
};
/** The first cell (or row header) of each shown row of the page's first table. */
const firstColumn = (page: Page, column = 0) =>
  page.$$eval("table tbody tr:not([hidden])", (rows, c) => rows.map((r) => (r as HTMLTableRowElement).cells[c]?.textContent?.trim() ?? ""), column);

describe("tables enhanced by enhance.js", { timeout: 60_000 }, () => {
  it("sorts the project list by a column: amounts largest first, then smallest first, then as printed", async () => {
    const page = await open(`${BASE}/projects/index.html`);
    const printed = await firstColumn(page, 2);
    const amounts = printed.map((a) => Number(a.replaceAll(",", "")));
    const header = page.locator("thead th", { hasText: "项目总额" });
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect((await firstColumn(page, 2)).map((a) => Number(a.replaceAll(",", "")))).toEqual([...amounts].sort((a, b) => b - a));
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    expect((await firstColumn(page, 2)).map((a) => Number(a.replaceAll(",", "")))).toEqual([...amounts].sort((a, b) => a - b));
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBeNull();
    expect(await firstColumn(page, 2)).toEqual(printed);
    await page.close();
  });

  it("sorts names in Chinese order and announces the order", async () => {
    const page = await open(`${BASE}/projects/index.html`);
    await page.locator("thead th button", { hasText: "项目名称" }).click();
    const names = await firstColumn(page, 1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));
    expect(await page.locator(".sort-status").textContent()).toBe("已按“项目名称”从小到大排列");
    await page.close();
  });

  it("filters a table's rows by what is typed, and says how many are shown", async () => {
    const page = await open(`${BASE}/projects/index.html`);
    await page.locator(".table-filter input").fill("政务云");
    const names = await firstColumn(page, 1);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes("政务云"))).toBe(true);
    expect(await page.locator(".table-filter span").textContent()).toBe(` 显示 ${names.length} 行，共 82 行`);
    await page.locator(".table-filter input").fill("");
    expect(await firstColumn(page, 1)).toHaveLength(82);
    await page.close();
  });

  it("filters the rows of a published table by code", async () => {
    const page = await open(`${BASE}/tables/05/index.html`);
    await page.locator(".table-filter input").fill("2010301");
    // 预算05表 prints 行政运行 in each of its two blocks (lines 230 and 242 of the seed)
    expect(await firstColumn(page, 0)).toEqual(["2010301", "2010301"]);
    await page.close();
  });

  it("keeps a project's indicator rows with the merged cell that names it when filtering 预算表12's full table", async () => {
    const page = await open(`${BASE}/tables/12/index.html`);
    await page.locator("details summary", { hasText: "完整的原表" }).click();
    const full = page.locator("details .table-filter input");
    await full.fill("京通");
    // every shown row's project (its tbody's merged cell) is shown with it, and each project's rows all shown
    const groups = await page.$$eval("details table tbody", (bodies) =>
      bodies.map((b) => {
        const rows = Array.from((b as HTMLTableSectionElement).rows);
        return { rows: rows.length, shown: rows.filter((r) => !r.hidden).length };
      }).filter((g) => g.shown > 0),
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.shown).toBe(g.rows);
    await page.close();
  });

  it("is not loaded where no table asks for it", async () => {
    const page = await open(`${BASE}/projects/11000022T000000438666/index.html`);
    expect(await page.$$eval("script", (s) => s.length)).toBe(0);
    await page.close();
  });
});
