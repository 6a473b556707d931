import { compareLocations, describeLocation, locationAnchor, type Location } from "../disclosure/location.ts";
import type { Amount, Unit } from "../disclosure/money.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import type { Column, GridRow, GridTable, StatementTable, Table, TableKey } from "../disclosure/tables.ts";
import { money } from "./format.ts";
import { perObject } from "../memo.ts";

/** One cell as a page shows it; amount cells keep the exact value for the CSV. */
export interface Cell {
  text: string;
  /** exact amount as published (null for an empty cell); present only on amount cells */
  value?: Amount | null;
  /** a header cell, and what it labels */
  scope?: "col" | "colgroup" | "row";
  colspan?: number;
  rowspan?: number;
}

export interface ViewRow extends Location {
  cells: Cell[];
  /** 合计 and 类/款 rows, set apart on the page */
  kind?: "total" | "subtotal";
  /** how deep the row stands under the 合计, where the table prints no codes to show it (1 at the top) */
  depth?: number;
  /** the row's anchor: where treemaps, checks and the source view link to */
  anchor: string;
}

/**
 * A table of the disclosure as the page shows it: the header as printed, rows in the source's
 * order (in groups where the source has unnamed blocks), flat column names for the CSV. Body rows
 * never span columns, so every body row has one cell per column.
 */
export interface TableView {
  key: TableKey;
  label: string;
  title: string;
  unit: Unit;
  head: Cell[][];
  groups: { label?: string; group?: number; rows: ViewRow[] }[];
  /** one name per column, the unit stated for amounts: "基本支出/小计（元）" */
  columns: string[];
  /** the note printed under the table */
  note?: string;
  /** said instead of an empty table */
  empty?: string;
  /** a table kept as printed: why it was not read by rows and columns, and where */
  printed?: string;
}

/** The anchor of a table row: where it stands in the source. */
export const rowAnchor = (at: Location) => locationAnchor(at);

/** The header rows of printed column paths: a group spans the columns under it, a name the rows below it. */
export function headOf(columns: readonly Pick<Column, "header">[]): Cell[][] {
  const depth = Math.max(1, ...columns.map((c) => c.header.length));
  return Array.from({ length: depth }, (_, level) => {
    const row: Cell[] = [];
    for (let c = 0; c < columns.length; c++) {
      const path = columns[c]?.header ?? [];
      if (path.length - 1 < level) continue;
      const text = path[level] ?? "";
      if (path.length - 1 === level) {
        row.push({ text, scope: "col", ...(depth - level > 1 ? { rowspan: depth - level } : {}) });
        continue;
      }
      const prefix = path.slice(0, level + 1).join("\u0000");
      let span = 1;
      while (c + span < columns.length && (columns[c + span]?.header ?? []).slice(0, level + 1).join("\u0000") === prefix && (columns[c + span]?.header.length ?? 0) - 1 > level) span++;
      row.push({ text, scope: "colgroup", colspan: span });
      c += span - 1;
    }
    return row;
  });
}

/** 类 of a code is its first three digits, 款 the next two, 项 the two after. */
function codePart(code: string, level: number): string {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)][level - 1] ?? "";
}

const amountCell = (value: Amount | null | undefined): Cell => ({ text: value == null ? "" : money(value), value: value ?? null });

/** A grid row's cell under a column. */
function gridCell(row: GridRow, column: Column): Cell {
  const subject = row.subjects[column.key];
  const label = row.texts[column.key];
  switch (column.kind) {
    case "amount":
      return amountCell(row.amounts[column.key]);
    case "subject":
      return { text: subject ? `${subject.code} ${subject.name}` : (label ?? "") };
    case "code":
      return { text: subject?.code ?? "" };
    case "code-part":
      return { text: subject ? (subject.printed?.[(column.level ?? 1) - 1] ?? codePart(subject.code, column.level ?? 1)) : "" };
    case "name":
      return { text: subject?.name ?? label ?? "" };
    default:
      return { text: label ?? "" };
  }
}

/** The first filled cell that is not an amount names the row: it is the row's header cell. */
function withRowHeader(cells: Cell[], columns: readonly Column[]): Cell[] {
  const at = cells.findIndex((cell, i) => columns[i]?.kind !== "amount" && cell.text !== "");
  return cells.map((cell, i) => (i === at ? { ...cell, scope: "row" } : cell));
}

/** Rows printed on one line (a statement's two sides, a table's two halves) become one row again. */
function byLine<R extends Location>(rows: readonly R[]): [R, ...R[]][] {
  const lines = new Map<string, [R, ...R[]]>();
  for (const row of [...rows].sort(compareLocations)) {
    const key = `${row.page ?? 0}:${row.line}`;
    const line = lines.get(key);
    if (line) line.push(row);
    else lines.set(key, [row]);
  }
  return [...lines.values()];
}

