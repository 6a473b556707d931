import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../../src/lib/parse/errors.ts";
import { splitSections } from "../../../src/lib/parse/sections.ts";
import { readText } from "../../../src/lib/source/text.ts";
import { beijing } from "../../../src/lib/templates/beijing.ts";

function split(text: string) {
  const diagnostics = new Diagnostics("x.txt");
  const split = splitSections(readText(Buffer.from(text), "x.txt").lines, beijing, diagnostics);
  const sections = new Map(split.tables.map((s) => [s.def.key, s]));
  return { sections, errors: diagnostics.errors.filter((e) => e.code !== "missing-table").map((e) => e.message) };
}

describe("splitSections", () => {
  it("finds tables by their headings, 预算表12 beside 预算NN表", () => {
    const { sections, errors } = split("预算11表 财政拨款政府购买服务明细表\n金额单位：万元\n合 计\t\t\t1.000000\n预算表12 项目支出绩效目标表\n\n金额单位：万元\n项目名称");
    expect(errors).toEqual([]);
    expect(sections.get("t12")).toMatchObject({ label: "预算表12", title: "项目支出绩效目标表", at: { line: 4 }, lines: [{ line: 6, cells: ["金额单位：万元"] }, { line: 7, cells: ["项目名称"] }] });
    expect(sections.get("t11")?.lines.map((l) => l.line)).toEqual([2, 3]);
  });

  it("reports a table that appears twice, and a heading of no known table", () => {
    expect(split("预算01表 收支总表\n预算01表 收支总表\n预算14表 其他表").errors).toEqual([
      "x.txt:2: 预算01表出现了两次（第一次在第 1 行）",
      "x.txt:3: 应为北京市部门预算（预算01表 … 预算13表）中的一张表，见到“预算14表 其他表”",
    ]);
  });

  it("reports text before the first table, every such line at once", () => {
    expect(split("\n多出的一行\t12.000000\n另一行\n\n预算01表 收支总表").errors).toEqual(["x.txt:2: 到第 3 行为止的 2 行不在任何表中；应在第一张表之前只有空行，见到“多出的一行 | 12.000000”"]);
  });

  it("names each missing table, at the next table found", () => {
    const diagnostics = new Diagnostics("x.txt");
    splitSections(readText(Buffer.from("预算02表 收入总表\n预算04表 财政拨款收支总表"), "x.txt").lines, beijing, diagnostics);
    expect(diagnostics.errors.map((e) => e.message).slice(0, 2)).toEqual(["x.txt:1: 应有预算01表，这份公开中没有", "x.txt:2: 应有预算03表，这份公开中没有"]);
  });
});
