import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../../src/lib/parse/errors.ts";
import { splitSections } from "../../../src/lib/parse/sections.ts";
import { readText } from "../../../src/lib/source/text.ts";
import { beijing } from "../../../src/lib/templates/beijing.ts";

function split(text: string) {
  const diagnostics = new Diagnostics("x.txt");
  const split = splitSections(readText(Buffer.from(text), "x.txt").lines, beijing, diagnostics);
  const sections = split.tables.map((s) => ({ key: s.key, role: s.def.role, label: s.label, title: s.title, at: s.at.line, lines: s.lines.map((l) => l.line) }));
  return { sections, errors: diagnostics.errors.map((e) => e.message) };
}

const services = "预算11表 财政拨款政府购买服务明细表\n金额单位：万元\n指导性目录\t\t\t预算金额\n一级\t二级\t三级\t\n合 计\t\t\t1.000000\n";
const projects = "预算表12 项目支出绩效目标表\n\n金额单位：万元\n项目名称\t项目总额\t其中\n";

// 北京 is read by the national set's vocabulary, its tables numbered as printed; its own tables by their titles
describe("splitSections", () => {
  it("finds the set's tables by their titles and Beijing's own beside them, 预算表12 beside 预算NN表", () => {
    expect(split(services + projects)).toEqual({
      sections: [
        { key: "t01", role: "purchased-services", label: "预算11表", title: "财政拨款政府购买服务明细表", at: 1, lines: [2, 3, 4, 5] },
        { key: "t02", role: "projects", label: "预算表12", title: "项目支出绩效目标表", at: 6, lines: [8, 9] },
      ],
      errors: [],
    });
  });

  it("keeps a table printed twice, and a table the set does not name, as printed", () => {
    const { sections, errors } = split(`${services}${services}预算14表 其他表\n金额单位：万元\n名称\t金额\n合计\t1.00\n`);
    expect(errors).toEqual([]);
    expect(sections.map((s) => [s.key, s.role, s.label, s.title])).toEqual([
      ["t01", "purchased-services", "预算11表", "财政拨款政府购买服务明细表"],
      ["t02", "other", "预算11表", "财政拨款政府购买服务明细表"],
      ["t03", "other", "预算14表", "其他表"],
    ]);
  });

  it("reports text before the first table, every such line at once: its first line is 预算01表, no cover", () => {
    expect(split(`\n多出的一行\t12.000000\n另一行\n\n${services}`).errors).toEqual(["x.txt:2: 到第 3 行为止的 2 行不在任何表中；应在第一张表之前只有空行，见到“多出的一行 | 12.000000”"]);
  });

  it("does not refuse a disclosure for a table it lacks: the completeness checks name it", () => {
    expect(split(projects).errors).toEqual([]);
  });
});
