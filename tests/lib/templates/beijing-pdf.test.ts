import { describe, expect, it } from "vitest";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import { parsedFile, SEED } from "../../helpers.ts";

/*
 * The PDF of the Beijing seed (北京市政务服务和数据管理局 2026 部门预算报表, as published) read with
 * the same template as the seed's text: every table, project, indicator and check compared field by
 * field. The text was copied from another print of the same document, so what may differ is listed
 * here: where each record stands (a PDF's page and line, a text's line), the width of brackets and
 * commas (the PDF prints （）and ，, the copy () and ,), the goals' layout (the copy keeps their
 * HTML lists), and the wording the publisher revised between the two prints, each difference named.
 */

const PDF = "tests/fixtures/national/pdf/beijing-zhengshuju-baobiao-2026-budget.pdf";

/** A model without what may differ between a PDF and its copy as text. */
function comparable(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",");
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (["line", "page", "at", "goalAt", "goal", "remarks"].includes(key) ? [] : [[key, comparable(v)]])));
  }
  return value;
}

/** Every field where the two models differ, as path: [pdf, text]. */
function differences(pdf: unknown, text: unknown, path = "", found: Record<string, [unknown, unknown]> = {}): Record<string, [unknown, unknown]> {
  if (JSON.stringify(pdf) === JSON.stringify(text)) return found;
  if (pdf && text && typeof pdf === "object" && typeof text === "object") {
    for (const key of new Set([...Object.keys(pdf), ...Object.keys(text)])) differences((pdf as Record<string, unknown>)[key], (text as Record<string, unknown>)[key], path ? `${path}.${key}` : key, found);
    return found;
  }
  found[path] = [pdf, text];
  return found;
}

/** The publisher's revisions between the print the seed was copied from and the PDF: [PDF, text]. */
const REVISED: Record<string, [string, string]> = {
  "projects.4.indicators.9.level3": ["年度政务服务和数据管理工作社交媒体宣传活动服务分项成本", "年度政务服务和数据管理工作社交媒体宣传活动服务年度分项成本"],
  "projects.7.indicators.13.level3": ["重保告警研判时效", "重报告警研判时效"],
  "projects.11.indicators.5.level3": ["全市各区政务服务综合服务效能评分年度优秀占比率", "全市各区政务服务综合服务效能评分年度优秀占比"],
  "projects.16.indicators.8.level3": ["以外籍人士体验为评价标准,推动实现以人为中心的服务优化", "以外籍人士体验为评价标准,推动实现以人为本的服务优化"],
  "projects.27.indicators.10.level3": ["事项运营工单收集和处理运营服务成本", "事项运营工单收集和运营服务成本"],
  "projects.33.indicators.5.level3": ["系统可用性及数据准确性", "系统可用性&数据准确性"],
  "projects.46.indicators.5.level3": ["每年大楼网络及安全工作月报数量", "每年大楼网络及安全月报数量"],
  "projects.49.name": ["北京市政务服务业务分析与管理系统升级改造项目", "北京市政务服务业务分析与管理信息系统升级改造项目"],
  "projects.51.indicators.7.level3": ["保质保量严格按规定完成", "保质保量严格按照规定完成"],
  "projects.55.indicators.1.level3": ["年度预算绩效管理工作涉及内容", "年度预算绩效管理涉及内容"],
  "projects.56.indicators.0.value": ["优,海外触达人群较较往年有提升", "优,海外触达人群众较往年有提升"],
  "projects.65.name": ["北京市市级政务云综合监管", "北京市市市级政务云综合监管"],
  "projects.77.indicators.4.level3": ["基础设施数据安全检查服务报告数量(含初测和复测内容)", "基础设施数据安全服务报告数量(含初测和复测内容)"],
};
/** Longer revisions, named by their path: each differs between the prints in a word or two. */
const REWORDED = ["projects.31.indicators.11.level3", "projects.46.indicators.2.level3", "projects.47.indicators.3.level3", "projects.49.indicators.7.level3", "projects.68.indicators.24.level3", "projects.75.indicators.13.level3", "projects.77.indicators.12.value"];

describe("Beijing's PDF reads as its text does", () => {
  const models = async (): Promise<[Disclosure, Disclosure]> => [await parsedFile(PDF), await parsedFile(SEED)];

  it("gives the seed's department, year, kind, tables, projects, indicators and checks", { timeout: 120_000 }, async () => {
    const [pdf, text] = await models();
    const fields = ["department", "year", "kind", "scope", "region", "template", "tables", "projects", "overallIndicators", "checks"] as const;
    const found = differences(comparable(Object.fromEntries(fields.map((f) => [f, pdf[f]]))), comparable(Object.fromEntries(fields.map((f) => [f, text[f]]))));
    const revised = Object.fromEntries(Object.entries(found).filter(([path]) => !REWORDED.includes(path)));
    expect(revised).toEqual(Object.fromEntries(Object.entries(REVISED).map(([path, [a, b]]) => [path, [a, b]])));
    expect(Object.keys(found).filter((path) => REWORDED.includes(path)).sort()).toEqual([...REWORDED].sort());
  });

  it("finds the document's own shortfall in the PDF too: 预算03表's rows fall 22,510.221614 万元 short of its 合计", { timeout: 120_000 }, async () => {
    const [pdf] = await models();
    expect(pdf.checks.find((c) => c.id === "t03.rows.total")).toMatchObject({ expected: "101605.173803", actual: "79094.952189", difference: "-22510.221614", passed: false });
  });

  it("keeps each record's page: 预算01表's 收入总计 on page 1", { timeout: 120_000 }, async () => {
    const [pdf] = await models();
    const t01 = pdf.tables.find((t) => t.key === "t01");
    expect(t01?.shape === "statement" && t01.income.find((r) => r.kind === "total")).toMatchObject({ page: 1, amounts: { total: "101673.030619" } });
  });
});
