import { describe, expect, it } from "vitest";
import type { GridTable } from "../../../src/lib/disclosure/tables.ts";
import { shanghaiFinal } from "../../../src/lib/templates/shanghai-final.ts";
import { readFixture } from "../../helpers.ts";

/** One table of a Shanghai 决算, read from a text fixture laid out as the PDF reader lays it out. */
const read = (name: string, key: Parameters<typeof readFixture>[1]) => {
  const { table, errors } = readFixture(name, key, shanghaiFinal);
  return { table: table as GridTable, errors };
};
const PAIR = "pair/sh-demo-2025-final.txt";

describe("the Shanghai 决算's quirks", () => {
  it("reads the 合计 row printed on the header's 类 | 款 | 项 line: the labels are the header's, 合计 and its figures the row's", () => {
    const { table, errors } = read(PAIR, "t02");
    expect(errors).toEqual([]);
    expect(table.columns.slice(0, 4).map((c) => c.header.join("/"))).toEqual(["项目/支出功能分类/科目编码/类", "项目/支出功能分类/科目编码/款", "项目/支出功能分类/科目编码/项", "项目/科目名称"]);
    expect(table.rows[0]).toMatchObject({ kind: "total", line: 17, amounts: { total: "950.00", fiscal: "950.00", other: null }, texts: { functional: "合计" } });
    expect(table.rows.filter((r) => r.kind === "item").map((r) => r.subjects.functional?.code)).toEqual(["2010601", "2010602", "2080505"]);
  });

  it("reads a table printed in two halves as two lists, each with its 合计 (人员经费合计, 公用经费合计)", () => {
    const { table, errors } = read(PAIR, "t06");
    expect(errors).toEqual([]);
    const half = (n: number) => table.rows.filter((r) => r.group === n).map((r) => [r.kind, r.subjects.departmentEconomic?.code ?? r.texts.departmentEconomic, r.amounts.total]);
    expect(half(1)).toEqual([
      ["subtotal", "301", "590.00"],
      ["item", "30101", "390.00"],
      ["item", "30108", "200.00"],
      ["total", "人员经费合计", "590.00"],
    ]);
    expect(half(2)).toEqual([
      ["subtotal", "302", "90.00"],
      ["item", "30201", "90.00"],
      ["total", "公用经费合计", "90.00"],
    ]);
  });

  it("reads the halves with whole codes in one column too", () => {
    const { table, errors } = read("shanghai/final-t06-whole-codes.txt", "basic-economic");
    expect(errors).toEqual([]);
    expect(table.rows.filter((r) => r.kind === "total").map((r) => [r.group, r.texts.departmentEconomic, r.amounts.total])).toEqual([
      [1, "人员经费合计", "590.00"],
      [2, "公用经费合计", "90.00"],
    ]);
    expect(table.rows.find((r) => r.subjects.departmentEconomic?.code === "30108")?.group).toBe(1);
  });

  it("reads a header cell that runs down two lines (公务接待费) as its columns' group, not the label left of it", () => {
    const { table, errors } = read(PAIR, "t07");
    expect(errors).toEqual([]);
    expect(table.columns.slice(-2).map((c) => [c.key, c.header.join("/")])).toEqual([
      ["receptionBudget", "财政拨款“三公”经费/公务接待费/预算数"],
      ["reception", "财政拨款“三公”经费/公务接待费/决算数"],
    ]);
    expect(table.rows[0]?.amounts).toMatchObject({ totalBudget: "10.00", total: "8.00", vehicleOperationBudget: "5.00", vehicleOperation: "4.50", receptionBudget: "3.00", reception: "2.50" });
  });

  it("reads an empty fund table whose 合计 row shares the header's last line with 合计 | 基本支出 | 项目支出, and keeps both printed notes", () => {
    const { table, errors } = read("shanghai/final-t09-shared-header.txt", "state-capital");
    expect(errors).toEqual([]);
    expect(table.columns.map((c) => c.header.join("/"))).toEqual(["项目/功能分类科目编码", "项目/科目名称", "年初结转和结余", "本年收入", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出", "年末结转和结余"]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.kind).toBe("total");
    expect(table.note).toBe("注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。说明：上海市普陀区示例局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。");
  });
});
