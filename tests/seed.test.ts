import { describe, expect, it } from "vitest";
import { parseFile } from "../src/lib/parse/index.ts";
import { fixture, SEED } from "./helpers.ts";

/** The real 2026 budget of 北京市政务服务和数据管理局, pinned figure by figure. */
const model = parseFile(SEED);

describe("the seed", () => {
  it("names department, year and unit", () => {
    expect([model.department, model.year, model.unit]).toEqual(["北京市政务服务和数据管理局", 2026, "万元"]);
    expect(model.source).toEqual({
      file: "000_a305166288aaf593.txt",
      sha256: "8915fcd057655010f8825e1134865c4e5bd71b620a7138e7d11b46975d5e8f63",
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
    const { t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t13 } = model.tables;
    expect([t01.incomeSubtotal.amount, t01.carryOverIn.amount, t01.incomeTotal.amount]).toEqual(["96722.180672", "4950.849947", "101673.030619"]);
    expect([t01.expenditureSubtotal.amount, t01.carryOverOut.amount, t01.expenditureTotal.amount]).toEqual(["101605.173803", "67.856816", "101673.030619"]);
    expect([t02.total, t02.thisYear.subtotal, t02.carryOver.subtotal, t02.carryOver.unitFunds]).toEqual(["101673.030619", "96722.180672", "4950.849947", "169.706124"]);
    expect(t03.total).toEqual({ total: "101605.173803", basic: "38197.009752", project: "63408.164051", businessOperating: null, remitToSuperior: null, subsidyToSubordinate: null, line: 182 });
    expect(t03.rows).toHaveLength(120);
    expect([t04.incomeTotal.amount, t04.expenditureSubtotal.amount, t04.carryOverIn.amount]).toEqual(["101503.324495", "101503.324495", "4781.143823"]);
    expect(t04.carryOverInDetail.map((r) => [r.label, r.amount])).toEqual([["一、一般公共预算拨款", "4781.143823"], ["二、政府性基金预算拨款", null], ["三、国有资本经营预算拨款", null]]);
    expect(t05.total).toEqual({ total: "101503.324495", basic: "38186.119752", personnel: "36546.620316", publicUse: "1639.499436", project: "63317.204743", projectExcludingCapital: "60711.673383", line: 286 });
    expect([t05.rows.length, Math.max(...t05.rows.map((r) => r.block))]).toEqual([52, 5]);
    expect(t06.total).toEqual({ total: "38186.119752", personnel: "36546.620316", publicUse: "1639.499436", line: 356 });
    expect([t07.rows.length, t07.total.total, t08.rows.length, t08.total.total]).toEqual([0, null, 0, null]);
    expect([t09.total, t09.outboundTravel, t09.reception, t09.vehicles, t09.vehiclePurchase, t09.vehicleOperation]).toEqual(["80.109836", "51.300000", "7.249836", "21.560000", "12.530000", "9.030000"]);
    expect(t10.rows.map((r) => [r.code, r.name, r.amount])).toEqual([["A", "货物", "1168.302000"], ["B", "工程", "105.200000"], ["C", "服务", "54033.944001"]]);
    expect(t10.total.amount).toBe("55307.446001");
    expect([t11.rows.length, t11.total.amount, t11.total.line]).toEqual([62, "13185.311974", 398]);
    expect(t13.funds.total).toBe("101673.030619");
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
    ]);
    expect(model.checks.filter((c) => c.passed)).toHaveLength(72);
  });
});
