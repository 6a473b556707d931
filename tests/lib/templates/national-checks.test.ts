import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/lib/parse/index.ts";

/** The checks of a text fixture's disclosure, by id. */
const checksOf = (file: string) => new Map(parseText(readFileSync(file), file).checks.map((c) => [c.id, c]));

describe("the reconciliations of the national set, by role in any region", () => {
  it("compares the 财政拨款收支总表's 本年收入合计 with the 收支总表's 财政拨款 (湖州 2026 表04 against 表01, p33 and p25: the document disagrees by 26,427.54 万元)", () => {
    const check = checksOf("tests/fixtures/national/text/huzhou-summary-fiscal.txt").get("t02-t01.fiscal");
    expect([check?.passed, check?.expected, check?.actual, check?.unit]).toEqual([false, "38191.21", "64618.75", "万元"]);
    expect(check?.description).toBe("2026年市级部门财政拨款收支预算总表的本年收入合计等于2026年市级部门收支预算总表的财政拨款");
  });

  it("takes a 决算's 财政拨款收入 as its funds' lines together where the 收支总表 prints no line of that name, a line left blank adding nothing", () => {
    const checks = checksOf("tests/fixtures/pair/sh-demo-2025-final.txt");
    const fiscal = checks.get("t01-t02.fiscal");
    expect([fiscal?.passed, fiscal?.expected, fiscal?.actual]).toEqual([true, "950.00", "950.00"]);
    expect(fiscal?.description).toBe("收入支出决算总表的一般公共预算财政拨款收入、政府性基金预算财政拨款收入之和等于收入决算表的财政拨款收入合计");
    // and the income table's 合计 is the sources it prints
    expect(checks.get("t02.total-row.total")?.description).toBe("收入决算表：合计行：本年收入合计等于财政拨款收入、事业收入、经营收入、上级补助收入、附属单位上缴收入、其他收入之和");
  });

  it("compares each source of the 收入总表 with the 收支总表's line of it under the set's other names, and 上年结转 whole and by fund (北京 seed 预算02表 against 预算01表 and 预算04表)", () => {
    const checks = checksOf("seeds/000_a305166288aaf593.txt");
    const figures = (id: string) => [checks.get(id)?.passed, checks.get(id)?.expected, checks.get(id)?.actual, checks.get(id)?.description];
    expect(figures("t01-t02.general")).toEqual([true, "96722.180672", "96722.180672", "收支总表的一般公共预算拨款收入等于收入总表的一般公共预算资金合计"]);
    expect(figures("t01-t02.carryOver")).toEqual([true, "4950.849947", "4950.849947", "收支总表的上年结转结余等于收入总表的上年结转结余小计"]);
    expect(figures("t04-t02.carryOver")).toEqual([true, "4781.143823", "4781.143823", "财政拨款收支总表的上年结转结余等于收入总表中一般公共预算资金、政府性基金预算资金、国有资本经营预算资金的上年结转之和"]);
    // its funds' tables spend nothing: every 类 of 财政拨款 is 一般公共预算's
    expect(figures("t04-t05.functional.201").slice(0, 3)).toEqual([true, "87472.165728", "87472.165728"]);
  });
});
