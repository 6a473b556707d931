import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../../src/lib/parse/errors.ts";
import { splitSections, splitHeader, type Section } from "../../../src/lib/parse/sections.ts";

const lines = (text: string) => text.split("\n").map((t, i) => ({ number: i + 1, text: t }));

describe("splitSections", () => {
  it("accepts 预算表12 beside 预算NN表 headings and drops the 金额单位 line", () => {
    const diagnostics = new Diagnostics("x.txt");
    const sections = splitSections(lines("预算11表 财政拨款政府购买服务明细表\n金额单位：万元\n合 计\t\t\t1.000000\n预算表12 项目支出绩效目标表\n\n金额单位：万元\n项目名称"), diagnostics);
    expect(sections.get("t12")).toMatchObject({ label: "预算表12", title: "项目支出绩效目标表", line: 4, rows: [{ line: 7, cells: ["项目名称"] }] });
    expect(sections.get("t11")?.rows).toEqual([{ line: 3, cells: ["合 计", "", "", "1.000000"] }]);
  });

  it("reports a table that appears twice and a unit other than 万元", () => {
    const diagnostics = new Diagnostics("x.txt");
    splitSections(lines("预算01表 收支总表\n金额单位：元\n预算01表 收支总表"), diagnostics);
    expect(diagnostics.errors.filter((e) => e.code !== "missing-table").map((e) => e.message)).toEqual([
      "x.txt:2: 预算01表: expected 金额单位：万元, found \"金额单位：元\"",
      "x.txt:3: 预算01表 appears twice (first on line 1)",
    ]);
  });
});

describe("splitHeader", () => {
  const section = (text: string): Section => ({ key: "t10", label: "预算10表", title: "", line: 1, rows: lines(text).map((l) => ({ line: l.number + 1, cells: l.text.split("\t") })) });

  it("drops header lines repeated at page breaks, whatever their spacing", () => {
    const diagnostics = new Diagnostics("x.txt");
    const { body } = splitHeader(section("采购类别\t金额\nA-货物\t1.000000\n采 购类别\t金额\t\nC-服务\t2.000000"), ["采购类别"], diagnostics);
    expect(body.map((r) => r.cells[0])).toEqual(["A-货物", "C-服务"]);
    expect(diagnostics.errors).toEqual([]);
  });

  it("stops on a table laid out differently", () => {
    const diagnostics = new Diagnostics("x.txt");
    splitHeader(section("类别\t金额"), ["采购类别"], diagnostics);
    expect(diagnostics.errors.map((e) => e.message)).toEqual(['x.txt:2: 预算10表: expected header line 1 to begin with "采购类别", found "类别"']);
  });
});
