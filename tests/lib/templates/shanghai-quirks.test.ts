import { describe, expect, it } from "vitest";
import type { GridTable, StatementTable } from "../../../src/lib/disclosure/tables.ts";
import { shanghaiBudget } from "../../../src/lib/templates/shanghai-budget.ts";
import { readFixture } from "../../helpers.ts";

/** One Shanghai table from a small text fixture (tab-separated, as the PDF reader lays a table out). */
const read = (name: string, key: Parameters<typeof readFixture>[1]) => readFixture(`shanghai/${name}`, key, shanghaiBudget);
const grid = (name: string, key: Parameters<typeof readFixture>[1]) => {
  const { table, errors } = read(name, key);
  return { table: table as GridTable, errors };
};

describe("the Shanghai budget's quirks, one fixture each", () => {
  it("joins 类, 款 and 项 printed apart into one code, marks 类 and 款 rows as subtotals, and finds 合计 in the 类 column", () => {
    const { table, errors } = grid("t03-split-codes.txt", "expenditure");
    expect(errors).toEqual([]);
    expect(table.rows.map((r) => [r.kind, r.subjects.functional?.code ?? "", r.amounts.total])).toEqual([
      ["subtotal", "204", "300.00"],
      ["subtotal", "20406", "300.00"],
      ["item", "2040601", "100.00"],
      ["item", "2040604", "200.00"],
      ["total", "", "300.00"],
    ]);
    expect(table.rows.at(-1)?.texts).toEqual({ functional: "合计" });
    expect(table.columns.map((c) => c.header.join("/"))).toEqual(["项目/功能分类科目编码/类", "项目/功能分类科目编码/款", "项目/功能分类科目编码/项", "项目/功能分类科目名称", "支出预算/合计", "支出预算/基本支出", "支出预算/项目支出"]);
  });

  it("gives a 款 printed without its leading zero (301 · 2) its code 30102, and keeps the parts as printed", () => {
    const { table, errors } = grid("t08-short-kuan.txt", "basic-economic");
    expect(errors).toEqual([]);
    expect(table.rows[2]?.subjects.departmentEconomic).toEqual({ code: "30102", name: "津贴补贴", printed: ["301", "2"] });
    expect(table.rows[1]?.subjects.departmentEconomic).toEqual({ code: "30101", name: "基本工资" });
  });

  it("reports a 款 of three digits at its line (a 项 without its 款 is the 款 above's, as the national set reads it)", () => {
    // the fixture is this one table: the national reader numbers it 表1, as printed
    expect(read("t03-bad-codes.txt", "expenditure").errors).toEqual(["tests/fixtures/shanghai/t03-bad-codes.txt:6: 表1：“功能分类科目编码”的款应为 2 位数字，见到“006”"]);
  });

  it("matches headers that begin with the year (2023年“三公”经费预算数), keeping them as printed", () => {
    const { table, errors } = grid("t09-year-headers.txt", "three-public");
    expect(errors).toEqual([]);
    expect(table.unit).toBe("万元");
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.amounts).toEqual({ total: "22.91", outboundTravel: "0", reception: "1.35", vehicles: "21.56", vehiclePurchase: "0", vehicleOperation: "21.56", operatingCosts: "786.09" });
    expect(table.columns[0]?.header).toEqual(["2023年“三公”经费预算数", "合计"]);
  });

  it("keeps an empty table with its printed note: the 无 row is no row, the 合计 row has no figures", () => {
    const { table, errors } = grid("t06-empty.txt", "government-fund");
    expect(errors).toEqual([]);
    expect(table.note).toBe("注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。");
    expect(table.rows.map((r) => [r.kind, r.amounts])).toEqual([["total", { total: null, basic: null, project: null }]]);
  });

  it("reads a 单位预算's 表1, whose 预算数 splits into 合计, 人员经费, 公用经费 and 项目支出 over four header lines", () => {
    const { table, errors } = read("t01-unit.txt", "summary");
    const t = table as StatementTable;
    expect(errors).toEqual([]);
    expect(t.columns.expenditure.map((c) => [c.key, c.header.join("/")])).toEqual([
      ["label", "本年支出/项目"],
      ["total", "本年支出/预算数/合计"],
      ["personnel", "本年支出/预算数/基本支出/人员经费"],
      ["publicUse", "本年支出/预算数/基本支出/公用经费"],
      ["project", "本年支出/预算数/项目支出"],
    ]);
    expect(t.income.map((r) => [r.kind, r.label, r.amounts.total])).toEqual([
      ["item", "一、财政拨款收入", "1000.00"],
      ["subitem", "1、一般公共预算资金", "1000.00"],
      ["total", "收入总计", "1000.00"],
    ]);
    expect(t.expenditure.at(-1)?.amounts).toEqual({ total: "1000.00", personnel: "600.00", publicUse: "100.00", project: "300.00" });
  });
});
