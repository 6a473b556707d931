import { describe, expect, it } from "vitest";
import type { GridRow } from "../../../src/lib/disclosure/tables.ts";
import { levelsBySums } from "../../../src/lib/parse/levels.ts";

/** A row of one amount column, named for the test's reading. */
const row = (name: string, total: string, kind: GridRow["kind"] = "item"): GridRow => ({ kind, subjects: {}, amounts: { total }, texts: { name }, line: 1 });
const depthsOf = (rows: GridRow[], total: GridRow) => {
  const depths = levelsBySums(rows, ["total"], total);
  return depths && rows.map((r) => [r.texts.name, depths.get(r)]);
};

describe("how the rows of a table printed without codes stand, told by their sums", () => {
  it("reads each 类 over its 款 and each 款 over its 项, exactly", () => {
    // 杭州 表3's first 类, as printed: 12,868.19 over 0.19 (over 0.19) and 12,868.00 (over 12,868.00)
    const rows = [row("一般公共服务支出", "12868.19"), row("社会工作事务", "0.19"), row("其他社会工作事务支出", "0.19"), row("其他一般公共服务支出", "12868.00"), row("其他一般公共服务支出", "12868.00")];
    expect(depthsOf(rows, row("合计", "12868.19", "total"))).toEqual([
      ["一般公共服务支出", 1],
      ["社会工作事务", 2],
      ["其他社会工作事务支出", 3],
      ["其他一般公共服务支出", 2],
      ["其他一般公共服务支出", 3],
    ]);
  });

  it("reads a 款 its rows miss by a cent of rounding where no reading is exact (杭州 表3: 7,458.52 over 7,458.51)", () => {
    const rows = [row("社会保障和就业支出", "7458.52"), row("行政事业单位养老支出", "7458.52"), row("行政单位离退休", "1307.07"), row("机关事业单位基本养老保险缴费支出", "4100.96"), row("机关事业单位职业年金缴费支出", "2050.48")];
    expect(depthsOf(rows, row("合计", "7458.52", "total"))).toEqual([
      ["社会保障和就业支出", 1],
      ["行政事业单位养老支出", 2],
      ["行政单位离退休", 3],
      ["机关事业单位基本养老保险缴费支出", 3],
      ["机关事业单位职业年金缴费支出", 3],
    ]);
  });

  it("reads no structure where the rows miss by more than their rounding", () => {
    const rows = [row("甲", "100.00"), row("乙", "60.00"), row("丙", "30.00")];
    expect(levelsBySums(rows, ["total"], row("合计", "100.00", "total"))).toBeUndefined();
  });
});
