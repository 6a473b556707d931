import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GridTable, StatementTable } from "../../../src/lib/disclosure/tables.ts";
import { parseText } from "../../../src/lib/parse/index.ts";
import { tableView, unitCaption } from "../../../src/lib/site/table-view.ts";

/*
 * 重庆市规划和自然资源局's 2026 budget (tests/fixtures/national/text/chongqing-budget.txt, copied
 * from pages 4, 11, 19 and 28 of its PDF): 表五 prints last year's figures beside this year's, 表十
 * is a form of words and targets printed without a 金额单位, and the text gives the 基本支出 and
 * 项目支出 of its 一般公共预算 spending.
 */
const file = "tests/fixtures/national/text/chongqing-budget.txt";
const d = parseText(readFileSync(file), file);
const grid = (key: string) => d.tables.find((t) => t.key === key) as GridTable;

describe("a table read by the national set, as regions print it", () => {
  it("keeps a column of another year (2025年预算数 in a 2026 table) as printed, beside this year's 总计 (表五)", () => {
    const t = grid("t02");
    expect(t.role).toBe("general-budget");
    expect(t.columns.map((c) => [c.key, c.header.join("/")])).toEqual([
      ["functional", "功能分类科目/科目编码"],
      ["functional", "功能分类科目/科目名称"],
      ["c3", "2025年预算数"],
      ["total", "2026年预算数/总计"],
      ["basic", "2026年预算数/基本支出/小计"],
      ["personnel", "2026年预算数/基本支出/人员经费"],
      ["publicUse", "2026年预算数/基本支出/公用经费"],
      ["project", "2026年预算数/项目支出"],
    ]);
    // its 合计 row is read as the 合计, last year's figure standing in a column before this year's
    const total = t.rows.find((r) => r.kind === "total");
    expect(total?.amounts).toMatchObject({ c3: "219607.38", total: "227955.11", basic: "113007.22", personnel: "97954.58", publicUse: "15052.64", project: "114947.89" });
  });

  it("keeps a performance form it cannot read by rows and columns as printed, and reads the document all the same (表十)", () => {
    const t = grid("t03");
    expect(t.title).toBe("2026年部门整体绩效目标表");
    expect(t.role).toBe("other");
    expect(t.asPrinted).toEqual({ reason: "表十：应有“金额单位：万元或元”，未见到", role: "overall-performance", line: 21 });
    expect(t.rows.map((r) => Object.values(r.texts))).toEqual([
      ["单位名称：重庆市规划和自然资源局"],
      ["当年整体绩效目标"],
      ["一是构建高质量发展国土空间开发保护新格局。八是提升自然资源科技创新能力。"],
      ["指标名称", "指标性质", "指标值", "计量单位", "指标权重(%)", "是否核心"],
      ["每年开采监测覆盖面积", "≥", "8", "万平方公里", "15", "是"],
      ["绩效指标", "地灾隐患点群众避险搬迁人数", "≥", "5000", "人", "15", "是"],
    ]);
    expect(t.rows.every((r) => Object.keys(r.amounts).length === 0)).toBe(true);
    // words are no empty table of figures
    expect(d.checks.filter((c) => c.id.startsWith("completeness.empty-note"))).toEqual([]);
  });

  it("says on the table's page why it is copied as printed, and states no 金额单位 for it", () => {
    const view = tableView(grid("t03"));
    expect(view?.printed).toBe("本表未能按行和列读取（第 21 行：表十：应有“金额单位：万元或元”，未见到），下面按原文逐行照录每一格的文字，其中的数字未作为金额读取，也不参与核对。");
    expect(unitCaption(view!)).toBe("原文照录，不按金额读取");
    expect(unitCaption(tableView(grid("t02"))!)).toBe("金额单位：万元");
  });

  it("reads the 基本支出 and 项目支出 the text gives after its 一般公共预算 spending as that table's (p4)", () => {
    const said = d.checks.filter((c) => c.group === "narrative" && (c.id.startsWith("narrative.basic") || c.id.startsWith("narrative.project")));
    expect(said.map((c) => [c.id, c.tables, c.expected, c.actual, c.passed])).toEqual([
      ["narrative.basic@3", ["t02"], "113007.22", "113007.22", true],
      ["narrative.project@3", ["t02"], "114947.89", "114947.89", true],
    ]);
  });
});

/*
 * 长春市信访局's 2026 财政拨款收支总表 (tests/fixtures/national/text/changchun-fiscal-summary.txt,
 * page 9 of its PDF): 本年预算, then 编制预算 and 上年结转 on each side, and the lines under 一、本年收入
 * printed without numbers.
 */
describe("a 收支总表 with columns the set does not name (长春 预算表4)", () => {
  const file = "tests/fixtures/national/text/changchun-fiscal-summary.txt";
  const d = parseText(readFileSync(file), file);
  const t = d.tables[0] as StatementTable;

  it("keeps every printed column, on the side it is printed under", () => {
    expect(t.columns.income.map((c) => [c.key, c.kind, c.header.join("/")])).toEqual([
      ["label", "label", "收入/项目"],
      ["total", "amount", "收入/本年预算"],
      ["c3", "amount", "收入/编制预算"],
      ["c4", "amount", "收入/上年结转"],
    ]);
    expect(t.columns.expenditure.map((c) => c.header.join("/"))).toEqual(["支出/项目", "支出/本年预算", "支出/编制预算", "支出/上年结转"]);
    expect(t.expenditure.find((r) => r.label === "一、一般公共服务支出")?.amounts).toEqual({ total: "1378.41", c7: "1378.41", c8: "0.00" });
  });

  it("adds up no parts of 本年收入 where its lines are unnumbered, shown as printed", () => {
    expect(t.income.map((r) => [r.kind, r.label])).toEqual([
      ["subtotal", "一、本年收入"],
      ["detail", "一般公共预算拨款"],
      ["detail", "政府性基金预算拨款"],
      ["detail", "国有资本经营预算拨款"],
      ["total", "收入总计"],
    ]);
    expect(d.checks.filter((c) => c.id.startsWith("t01.income")).map((c) => c.id)).toEqual(["t01.income-total", "t01.income-total.c3", "t01.income-total.c4"]);
  });
});
