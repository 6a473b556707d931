import { describe, expect, it } from "vitest";
import { recallSuite, search, searchDone } from "./recall.ts";
import { servedDist } from "./served.ts";

const served = servedDist();

recallSuite("search, in Chromium, served over HTTP", () => ({ browser: served.browser, site: served.url }));

describe("search from the header, as readers type it", { timeout: 60_000 }, () => {
  it("finds a department by part of its name, every year of it, newest first, each result saying what it holds", async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}index.html`);
    await page.fill("#site-q", "万里");
    await page.press("#site-q", "Enter");
    await page.waitForFunction(searchDone);
    const results = await page.$$eval("#search-results > li", (items) => items.map((li) => ({ title: li.querySelector(".result-title")?.textContent ?? "", text: li.querySelector("p")?.textContent ?? "" })));
    const disclosures = results.filter((r) => r.title.startsWith("上海市普陀区人民政府万里街道办事处 "));
    expect(disclosures.map((r) => r.title)).toEqual(["上海市普陀区人民政府万里街道办事处 2025年部门预算", "上海市普陀区人民政府万里街道办事处 2024年部门预算", "上海市普陀区人民政府万里街道办事处 2023年部门预算"]);
    // the result shows the disclosure's opening sentence, not the facts its page begins with
    expect(disclosures[0]?.text).toMatch(/^上海市普陀区人民政府万里街道办事处2025年部门预算的支出总计为 1\.90 亿元/);
    await page.close();
  });

  it("shows what a project does where its name holds the words", async () => {
    const { page, results } = await search(served.browser, served.url, "京通APP运行服务", "&type=项目");
    const text = await page.$eval("#search-results > li p", (p) => p.textContent ?? "");
    expect(results[0]?.title).toBe("京通APP运行服务");
    expect(text).not.toMatch(/^项目编码/);
    await page.close();
  });
});
