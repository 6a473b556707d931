import { gridOf, labelled, lineOf, singleRow, statementOf, totalOf, totalRow } from "../disclosure/access.ts";
import { maxDecimals, sum, toAmount } from "../disclosure/money.ts";
import type { Role, StatementLine, Table, TableKey } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import { soleCell } from "../parse/sections.ts";
import type { NarrativeDef, NarrativeFigure, TableFigure } from "./types.ts";

/**
 * What Shanghai's 部门预算 and 部门决算 overlays share: the parts of the text they name alike, the
 * cover a department's identity is read from, and the figures their text states, each by its
 * table's role (the tables are the national set's, numbered as printed).
 */

/** The parts of the text both kinds print. A heading may name the department first: 上海市普陀区司法局主要职能. */
export const commonNarrative: NarrativeDef[] = [
  { id: "functions", kind: "functions", titles: [/^(?:[一二三四五六七八九十]+、)?[^，。：:、]{0,40}主要职能$/] },
  { id: "organization", kind: "organization", titles: [/^(?:[一二三四五六七八九十]+、)?[^，。：:、]{0,40}(?:机构设置|单位构成)$/] },
  { id: "glossary", kind: "glossary", titles: [/^(?:第[一二三四五六七八九十]+部分\s*)?名词解释$/] },
];

/** The sole cells of the lines before the first heading (the cover), or of the first lines. */
export function coverTexts(lines: readonly DocLine[], count = 6): string[] {
  return lines.slice(0, count).flatMap((line) => soleCell(line) ?? []);
}

type Tables = { tables: readonly Table[] };

/** A 收支总表's line (by its kind, or by its label without numbering) in a column, as a narrative check reads it. */
export function lineFigure(read: Tables, key: TableKey | Role, side: "income" | "expenditure", line: StatementLine | string, column = "total"): TableFigure | undefined {
  const t = statementOf(read, key);
  const row = t && (lineOf(t, side, line as StatementLine) ?? labelled(t, side, line));
  return t && row ? { value: row.amounts[column], unit: t.unit, table: t.key, at: row, name: `${t.title}的${row.label.replace(/^[一二三四五六七八九十]+、|^\d+[.、]/, "")}` } : undefined;
}

/** The sum of several 收支总表 lines (三项财政拨款收入), as one figure. */
export function linesFigure(read: Tables, key: TableKey | Role, side: "income" | "expenditure", labels: readonly string[], name: string): TableFigure | undefined {
  const t = statementOf(read, key);
  const rows = t ? labels.flatMap((label) => labelled(t, side, label) ?? []) : [];
  const [first] = rows;
  if (!t || !first) return undefined;
  const values = rows.map((r) => r.amounts.total);
  return { value: toAmount(sum(values), maxDecimals(values)), unit: t.unit, table: t.key, at: first, name: `${t.title}的${name}` };
}

/** A grid's 合计 (both halves' for a table printed in halves), or its one row, in a column. */
export function totalFigure(read: Tables, key: TableKey | Role, column: string, name: string, half?: number): TableFigure | undefined {
  const t = gridOf(read, key);
  const row = t && (t.rows.some((r) => r.kind === "total") ? totalRow(t, half) : singleRow(t));
  if (!t || !row) return undefined;
  return { value: half === undefined && t.rows.some((r) => r.kind === "total") ? totalOf(t, column) : row.amounts[column], unit: t.unit, table: t.key, at: row, name: `${t.title}的${name}` };
}

/** The parts of 公务用车购置及运行费 the text of both kinds states, which the set's sentences do not name (the rest of “三公” they do). */
export function vehicleFigures(key: TableKey | Role, suffix: string): NarrativeFigure[] {
  const figure = (column: string, name: string) => (read: Tables) => totalFigure(read, key, column, name);
  return [
    { id: "three-public-purchase", name: "公务用车购置费", pattern: new RegExp(`公务用车购置(?:费|支出)${suffix}(?<amount>\\d+(?:\\.\\d+)?)万元`, "g"), sections: ["other", "explanation"], figure: figure("vehiclePurchase", "公务用车购置费") },
    { id: "three-public-operation", name: "公务用车运行费", pattern: new RegExp(`公务(?:车)?用车运行(?:维护)?(?:费|支出)${suffix}(?<amount>\\d+(?:\\.\\d+)?)万元`, "g"), sections: ["other", "explanation"], figure: figure("vehicleOperation", "公务用车运行费") },
  ];
}
