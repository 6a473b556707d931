import { describe, expect, it } from "vitest";
import type { GridTable, StatementTable } from "../../../src/lib/disclosure/tables.ts";
import { runChecks } from "../../../src/lib/findings/index.ts";
import { checkSummary } from "../../../src/lib/site/checks.ts";
import { beijing } from "../../../src/lib/templates/beijing.ts";
import { seed } from "../../helpers.ts";

const copy = () => {
  const { checks: _, ...model } = structuredClone(seed());
  return model;
};
const grid = (model: ReturnType<typeof copy>, key: string) => model.tables.find((t) => t.key === key) as GridTable;

describe("runChecks", () => {
  it("reports a row that breaks its rule as a check of its own, its kind, rule and row as fields", () => {
    const model = copy();
    const row = grid(model, "t03").rows[0];
    if (!row) throw new Error("seed has t03 rows");
    row.amounts.basic = "1077.766801";
    const checks = runChecks(model, beijing);
    expect(checks.find((c) => c.id === "t03.each-row.total")).toMatchObject({
      kind: "rows",
      passed: false,
      rows: { compared: 120, failed: 1 },
      description: "支出总表：逐行核对（共 120 行，1 行不符）：合计等于基本支出加项目支出",
    });
    expect(checks.filter((c) => c.kind === "row")).toEqual([
      {
        id: "t03.each-row.total@53",
        kind: "row",
        group: "tables",
        rule: "t03.each-row.total",
        tables: ["t03"],
        description: "支出总表：2010301 50101 30101：合计等于基本支出加项目支出",
        unit: "万元",
        expected: "1077.766800",
        actual: "1077.766801",
        difference: "0.000001",
        passed: false,
        // three figures of six decimals can be 0.0000015 apart by rounding alone
        rounding: true,
        at: [{ line: 53 }],
      },
    ]);
  });

  it("says a difference may be the printing's rounding only where it is no larger than half a last digit per figure", () => {
    const model = copy();
    const [first, second] = grid(model, "t03").rows;
    if (!first || !second) throw new Error("seed has t03 rows");
    first.amounts.basic = "1077.766802";
    second.amounts.basic = "1.000000";
    const rows = runChecks(model, beijing).filter((c) => c.kind === "row");
    expect(rows.map((c) => [c.difference, c.rounding])).toEqual([
      ["0.000002", undefined],
      [expect.stringMatching(/^-?\d/), undefined],
    ]);
  });

  it("counts a rule over every row once, wherever the count is shown", () => {
    const model = copy();
    for (const row of grid(model, "t03").rows.slice(0, 5)) row.amounts.basic = "0.000001";
    expect(checkSummary(runChecks(model, beijing))).toEqual({ total: 96, passed: 87, failed: 9, rounding: 0, truncation: 0, disagree: 9, narrative: 0, completeness: 2, failedRows: 5 });
  });

  it("counts empty cells as zero and skips columns empty on both sides", () => {
    const checks = runChecks(copy(), beijing);
    expect(checks.find((c) => c.id === "t07.total-row.total")).toMatchObject({ expected: "0", actual: "0", passed: true });
    expect(checks.some((c) => c.id === "t03.rows.businessOperating")).toBe(false);
  });

  it("compares across tables and keeps every place it read", () => {
    const model = copy();
    const t02 = grid(model, "t02").rows[0];
    if (!t02) throw new Error("seed has a t02 row");
    t02.amounts.total = "101673.030618";
    const check = runChecks(model, beijing).find((c) => c.id === "t01-t02.income");
    expect(check).toMatchObject({ kind: "cross", tables: ["t01", "t02"], expected: "101673.030619", actual: "101673.030618", difference: "-0.000001", passed: false, at: [{ line: 37 }, { line: 45 }] });
  });

  it("checks a statement's parts against its lines", () => {
    const model = copy();
    const t04 = model.tables.find((t) => t.key === "t04") as StatementTable;
    const part = t04.income.find((r) => r.kind === "carry-item");
    if (!part) throw new Error("t04 has carry items");
    part.amounts.total = "4781.143822";
    expect(runChecks(model, beijing).find((c) => c.id === "t04.income.carry-parts")).toMatchObject({
      passed: false,
      difference: "-0.000001",
      description: "财政拨款收支总表：一、一般公共预算拨款、二、政府性基金预算拨款、三、国有资本经营预算拨款之和等于上年结转结余",
    });
  });

  it("gives every check a unique id", () => {
    const ids = runChecks(copy(), beijing).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
