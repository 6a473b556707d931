import { describe, expect, it } from "vitest";
import { runChecks } from "../../../src/lib/disclosure/checks.ts";
import { parseFile } from "../../../src/lib/parse/index.ts";
import { SEED } from "../../helpers.ts";

const { checks: _, ...seed } = parseFile(SEED);
const copy = () => structuredClone(seed);

describe("runChecks", () => {
  it("reports a row that breaks its rule on its own, with the row's line, and fails the summary", () => {
    const model = copy();
    const row = model.tables.t03.rows[0];
    if (!row) throw new Error("seed has t03 rows");
    row.basic = "1077.766801";
    const checks = runChecks(model);
    expect(checks.find((c) => c.id === "t03.row-split")).toMatchObject({
      passed: false,
      description: "支出总表：逐行核对（共 120 行，1 行不符）：合计等于基本支出加项目支出",
    });
    expect(checks.find((c) => c.id === "t03.row-split@53")).toEqual({
      id: "t03.row-split@53",
      table: "t03",
      tables: ["t03"],
      description: "支出总表：2010301 30101：合计等于基本支出加项目支出",
      expected: "1077.766800",
      actual: "1077.766801",
      difference: "0.000001",
      passed: false,
      lines: [53],
    });
  });

  it("counts empty cells as zero and skips columns empty on both sides", () => {
    const checks = runChecks(copy());
    expect(checks.find((c) => c.id === "t07.total-split")).toMatchObject({ expected: "0.000000", actual: "0.000000", passed: true });
    expect(checks.some((c) => c.id === "t03.rows.businessOperating")).toBe(false);
  });

  it("compares across tables and keeps every source line it read", () => {
    const model = copy();
    model.tables.t02.total = "101673.030618";
    const check = runChecks(model).find((c) => c.id === "t01-t02.total");
    expect(check).toMatchObject({ tables: ["t01", "t02"], expected: "101673.030619", actual: "101673.030618", difference: "-0.000001", passed: false, lines: [37, 45] });
  });

  it("gives every check a unique id", () => {
    const ids = runChecks(copy()).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