function columnNames(columns: readonly Column[], unit: Unit): string[] {
  return columns.map((c) => `${c.header.join("/")}${c.kind === "amount" ? `（${unit}）` : ""}`);
}

function gridView(t: GridTable): TableView {
  const halves = t.columns.some((c) => c.half !== undefined);
  const viewRow = (rows: readonly [GridRow, ...GridRow[]]): ViewRow => {
    const [first] = rows;
    const cells = t.columns.map((column) => {
      const row = rows.find((r) => column.half === undefined || (r.block ?? r.group) === column.half);
      return row ? gridCell(row, column) : column.kind === "amount" ? amountCell(null) : { text: "" };
    });
    const kind = rows.some((r) => r.kind === "total") ? "total" : rows.some((r) => r.kind === "subtotal") ? "subtotal" : undefined;
    return { cells: withRowHeader(cells, t.columns), line: first.line, ...(first.page ? { page: first.page } : {}), ...(kind ? { kind } : {}), ...(first.depth ? { depth: first.depth } : {}), anchor: rowAnchor(first) };
  };
  const blocks = !halves && t.rows.some((r) => r.group !== undefined);
  const groups: TableView["groups"] = halves
    ? [{ rows: byLine(t.rows).map(viewRow) }]
    : blocks
      ? [
          ...[...new Set(t.rows.filter((r) => r.kind !== "total").map((r) => r.group))].map((group) => ({
            label: `第 ${group} 组（原表按单位分组列示，未注明单位名称）`,
            group,
            rows: t.rows.filter((r) => r.kind !== "total" && r.group === group).map((r) => viewRow([r])),
          })),
          { rows: t.rows.filter((r) => r.kind === "total").map((r) => viewRow([r])) },
        ]
      : [{ rows: t.rows.map((r) => viewRow([r])) }];
  const empty = !t.rows.some((r) => r.kind !== "total" && Object.values(r.amounts).some((a) => a !== null)) && t.rows.every((r) => Object.values(r.amounts).every((a) => a === null));
  return {
    key: t.key,
    label: t.label,
    title: t.title,
    unit: t.unit,
    head: headOf(t.columns),
    groups,
    columns: columnNames(t.columns, t.unit),
    ...(t.note ? { note: t.note } : {}),
    ...(empty && !t.asPrinted ? { empty: t.note ?? "原表只有表头和空的合计行，没有数字。" } : {}),
    ...(t.asPrinted ? { printed: `本表未能按行和列读取（${describeLocation(t.asPrinted)}：${t.asPrinted.reason}），下面按原文逐行照录每一格的文字，其中的数字未作为金额读取，也不参与核对。` } : {}),
  };
}

/** What a table's cells are in, as its caption says: 金额单位：万元, or that it is copied as printed. */
export const unitCaption = (view: Pick<TableView, "unit" | "printed">) => (view.printed ? "原文照录，不按金额读取" : `金额单位：${view.unit}`);

function statementView(t: StatementTable): TableView {
  const columns = [...t.columns.income, ...t.columns.expenditure];
  const sideOf = (column: Column) => (t.columns.income.includes(column) ? "income" : "expenditure");
  const rows = byLine([...t.income.map((r) => ({ ...r, side: "income" as const })), ...t.expenditure.map((r) => ({ ...r, side: "expenditure" as const }))]);
  return {
    key: t.key,
    label: t.label,
    title: t.title,
    unit: t.unit,
    head: headOf(columns),
    groups: [
      {
        rows: rows.map((line) => {
          const [first] = line;
          const cells = columns.map((column): Cell => {
            const row = line.find((r) => r.side === sideOf(column));
            if (column.kind === "amount") return amountCell(row?.amounts[column.key]);
            return row ? { text: row.label, scope: "row" } : { text: "" };
          });
          const total = line.some((r) => r.kind === "subtotal" || r.kind === "total");
          return { cells, line: first.line, ...(first.page ? { page: first.page } : {}), ...(total ? { kind: "total" as const } : {}), anchor: rowAnchor(first) };
        }),
      },
    ],
    columns: columnNames(columns, t.unit),
    ...(t.note ? { note: t.note } : {}),
  };
}

/** The view of a table that has rows to show; 项目表 and 部门整体绩效目标表 have pages of their own shape. */
export function tableView(t: Table): TableView | undefined {
  if (t.shape === "grid") return gridView(t);
  if (t.shape === "statement") return statementView(t);
  return undefined;
}

/** Every table's view, built once per disclosure: each table page and the downloads ask for them. */
export const tableViews = perObject((d: Disclosure): TableView[] => d.tables.flatMap((t) => tableView(t) ?? []));
