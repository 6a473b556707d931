import { describe, expect, it } from "vitest";
import { gridOf, itemRows, lineOf, singleRow, statementOf, tableOf, totalRow } from "../src/lib/disclosure/access.ts";
import { checkSummary } from "../src/lib/site/checks.ts";
import { fixture, seed } from "./helpers.ts";

/** The real 2026 budget of 北京市政务服务和数据管理局, pinned figure by figure. */
const model = seed();

describe("the seed", () => {
  it("names department, year, kind and template, and every table's unit", () => {
    expect([model.department, model.year, model.kind, model.scope, model.region, model.template]).toEqual(["北京市政务服务和数据管理局", 2026, "budget", "department", "北京市", "beijing-budget"]);
    expect(new Set(model.tables.map((t) => t.unit))).toEqual(new Set(["万元"]));
    expect(model.tables.map((t) => t.label)).toEqual(["预算01表", "预算02表", "预算03表", "预算04表", "预算05表", "预算06表", "预算07表", "预算08表", "预算09表", "预算10表", "预算11表", "预算表12", "预算13表"]);
    expect(model.source).toEqual({
      file: "000_a305166288aaf593.txt",
      sha256: "8915fcd057655010f8825e1134865c4e5bd71b620a7138e7d11b46975d5e8f63",
      format: "text",
      encoding: "utf-8",
      lines: 1783,
    });
  });

  it("has 82 projects with the codes, cleaned names, amounts and indicator counts of tests/fixtures/seed-projects.tsv", () => {
    const [, ...rows] = fixture("seed-projects.tsv").trimEnd().split("\n");
    const expected = rows.map((row) => row.split("\t"));
    expect(expected).toHaveLength(82);
    expect(
      model.projects.map((p) => [p.code, p.name, p.total, p.fiscalFunds ?? "", String(p.indicators.length), String(p.line)]),
    ).toEqual(expected);
    expect(model.projects.every((p) => p.otherFunds === null)).toBe(true);
  });

  it("has 1,057 project indicators, every one with its levels, operator and source line", () => {
    const indicators = model.projects.flatMap((p) => p.indicators);
    expect(indicators).toHaveLength(1057);
    const count = (key: "level1" | "operator") =>
      Object.fromEntries(Object.entries(Object.groupBy(indicators, (i) => i[key])).map(([k, v]) => [k, v?.length]));
    expect(count("level1")).toEqual({ 产出指标: 630, 成本指标: 202, 效益指标: 165, 满意度指标: 60 });
    expect(count("operator")).toEqual({ "≥": 412, "≤": 274, "=": 254, 定性: 117 });
    expect(new Set(indicators.map((i) => i.line)).size).toBe(1057);
  });

  it("has 53 department-wide indicators: the 53rd is the file's last line, which lost its first cell and has no newline", () => {
    expect(model.overallIndicators).toHaveLength(53);
    expect(model.overallIndicators.at(-1)).toEqual({
      activity: "政务服务中心信息运维工作",
      level1: "产出指标",
      level2: "质量指标",
      level3: "信息系统可用性",
      operator: "≥",
      value: "99",
      unit: "%",
      line: 1783,
    });
    expect(new Set(model.overallIndicators.map((i) => i.activity)).size).toBe(18);
  });

  it("reads each table's 合计 exactly", () => {
    const t01 = statementOf(model, "t01")!;
    const t04 = statementOf(model, "t04")!;
    const amount = (row: { amounts: Record<string, string | null> } | undefined, key = "total") => row?.amounts[key];
    expect(["subtotal", "carry", "total"].map((kind) => amount(lineOf(t01, "income", kind as "total")))).toEqual(["96722.180672", "4950.849947", "101673.030619"]);
    expect(["subtotal", "carry", "total"].map((kind) => amount(lineOf(t01, "expenditure", kind as "total")))).toEqual(["101605.173803", "67.856816", "101673.030619"]);
    const t02 = singleRow(gridOf(model, "t02")!);
    expect(["total", "thisYear", "carryOver", "carryOverOther"].map((key) => amount(t02, key))).toEqual(["101673.030619", "96722.180672", "4950.849947", "169.706124"]);
    const t03 = gridOf(model, "t03")!;
    expect(totalRow(t03)).toMatchObject({ amounts: { total: "101605.173803", basic: "38197.009752", project: "63408.164051", businessOperating: null, remitToSuperior: null, subsidyToSubordinate: null }, line: 182 });
    expect(itemRows(t03)).toHaveLength(120);
    expect([amount(lineOf(t04, "income", "total")), amount(lineOf(t04, "expenditure", "subtotal")), amount(lineOf(t04, "income", "carry"))]).toEqual(["101503.324495", "101503.324495", "4781.143823"]);
    expect(t04.income.filter((r) => r.kind === "carry-item").map((r) => [r.label, r.amounts.total])).toEqual([["一、一般公共预算拨款", "4781.143823"], ["二、政府性基金预算拨款", null], ["三、国有资本经营预算拨款", null]]);
    const t05 = gridOf(model, "t05")!;
    expect(totalRow(t05)).toMatchObject({ amounts: { total: "101503.324495", basic: "38186.119752", personnel: "36546.620316", publicUse: "1639.499436", project: "63317.204743", projectExcludingCapital: "60711.673383" }, line: 286 });
    expect([itemRows(t05).length, Math.max(...itemRows(t05).map((r) => r.group ?? 0))]).toEqual([52, 5]);
    expect(totalRow(gridOf(model, "t06")!)).toMatchObject({ amounts: { total: "38186.119752", personnel: "36546.620316", publicUse: "1639.499436" }, line: 356 });
    for (const key of ["t07", "t08"] as const) {
      const t = gridOf(model, key)!;
      expect([itemRows(t).length, amount(totalRow(t))]).toEqual([0, null]);
    }
    expect(singleRow(gridOf(model, "t09")!)?.amounts).toEqual({ total: "80.109836", outboundTravel: "51.300000", reception: "7.249836", vehicles: "21.560000", vehiclePurchase: "12.530000", vehicleOperation: "9.030000" });
    const t10 = gridOf(model, "t10")!;
    expect(itemRows(t10).map((r) => [r.texts.category, r.amounts.total])).toEqual([["A-货物", "1168.302000"], ["B-工程", "105.200000"], ["C-服务", "54033.944001"]]);
    expect(amount(totalRow(t10))).toBe("55307.446001");
    const t11 = gridOf(model, "t11")!;
    expect([itemRows(t11).length, amount(totalRow(t11)), totalRow(t11)?.line]).toEqual([62, "13185.311974", 398]);
    const t13 = tableOf(model, "t13");
    expect(t13?.shape === "overall" && t13.funds.total).toBe("101673.030619");
  });

  it("finds the disagreements the disclosure really has, with their exact differences", () => {
    const failed = model.checks.filter((c) => !c.passed).map((c) => [c.id, c.expected, c.actual, c.difference]);
    expect(failed).toEqual([
      ["t03.rows.total", "101605.173803", "79094.952189", "-22510.221614"],
      ["t03.rows.basic", "38197.009752", "21236.677973", "-16960.331779"],
      ["t03.rows.project", "63408.164051", "57858.274216", "-5549.889835"],
      ["t06.rows.total", "38186.119752", "21225.787973", "-16960.331779"],
      ["t06.rows.personnel", "36546.620316", "19586.288537", "-16960.331779"],
      ["t01-t03.functional.201", "87574.015036", "65063.793422", "-22510.221614"],
      // 预算07表 and 预算08表 print only their header and an empty 合计 row, and say nothing of why
      ["completeness.empty-note.t07", "1", "0", "-1"],
      ["completeness.empty-note.t08", "1", "0", "-1"],
    ]);
    expect(checkSummary(model.checks)).toEqual({ total: 96, passed: 88, failed: 8, rounding: 0, truncation: 0, disagree: 8, narrative: 0, completeness: 2, failedRows: 0 });
  });
});
