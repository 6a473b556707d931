import { beforeAll, describe, expect, it } from "vitest";
import { parseFile } from "../../src/lib/parse/index.ts";
import { verdictOf } from "../../src/lib/site/checks.ts";
import { SEED } from "../helpers.ts";
import { BASE, cells, page, requireDist, text } from "./dist.ts";

const model = await parseFile(SEED);

beforeAll(requireDist);

describe("the built site", () => {
  it("lists the disclosure on the home page with its 支出总计 and project count", () => {
    const row = page("").querySelectorAll("tbody tr").find((tr) => text(tr).includes("北京市政务服务和数据管理局"));
    // 支出总计 rounded for reading, the exact figure in the element's value
    expect(cells(row)).toEqual(["北京市政务服务和数据管理局", "部门预算", "101,673.03", "82", "8 处不符：表格 6、完整性 2"]);
    expect(row?.querySelector("data")?.getAttribute("value")).toBe("101673.030619");
    expect(row?.querySelector("a.fail")?.getAttribute("href")).toBe(`${BASE}/checks/index.html`);
    expect(row?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["departments/bj-zwfw-sjglj/index.html", `${BASE}/index.html`, `${BASE}/checks/index.html`]);
  });

  it("keeps the whole department's performance page out of the 金额 sort of search, its amount still shown", () => {
    expect(page(`${BASE}/performance`).querySelector("[data-pagefind-sort]")).toBeNull();
    expect(page(`${BASE}/performance`).querySelector("[data-pagefind-meta^=金额]")?.getAttribute("data-pagefind-meta")).toBe("金额:101,673.03 万元");
    expect(page(`${BASE}/projects/11000022T000000438666`).querySelector("[data-pagefind-sort]")?.getAttribute("data-pagefind-sort")).toBe("金额:61.221600");
  });

  it("rounds the summaries of the performance and treemap pages for reading, the exact figure beside or in the value", () => {
    const cards = page(`${BASE}/performance`).querySelectorAll("ul.figures li");
    expect(cards.map((li) => text(li.querySelector(".big")))).toEqual(["10.17 亿元", "10.15 亿元", "169.71 万元"]);
    expect(text(cards[0]?.querySelector(".exact"))).toBe("101,673.030619 万元");
    const first = page(`${BASE}/treemap`).querySelector("main li data");
    expect([text(first), first?.getAttribute("value")]).toEqual(["101,605.17", "101605.173803"]);
  });

  it("links every “第 N 行” of a text source to that line of the source view, as the parser numbered it", () => {
    const link = page(`${BASE}/projects/11000022T000000438666`).querySelectorAll("a.source-ref").find((a) => text(a) === "第 474 行");
    expect(link?.getAttribute("href")).toBe("../../source/index.html#L474");
    const source = page(`${BASE}/source`);
    expect(source.querySelectorAll("ol.source-lines li")).toHaveLength(1783);
    expect(source.querySelector("#L474")?.textContent?.split("\t").slice(0, 3)).toEqual(["11000022T000000438666-《北京市人民政府公报》制作发行服务", "61.221600", "61.221600"]);
    const check = page(`${BASE}/checks`).getElementById("t03.rows.total");
    expect(check?.querySelectorAll("a").at(-1)?.getAttribute("href")).toBe("../source/index.html#L53");
  });

  it("gives every page zh-CN, a title, a description and breadcrumbs", () => {
    for (const path of ["", BASE, `${BASE}/tables/03`, `${BASE}/projects/11000024T000002771150`, `${BASE}/checks`, `${BASE}/data`, "guides/how-to-read"]) {
      const html = page(path);
      expect(html.querySelector("html")?.getAttribute("lang"), path).toBe("zh-CN");
      expect(text(html.querySelector("title")), path).toMatch(/ · 明账$/);
      expect(html.querySelector('meta[name="description"]')?.getAttribute("content")?.length, path).toBeGreaterThan(10);
      if (path) expect(html.querySelectorAll(".crumbs li").length, path).toBeGreaterThanOrEqual(2);
    }
  });

  it("has a page for each of the 82 projects showing every indicator with its own anchor", () => {
    for (const project of model.projects) {
      const html = page(`${BASE}/projects/${project.code}`);
      expect(text(html.querySelector("h1"))).toBe(project.name);
      const anchors = html.querySelectorAll("th[id^=i]");
      expect(anchors.map((r) => r.getAttribute("id"))).toEqual(expect.arrayContaining(project.indicators.map((_, n) => `i${n + 1}`)));
      expect(anchors).toHaveLength(project.indicators.length);
      for (const [n, indicator] of project.indicators.entries()) {
        const row = html.querySelector(`#i${n + 1}`)?.parentNode;
        expect(cells(row)).toEqual([indicator.level3, indicator.operator, indicator.value, indicator.unit]);
        expect(row?.getAttribute("data-line")).toBe(String(indicator.line));
      }
    }
  });

  it("shows each table's 合计 exactly as the source prints it", () => {
    // the last cell of a row says where it stands in the source: the figures are the others
    const total = (key: string) => page(`${BASE}/tables/${key}`).querySelectorAll("tr.total").map((tr) => cells(tr).slice(0, -1));
    expect(total("01")).toEqual([
      ["本年收入合计", "96,722.180672", "本年支出合计", "101,605.173803"],
      ["收入总计", "101,673.030619", "支出总计", "101,673.030619"],
    ]);
    expect(total("02")).toEqual([]);
    expect(total("03")).toEqual([["合计", "", "", "101,605.173803", "38,197.009752", "63,408.164051", "", "", ""]]);
    expect(total("05")).toEqual([["", "合计", "101,503.324495", "38,186.119752", "36,546.620316", "1,639.499436", "63,317.204743", "60,711.673383"]]);
    expect(total("06")).toEqual([["", "合计", "38,186.119752", "36,546.620316", "1,639.499436"]]);
    expect(total("07")).toEqual([["", "合计", "", "", ""]]);
    expect(total("10")).toEqual([["合计", "55,307.446001"]]);
    expect(total("11")).toEqual([["合计", "", "", "13,185.311974"]]);
    expect(cells(page(`${BASE}/tables/09`).querySelector("tbody tr"))).toEqual(["80.109836", "51.300000", "7.249836", "21.560000", "12.530000", "9.030000", "第 380 行"]);
  });

  it("prints the header of a table as the source does, groups spanning their columns", () => {
    const head = page(`${BASE}/tables/05`).querySelectorAll("thead tr").map((tr) => tr.querySelectorAll("th").map((th) => [text(th), th.getAttribute("colspan") ?? th.getAttribute("rowspan") ?? ""]));
    expect(head).toEqual([
      [["功能分类科目", "2"], ["预算数", "6"], ["原文", "3"]],
      [["科目编码", "2"], ["科目名称", "2"], ["合计", "2"], ["基本支出", "3"], ["项目支出", "2"]],
      [["小计", ""], ["人员经费", ""], ["公用经费", ""], ["项目支出总数", ""], ["扣除基建项目后预算数", ""]],
    ]);
  });

  it("gives every table row an anchor of its place in the source", () => {
    const row = page(`${BASE}/tables/03`).querySelector("#L55");
    expect(cells(row).slice(0, 4)).toEqual(["2010301 行政运行", "50101 工资奖金津补贴", "30103 奖金", "1,403.373900"]);
  });

  it("has all 13 table pages, each stating department, year and table, and the empty ones say so", () => {
    for (const key of ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"]) {
      const source = text(page(`${BASE}/tables/${key}`).querySelector(".source"));
      expect(source).toContain("北京市政务服务和数据管理局 · 2026年部门预算");
    }
    expect(text(page(`${BASE}/tables/07`).querySelector(".empty"))).toBe("原表只有表头和空的合计行，没有数字。");
    expect(text(page(`${BASE}/tables/08`).querySelector(".empty"))).toBe("原表只有表头和空的合计行，没有数字。");
  });

  it("notes on a table page what does not add up, linking to the check", () => {
    const note = page(`${BASE}/tables/06`).querySelector("aside.note");
    expect(text(note)).toContain("各行“合计”之和等于合计行：预算06表印出 38,186.119752 万元，由明细算得 21,225.787973 万元，相差 16,960.331779 万元。");
    expect(note?.querySelector("a")?.getAttribute("href")).toBe("../../checks/index.html#t06.rows.total");
    expect(page(`${BASE}/tables/10`).querySelector("aside.note")).toBeNull();
  });

  it("leads the checks page with what does not add up, in words, and folds what agrees below", () => {
    const html = page(`${BASE}/checks`);
    const disagree = html.querySelector('section[aria-labelledby="disagree"]');
    // each finding beyond rounding, by group, in the checks' order
    const failed = model.checks.filter((c) => verdictOf(c) === "不符" && c.kind !== "row");
    expect(disagree?.querySelectorAll("li.finding").map((li) => li.getAttribute("id"))).toEqual(
      ["tables", "narrative", "completeness"].flatMap((group) => failed.filter((c) => c.group === group).map((c) => c.id)),
    );
    const finding = html.getElementById("t03.rows.total");
    expect(text(finding?.querySelector("p"))).toBe("预算03表印出 101,605.173803 万元，由明细算得 79,094.952189 万元，相差 22,510.221614 万元。");
    expect(text(finding?.querySelector("p.rule"))).toMatch(/^核对内容：支出总表：各行“合计”之和等于合计行。原文位置：第 53、54、55、56、57 行等 121 处/);
    // no internal id is shown to readers
    expect(text(disagree)).not.toContain("t03.rows.total");
    // every check keeps its anchor, the agreeing ones folded in a <details>
    for (const c of model.checks) expect(html.getElementById(c.id), c.id).not.toBeNull();
    expect(html.querySelector("details:last-of-type > summary")?.textContent).toMatch(/^相符的核对（\d+ 项）$/);
    // a finding across two tables links each
    expect(html.getElementById("t01-t03.functional.201")?.querySelector("p")?.querySelectorAll("a").map(text)).toEqual(["预算01表", "预算03表"]);
  });

  it("turns goal HTML into paragraphs and lists, never markup from the source", () => {
    const goal = page(`${BASE}/performance`).querySelector(".goal");
    expect(goal?.querySelectorAll("p")).toHaveLength(2);
    expect(goal?.querySelectorAll("ul li")).toHaveLength(6);
    expect(goal?.querySelector("ol")).toBeNull();
  });

  it("links a project to the department-wide indicator with the same text and to its “三公” line", () => {
    const vehicle = page(`${BASE}/projects/11000021Y000000390848`);
    expect(text(vehicle)).toContain("“三公”经费（预算09表）中的公务用车购置费为 12.530000 万元，与本项目金额相同");
    const cloud = page(`${BASE}/projects/11000024T000002830991`);
    expect(cloud.querySelectorAll('a[href^="../../performance/index.html#o"]').map((a) => a.getAttribute("href"))).toEqual(["../../performance/index.html#o1726", "../../performance/index.html#o1733"]);
    const performance = page(`${BASE}/performance`);
    expect(cells(performance.getElementById("o1733")?.parentNode)).toEqual(["产出指标", "质量指标", "政务云监管处置响应率", "=", "100", "%", "北京市市市级政务云综合监管"]);
    expect(performance.getElementById("o1733")?.parentNode?.querySelector("a")?.getAttribute("href")).toBe("../projects/11000024T000002830991/index.html#i15");
  });
});
