import type { Location } from "./location.ts";
import { type Amount, maxDecimals, sum, toAmount } from "./money.ts";
import type { Column, GridRow, GridTable, Role, StatementLine, StatementRow, StatementTable, Table, TableKey } from "./tables.ts";

/** Anything that holds tables: a disclosure, or a model being built. */
export interface HasTables {
  tables: readonly Table[];
}

export function tableOf(d: HasTables, key: TableKey): Table | undefined {
  return d.tables.find((t) => t.key === key);
}

/** The table of a role (there is at most one per disclosure). */
export function tableByRole(d: HasTables, role: Role): Table | undefined {
  return d.tables.find((t) => t.role === role);
}

/**
 * The table the disclosure's projects were read from: its table of projects with their goals and
 * indicators, or, where it prints none, its 项目支出表, which lists them with their funds (深圳, whose
 * text gives some of them their goals: the projects are still the list's, standing in its rows).
 */
export function projectsTable(d: HasTables & { projects?: readonly Location[] }): Table | undefined {
  const first = d.projects?.[0];
  const listing = tableByRole(d, "project-expenditure");
  const listed = first && listing?.shape === "grid" && listing.rows.some((r) => r.line === first.line && r.page === first.page);
  // a table of projects kept as printed is still the disclosure's list of its projects, unread
  const printed = d.tables.find((t) => t.shape === "grid" && t.asPrinted?.role === "projects");
  return listed ? listing : (tableByRole(d, "projects") ?? listing ?? printed);
}

export function gridOf(d: HasTables, keyOrRole: TableKey | Role): GridTable | undefined {
  const t = /^t\d{2}$/.test(keyOrRole) ? tableOf(d, keyOrRole) : tableByRole(d, keyOrRole as Role);
  return t?.shape === "grid" ? t : undefined;
}

export function statementOf(d: HasTables, keyOrRole: TableKey | Role): StatementTable | undefined {
  const t = /^t\d{2}$/.test(keyOrRole) ? tableOf(d, keyOrRole) : tableByRole(d, keyOrRole as Role);
  return t?.shape === "statement" ? t : undefined;
}

/** A side's line of a kind: its 本年收入合计, 上年结转结余, 收入总计 … (the first, for carry lines). */
export function lineOf(t: StatementTable, side: "income" | "expenditure", kind: StatementLine): StatementRow | undefined {
  return t[side].find((row) => row.kind === kind);
}

/** A side's line by its label, numbering ignored: "一般公共预算拨款收入" finds "一、一般公共预算拨款收入". */
export function labelled(t: StatementTable, side: "income" | "expenditure", label: string): StatementRow | undefined {
  return t[side].find((row) => withoutNumber(row.label) === label);
}

/** "一、一般公共服务支出" → "一般公共服务支出"; "1. 一般公共预算" → "一般公共预算". */
export function withoutNumber(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+、|\d+\s*[.．、]|[（(][一二三四五六七八九十]+[）)])\s*/, "");
}

/** The 合计 row (of one half, for tables printed in halves). */
export function totalRow(t: GridTable, group?: number): GridRow | undefined {
  return t.rows.find((row) => row.kind === "total" && (group === undefined || row.group === group));
}

/**
 * A table's published 合计 of a column: its total row's figure, or the sum of both halves' totals
 * of a table printed in halves (人员经费合计 and 公用经费合计); null where none prints one.
 */
export function totalOf(t: GridTable, column: string): Amount | null {
  const figures = t.rows.filter((row) => row.kind === "total").map((row) => row.amounts[column]);
  if (figures.every((value) => value == null)) return null;
  return figures.length === 1 ? (figures[0] ?? null) : toAmount(sum(figures), maxDecimals(figures));
}

/** The detail rows: what a 合计 adds up. */
export function itemRows(t: GridTable): GridRow[] {
  return t.rows.filter((row) => row.kind === "item");
}

/** The one row of a table of one row (收入总表, “三公”经费表). */
export function singleRow(t: GridTable): GridRow | undefined {
  return t.rows.find((row) => row.kind !== "total");
}

/** Generic group labels that say nothing of a column on their own. */
const GENERIC = new Set(["预算数", "决算数", "项目", "其中", "金额"]);

/**
 * A column's name for sentences: its own printed name, with the group above it where the name
 * alone says too little: 小计 under 本年收入 is 本年收入小计, a column kept as printed 上年结转（一般公共预算）.
 */
export function columnName(column: Pick<Column, "header" | "key">): string {
  const own = column.header.at(-1) ?? column.key;
  const parent = column.header.at(-2);
  if (!parent || GENERIC.has(parent)) return own;
  if (own === "小计" || own === "合计") return `${parent}${own}`;
  // a column kept as printed (c14) may share its name with a known one: 上年结转 and 本年收入 each have a 一般公共预算
  return isPrinted(column) ? `${parent}（${own}）` : own;
}

/** Whether a column is one kept as printed (its key its place: c3) rather than one a definition names. */
export const isPrinted = (column: { key: string }) => /^c\d+$/.test(column.key);

/** The kinds of column that hold a subject's code. */
export const CODED: ReadonlySet<string> = new Set(["subject", "code", "code-part"]);

/** The subject every row of a table gives a code for (its first such), which tells its 类, 款 and 项 apart. */
export function codedSubject(t: GridTable): string | undefined {
  const rows = t.rows.filter((r) => r.kind !== "total");
  const keys = [...new Set(t.columns.filter((c) => CODED.has(c.kind)).map((c) => c.key))];
  return keys.find((key) => rows.every((r) => r.subjects[key]?.code));
}
