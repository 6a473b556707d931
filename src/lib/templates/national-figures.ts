import { gridOf, lineOf, statementOf, totalRow } from "../disclosure/access.ts";
import type { Role, StatementLine } from "../disclosure/tables.ts";
import { threePublicOf, type ThreePublicKey } from "../disclosure/three-public.ts";
import type { NarrativeFigure, TableFigure } from "./types.ts";

/**
 * The figures the text of a national-set disclosure states, in the words regions share (收入预算
 * 总计, 本年支出合计, 基本支出, 人员经费, “三公”经费 …), each against the table of its role. A
 * sentence is matched with its thousands separators removed; the amount is in 万元.
 */

type Tables = Parameters<NarrativeFigure["figure"]>[0];
const AMOUNT = String.raw`(?<amount>\d+(?:\.\d+)?)万元`;
/** Words a sentence may put between a figure's name and its amount: 为, 预算, 支出, 是 … */
const LINK = String.raw`(?:预算|决算|总额|合计|支出|为|是|共|数)*`;

/** A statement's line of a kind, in a column. */
function statementFigure(read: Tables, role: Role, side: "income" | "expenditure", kind: StatementLine, column = "total"): TableFigure | undefined {
  const t = statementOf(read, role);
  const row = t && lineOf(t, side, kind);
  return t && row ? { value: row.amounts[column], unit: t.unit, table: t.key, at: row, name: `${t.title}的${row.label}` } : undefined;
}

/** A grid's 合计 in a column. */
function gridFigure(read: Tables, role: Role, column: string, name: string): TableFigure | undefined {
  const t = gridOf(read, role);
  const row = t && totalRow(t);
  return t && row && t.columns.some((c) => c.key === column) ? { value: row.amounts[column], unit: t.unit, table: t.key, at: row, name: `${t.title}的${name}` } : undefined;
}

/** A “三公” figure, however the table lays them out (three-public.ts). */
function threePublicFigure(read: Tables, key: ThreePublicKey | `${ThreePublicKey}Budget`, name: string): TableFigure | undefined {
  const t = gridOf(read, "three-public");
  const figures = t && threePublicOf(t, read.year);
  const row = figures?.rows[key.replace(/Budget$/, "") as ThreePublicKey];
  return t && figures && row && figures.amounts[key] !== undefined ? { value: figures.amounts[key], unit: t.unit, table: t.key, at: row, name: `${t.title}的${name}` } : undefined;
}

/**
 * A figure's name stands alone: after a punctuation mark, a year (2026年), or who it is of (本部门),
 * never after a word that narrows it (财政拨款基本支出 is not 基本支出, 涉及一般公共预算支出 is a part).
 */
const ALONE = String.raw`(?:(?<![\u4e00-\u9fa5“”])|(?<=年|年度|部门|单位|本级|其中))`;
const figure = (id: string, name: string, words: string, get: NarrativeFigure["figure"]): NarrativeFigure => ({ id, name, pattern: new RegExp(`${ALONE}(?:${words})${LINK}${AMOUNT}`, "g"), figure: get });

/** A sentence on 一般公共预算 spending, whose 基本支出 and 项目支出 the next sentence may go on to give. */
const GENERAL = /一般公共预算(?:财政)?拨款支出|一般公共预算支出/;

export const NATIONAL_FIGURES: readonly NarrativeFigure[] = [
  figure("income-total", "收入总计", "收入预算总计|收入总计|收入预算合计|收支总预算|收、支预算总计|收入、支出预算总计|收支预算总计", (read) => statementFigure(read, "summary", "income", "total")),
  figure("income", "本年收入合计", "本年收入合计", (read) => statementFigure(read, "summary", "income", "subtotal")),
  figure("expenditure-total", "支出总计", "支出预算总计|支出总计|支出预算合计", (read) => statementFigure(read, "summary", "expenditure", "total")),
  figure("expenditure", "本年支出合计", "本年支出合计", (read) => statementFigure(read, "summary", "expenditure", "subtotal")),
  figure("fiscal-total", "财政拨款收支总计", "财政拨款收支总预算|财政拨款收、支总预算|财政拨款收入支出总计|财政拨款收支总计|财政拨款收、支总计", (read) => statementFigure(read, "fiscal-summary", "income", "total")),
  { ...figure("basic", "基本支出", "基本支出", (read) => gridFigure(read, "expenditure", "basic", "基本支出合计")), partOf: [{ whole: GENERAL, figure: (read) => gridFigure(read, "general-budget", "basic", "基本支出合计") }] },
  { ...figure("project", "项目支出", "项目支出", (read) => gridFigure(read, "expenditure", "project", "项目支出合计")), partOf: [{ whole: GENERAL, figure: (read) => gridFigure(read, "general-budget", "project", "项目支出合计") }] },
  figure("general", "一般公共预算支出", "一般公共预算(?:财政)?拨款支出|一般公共预算支出", (read) => gridFigure(read, "general-budget", "total", "合计")),
  figure("personnel", "人员经费", "人员经费", (read) => gridFigure(read, "basic-economic", "personnel", "人员经费合计")),
  figure("public-use", "公用经费", "(?<!日常)公用经费", (read) => gridFigure(read, "basic-economic", "publicUse", "公用经费合计")),
  // a 决算's text gives the 预算数 too: “三公”经费财政拨款支出预算为76.43万元, 支出决算为46.21万元
  figure("three-public", "“三公”经费", "“三公”经费(?:财政拨款)?(?!(?:支出)?(?:年初)?预算)", (read) => threePublicFigure(read, "total", "“三公”经费合计")),
  // …预算为76.43万元，2024年度支出决算为46.21万元: the 决算 said after its 预算, the name not repeated
  figure("three-public", "“三公”经费", String.raw`“三公”经费(?:财政拨款)?(?:支出)?(?:年初)?预算(?:数)?为\d+(?:\.\d+)?万元[，,](?:\d{4}年度?)?(?:支出)?决算`, (read) => threePublicFigure(read, "total", "“三公”经费合计")),
  figure("three-public-budget", "“三公”经费预算", "“三公”经费(?:财政拨款)?(?:支出)?(?:年初)?(?=预算)", (read) => threePublicFigure(read, "totalBudget", "“三公”经费合计预算数") ?? threePublicFigure(read, "total", "“三公”经费合计")),
  figure("outbound", "因公出国（境）费", "因公出国（境）费用?", (read) => threePublicFigure(read, "outboundTravel", "因公出国（境）费")),
  figure("vehicles", "公务用车购置及运行费", "公务(?:用)?车购置及运行(?:维护)?费", (read) => threePublicFigure(read, "vehicles", "公务用车购置及运行费")),
  figure("reception", "公务接待费", "公务接待费", (read) => threePublicFigure(read, "reception", "公务接待费")),
  figure("operating-costs", "机关运行经费", "机关运行经费", (read) => gridFigure(read, "operating-costs", "total", "合计") ?? gridFigure(read, "three-public", "operatingCosts", "机关运行经费")),
];
