import { isPrinted } from "../disclosure/access.ts";
import { looksNumeric } from "../disclosure/money.ts";
import type { Column } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { ColumnDef } from "../templates/types.ts";
import type { TableContext } from "./context.ts";
import type { ErrorCode } from "./errors.ts";
import { clip } from "./context.ts";
import { compact, normalizeLabel } from "./text.ts";

/** A table's header as printed, each column matched to its definition. */
export interface Header {
  rows: DocLine[];
  /**
   * The first body row, where it shares the header's last line: a 决算 prints its 合计 row on the
   * line of 类 | 款 | 项. That line is split: its labels are the header's, the rest this row.
   */
  first?: DocLine;
  /** columns of the header: body rows have at most this many cells */
  width: number;
  /** per printed column: its definition and its printed path (whitespace removed, outermost first) */
  columns: { def: ColumnDef; path: string[] }[];
}

/**
 * The definitions a printed path names equally well, best first: none, one, or the same column of
 * each half of a table printed in halves (the first unused is taken). Two different columns are
 * ambiguous.
 */
export type ColumnMatcher = (path: readonly string[]) => readonly ColumnDef[];

/** A header may run over this many lines at most: more is a table of another shape. */
const MAX_DEPTH = 6;

/**
 * The printed path of each column: its own name (the lowest label in its column), and above it, on
 * each header line, the nearest label at or left of it, which is the group spanning it. A text copy
 * prints a spanning label once, in its first column, and leaves the others empty; so does the PDF
 * reader, placing a merged cell's text in its first column (and leaving the lines a cell runs down
 * through empty: spans nest, so a label left of a group's border does not reach past it).
 */
export function headerPaths(rows: readonly DocLine[], width: number): string[][] {
  return headerLabels(rows, width).map((labels) => labels.map(([label]) => label));
}

/** Each column's printed path, each label with the index of the header line it stands on. */
function headerLabels(rows: readonly DocLine[], width: number): [label: string, row: number][][] {
  const labels = rows.map((row) => Array.from({ length: width }, (_, c) => compact(row.cells[c] ?? "")));
  return Array.from({ length: width }, (_, c) => {
    let own = -1;
    for (let r = labels.length - 1; r >= 0 && own < 0; r--) if (labels[r]?.[c]) own = r;
    const path: [string, number][] = [];
    for (let r = 0; r < own; r++) {
      const row = labels[r] ?? [];
      let k = c;
      while (k >= 0 && !row[k]) k--;
      // a span never crosses the border of the span above it: where a label above starts between
      // k and c, this line's cell over c is empty because the label above it runs down through it
      const crosses = labels.slice(0, r).some((above) => above.slice(k + 1, c + 1).some(Boolean));
      if (k >= 0 && !crosses) path.push([row[k] ?? "", r]);
    }
    if (own >= 0) path.push([labels[own]?.[c] ?? "", own]);
    return path;
  });
}

/**
 * A header label as definitions name it: normalized, and without the year some printings put in
 * front of it (2023年“三公”经费预算数 is “三公”经费预算数).
 */
export function headerName(label: string): string {
  return normalizeLabel(label)
    .replace(/^\d{4}年度?/, "")
    .replace(/^其中:?(?=.)/, "")
    .replace(/\((?:单位:)?万?元\)$/, "");
}

/** Whether a printed path ends with the given names, brackets, quotes, colons and years aside. */
export function endsWith(path: readonly string[], names: readonly string[]): boolean {
  if (names.length > path.length) return false;
  const offset = path.length - names.length;
  return names.every((name, i) => headerName(path[offset + i] ?? "") === headerName(name));
}

/**
 * The columns whose header is the longest suffix of the path, the rest of the path being groups the
 * definition knows.
 */
export function bySuffix(defs: readonly ColumnDef[], groups: readonly string[] = []): ColumnMatcher {
  const known = new Set(groups.map(headerName));
  return (path) => {
    let best: ColumnDef[] = [];
    let length = 0;
    for (const def of defs) {
      for (const names of def.headers) {
        if (!endsWith(path, names) || !path.slice(0, path.length - names.length).every((label) => known.has(headerName(label)))) continue;
        if (names.length > length) {
          best = [def];
          length = names.length;
        } else if (names.length === length && !best.includes(def)) best.push(def);
      }
    }
    return best;
  };
}

/**
 * A column headed by another year than its table's (2025年预算数 in a 2026 table: last year's
 * figures, printed for comparison) is none of the columns the definition names, which are the
 * table's year's: an open table keeps it as printed.
 */
export function ofYear(match: ColumnMatcher, year: string): ColumnMatcher {
  const otherYear = (label: string) => {
    const printed = /^(\d{4})年/.exec(normalizeLabel(label))?.[1];
    return printed !== undefined && printed !== year;
  };
  return (path) => (path.some(otherYear) ? [] : match(path));
}

/** The same column in each half of a table printed in halves: the definitions differ only in their half. */
const halves = (defs: readonly ColumnDef[]) => defs.every((def) => def.half !== undefined && def.key === defs[0]?.key && def.kind === defs[0]?.kind && def.level === defs[0]?.level);

/**
 * What is wrong with reading `rows` as the header: unknown, missing and repeated columns, each at its
 * line. Where the table is `open`, a column the definition does not name (or names twice) is kept as
 * printed instead, under a key of its place (c3, the third column).
 */
function problems(rows: readonly DocLine[], match: ColumnMatcher, required: readonly ColumnDef[], vocabulary: ReadonlySet<string>, open = false, empty = false) {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const found: { code: ErrorCode; text: string; row: number }[] = [];
  // A PDF's header is one grid of ruled cells, every line as wide as the table: a line a cell short
  // lost one, and its group labels would stand over other columns.
  rows.forEach((row, r) => {
    if (row.page !== undefined && row.cells.length !== width) found.push({ code: "unexpected-header", text: `表头的每行应有 ${width} 格，这一行有 ${row.cells.length} 格`, row: r });
  });
  const columns: Header["columns"] = [];
  const seen = new Set<ColumnDef>();
  const labelled = headerLabels(rows, width);
  const blocks = open && found.length === 0 ? blocksOf(labelled.map((labels) => labels.map(([label]) => label)), match) : undefined;
  if (blocks) return { width, columns: blocks, found };
  labelled.forEach((labels, c) => {
    const path = labels.map(([label]) => label);
    if (path.length === 0) {
      // a table with no figures may print a column's header blank (上海: 类 over 款 and 项 left empty): it holds nothing, and is kept as printed
      if (open && empty) columns.push({ def: printedAs(c, path), path });
      else found.push({ code: "unknown-column", text: `第 ${c + 1} 列没有表头`, row: 0 });
      return;
    }
    const candidates = match(path);
    const named = candidates.length === 1 || halves(candidates) ? (candidates.find((c) => !seen.has(c)) ?? candidates[0]) : undefined;
    const def = open && (named === undefined || seen.has(named)) ? printedAs(c, path) : named;
    if (def === undefined) {
      // at the line of the first label the definition does not know, or else where the column starts
      const stranger = labels.find(([label]) => !vocabulary.has(headerName(label)));
      found.push({ code: "unknown-column", text: `表头中有未知的列“${path.join("/")}”`, row: stranger?.[1] ?? 0 });
      return;
    }
    if (seen.has(def)) found.push({ code: "repeated-column", text: `表头中“${path.join("/")}”列出现了两次`, row: labels.at(-1)?.[1] ?? 0 });
    seen.add(def);
    columns.push({ def, path });
  });
  for (const def of required) {
    if (!seen.has(def)) found.push({ code: "missing-column", text: `表头缺少“${(def.headers[0] ?? []).join("/")}”列`, row: 0 });
  }
  return { width, columns, found };
}

/**
 * A table printed in blocks side by side, each block the same columns under a label of its own
 * (国家信访局's 基本支出决算表: 人员经费 | 公用经费 | 公用经费, each 科目代码 科目名称 决算数): its
 * columns, those of each block read as the definition names them under that label, each block a
 * half of its own. Undefined where the columns are not such blocks, or a block's are not all named.
 */
function blocksOf(paths: readonly string[][], match: ColumnMatcher): Header["columns"] | undefined {
  const leaves = paths.map((path) => headerName(path.at(-1) ?? ""));
  for (let count = 2; count <= MAX_BLOCKS; count++) {
    const size = paths.length / count;
    if (!Number.isInteger(size) || size < 2) continue;
    const first = leaves.slice(0, size).join("\t");
    if (!Array.from({ length: count }, (_, b) => leaves.slice(b * size, (b + 1) * size).join("\t")).every((block) => block === first)) continue;
    // each column named under its block's label, the label itself no group the definition need know
    const defs = paths.map((path) => match(path.length > 1 ? path.slice(1) : path));
    if (defs.some((named) => named.length !== 1)) return undefined;
    const keys = defs.slice(0, size).map(([def]) => def);
    // blocks of rows, each naming its own (not amounts grouped under 预算数 and 决算数, which are one row's)
    if (new Set(keys).size !== size || keys.every((def) => def?.kind === "amount")) return undefined;
    return paths.map((path, c) => ({ def: { ...defs[c]![0]!, half: Math.floor(c / size) + 1 }, path }));
  }
  return undefined;
}
/** The most blocks a table is read as printed in: 基本支出决算表 prints three. */
const MAX_BLOCKS = 4;

/** A column no definition names, kept as printed: its key is its place, what it holds is told by its cells. */
function printedAs(c: number, path: readonly string[]): ColumnDef {
  return { key: `c${c + 1}`, kind: "text", headers: [path] };
}

/** A row of column numbers printed under a header (栏次 | 1 | 2 …, ** | ** | 1 | 2, ** | **): part of the header, naming nothing. */
export function isNumbering(line: DocLine): boolean {
  const filled = line.cells.filter(Boolean).map(compact);
  if (filled.length === 0 || !filled.every((cell) => /^(?:\*+|栏次|行次|\d{1,2})$/.test(cell))) return false;
  // numbers, or asterisks alone (湖州: ** | ** | ** | **)
  return filled.some((cell) => /^\d{1,2}$/.test(cell)) || filled.every((cell) => /^\*+$/.test(cell));
}

/** What a table's 合计 row is called in its label cell. */
export const TOTALS = ["合计", "总计"];
/** What the set calls the 合计 of each block of a 基本支出 table printed in two (人员经费 | 公用经费). */
export const BLOCK_TOTALS = ["人员经费合计", "公用经费合计"];

/** A note printed under a table: 注：…, 说明：…, 备注：…, （注：…）, 注1：… */
export const NOTE = /^[（(]?(?:注|说明|备注)\s*\d*\s*[:：]/;

/** A row that says the table has none: 无 */
export const NONE = "无";

/** A subject printed as its code and name in one cell: 2010301-行政运行, 30101-基本工资. */
const CODED_SUBJECT = /^\d{3,9}[-—－]\S/;

/** An item's number before its name: 一、, （一）, 1、 */
const ITEM_NUMBER = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．](?!\d))\S/;

/**
 * Whether a line is a table's first row rather than its header: it has a figure (a row of column
 * numbers aside), or it is a 合计 with nothing but figures beside it, or 无 (an empty table's).
 */
function isBody(line: DocLine): boolean {
  if (isNumbering(line)) return false;
  const filled = line.cells.filter(Boolean);
  if (filled.some((cell) => looksNumeric(compact(cell)))) return true;
  // a subject's code and name (2010301-行政运行): a row's, never a column's name
  if (filled.some((cell) => CODED_SUBJECT.test(compact(cell)))) return true;
  // a line an item's number opens (一、一般公共预算收入): an empty table's rows have no figures
  if (ITEM_NUMBER.test(compact(filled[0] ?? ""))) return true;
  // an empty table's one row that says it has none
  if (compact(filled.join("")) === NONE) return true;
  return filled.length === 1 && TOTALS.includes(headerName(filled[0] ?? ""));
}

/**
 * The header of a table of the national set as any region prints it: every line above its first row,
 * and a row of column numbers under them. Columns the definition names are read into their fields,
 * the others kept as printed; a required column missing is reported.
 */
function readOpenHeader(ctx: TableContext, lines: readonly DocLine[], match: ColumnMatcher, required: readonly ColumnDef[], vocabulary: ReadonlySet<string>): Header | undefined {
  // an empty table's header ends at the note under it
  const depth = lines.findIndex((line) => isBody(line) || NOTE.test(line.cells[0] ?? ""));
  const rows = (depth < 0 ? lines : lines.slice(0, depth)).slice(0, MAX_DEPTH);
  const labelled = rows.filter((row) => !isNumbering(row));
  const first = lines[0];
  if (!first || labelled.length === 0) {
    ctx.error(first ?? ctx.section.at, "unexpected-header", first ? `应有表头，见到“${clip(first.cells.filter(Boolean).join(" | "))}”` : "应有表头，见到表的结尾");
    return undefined;
  }
  // an empty table's 合计 row may share the header's last line, its label first, under the column of
  // names (功能分类科目编码 | … / 合计 | · | 合计 | 基本支出 …)
  const last = labelled.at(-1);
  // a table with no figures at all (its column numbers aside)
  const empty = !lines.some((line) => !isNumbering(line) && line.cells.some((cell) => looksNumeric(compact(cell))));
  if (empty && last && labelled.length > 1 && TOTALS.includes(headerName(last.cells[0] ?? "")) && last.cells.slice(1).some(Boolean)) {
    const head: DocLine = { ...last, cells: last.cells.map((cell, c) => (c === 0 ? "" : cell)) };
    const shared = problems([...labelled.slice(0, -1), head], match, required, vocabulary, true);
    if (shared.found.length === 0 && shared.columns[0]?.def.kind !== "amount") return { rows: rows.map((row) => (row === last ? head : row)), width: shared.width, columns: shared.columns, first: { ...last, cells: last.cells.map((cell, c) => (c === 0 ? cell : "")) } };
  }
  const attempt = problems(labelled, match, required, vocabulary, true, empty);
  if (attempt.found.length > 0 && depth >= 0) {
    // a 决算 prints 类 | 款 | 项 on the line of its 合计 row: the header's last names share the first row
    const line = lines[depth];
    const shared = line && splitShared([...labelled, line], match, required, vocabulary, true);
    if (shared) return { ...shared, rows: [...rows, ...shared.rows.slice(labelled.length)] };
  }
  for (const problem of attempt.found) ctx.error(labelled[problem.row] ?? first, problem.code, problem.text);
  if (attempt.found.length > 0) {
    reportCut(ctx, lines, depth, vocabulary);
    return undefined;
  }
  // a line of the header that names nothing the set knows, without which more columns are named, is
  // a row out of place (≥ between 收入 | 支出 and 项目 | 预算数), not a group over the columns: in a
  // text copy, where a line can stand anywhere, or as one cell; a PDF's ruled header line of several
  // such cells is a region's groups (西安's 收入 | 支出), kept as printed
  const stray = labelled.find((row, r) => {
    const filled = row.cells.filter((cell) => cell !== "");
    if (labelled.length < 2 || (filled.length > 1 && row.page !== undefined) || filled.some((cell) => vocabulary.has(headerName(cell)))) return false;
    const without = problems(labelled.filter((_, other) => other !== r), match, required, vocabulary, true, empty);
    return without.found.length === 0 && printedCount(without.columns) < printedCount(attempt.columns);
  });
  if (stray) {
    ctx.error(stray, "unexpected-header", `表头中的“${clip(stray.cells.filter(Boolean).join(" | "))}”不是列名：没有这一行，各列都能读出`);
    return undefined;
  }
  return { rows, width: attempt.width, columns: attempt.columns };
}

/** How many of a header's columns are kept as printed, named by no definition. */
const printedCount = (columns: Header["columns"]) => columns.filter(({ def }) => isPrinted(def)).length;

/**
 * The header of a table: the fewest lines from `lines[0]` whose columns all match the definition
 * by name. Columns in another order are read into the right fields; an unknown, missing or repeated
 * column is reported, at the line of the label it does not know, and then the table is not read
 * (undefined).
 */
export function readHeader(ctx: TableContext, lines: readonly DocLine[], match: ColumnMatcher, required: readonly ColumnDef[], vocabulary: ReadonlySet<string> = new Set()): Header | undefined {
  if (ctx.section.def.open) return readOpenHeader(ctx, lines, match, required, vocabulary);
  let best: { rows: DocLine[]; found: ReturnType<typeof problems>["found"] } | undefined;
  let cut: DocLine | undefined;
  for (let depth = 1; depth <= Math.min(MAX_DEPTH, lines.length); depth++) {
    const rows = lines.slice(0, depth);
    const last = rows.at(-1);
    // a header line holds names only: a line with a number is the body, or the body's first row
    // sharing the header's last line
    const numeric = last?.cells.some((cell) => cell !== "" && looksNumeric(cell));
    if (!numeric) {
      const attempt = problems(rows, match, required, vocabulary);
      if (attempt.found.length === 0) return { rows, width: attempt.width, columns: attempt.columns };
      // what goes wrong is told of the whole header: every line of names up to the body
      best = { rows, found: attempt.found };
    }
    const shared = depth > 1 ? splitShared(rows, match, required, vocabulary) : undefined;
    if (shared) return shared;
    if (numeric) {
      cut = last;
      break;
    }
  }
  const first = lines[0];
  if (!first) {
    ctx.error(ctx.section.at, "unexpected-header", "应有表头，见到表的结尾");
  } else if (!best) {
    ctx.error(first, "unexpected-header", `应有表头，见到“${clip(first.cells.filter(Boolean).join(" | "))}”`);
  } else {
    for (const problem of best.found) ctx.error(best.rows[problem.row] ?? first, problem.code, problem.text);
    if (cut) reportCut(ctx, lines, lines.indexOf(cut), vocabulary);
  }
  return undefined;
}

/** A line read as the body's first, followed by more of the header's names, has cut into the header: it is named. */
function reportCut(ctx: TableContext, lines: readonly DocLine[], at: number, vocabulary: ReadonlySet<string>): void {
  const cut = lines[at];
  const names = lines[at + 1]?.cells.filter(Boolean) ?? [];
  if (cut && names.length > 0 && names.every((cell) => vocabulary.has(headerName(cell)))) {
    ctx.error(cut, "unexpected-header", `表头还未读完，见到“${clip(cut.cells.filter(Boolean).join(" | "))}”`);
  }
}

/**
 * The header whose last line is shared with the first body row: the line's labels the definition
 * knows are the header's, its figures and its 合计 the row's. A 合计 may be either (a column named
 * 合计, or the 合计 row's label): each way is tried, the header that matches every column wins.
 */
function splitShared(rows: readonly DocLine[], match: ColumnMatcher, required: readonly ColumnDef[], vocabulary: ReadonlySet<string>, open = false): Header | undefined {
  const line = rows.at(-1);
  if (!line) return undefined;
  const labels = line.cells.flatMap((cell, c) => (cell !== "" && !looksNumeric(cell) && vocabulary.has(headerName(cell)) ? [c] : []));
  const totals = labels.filter((c) => TOTALS.includes(headerName(line.cells[c] ?? "")));
  const fixed = labels.filter((c) => !totals.includes(c));
  // every way of giving the 合计 cells to the header or the row (there are one or two)
  for (let mask = 0; mask < 1 << Math.min(totals.length, 3); mask++) {
    const inHeader = new Set([...fixed, ...totals.filter((_, i) => mask & (1 << i))]);
    const head: DocLine = { ...line, cells: line.cells.map((cell, c) => (inHeader.has(c) ? cell : "")) };
    const body: DocLine = { ...line, cells: line.cells.map((cell, c) => (inHeader.has(c) ? "" : cell)) };
    if (inHeader.size === 0 || body.cells.every((cell) => cell === "")) continue;
    const header = [...rows.slice(0, -1), head];
    const attempt = problems(header, match, required, vocabulary, open);
    if (attempt.found.length === 0) return { rows: header, width: attempt.width, columns: attempt.columns, first: body };
  }
  return undefined;
}

/** A matched column as the model keeps it: its field and kind, and its header as printed. */
export function printedColumn({ def, path }: Header["columns"][number]): Column {
  return { key: def.key, kind: def.kind, header: path, ...(def.level ? { level: def.level } : {}), ...(def.half ? { half: def.half } : {}) };
}

/** Every label a definition knows: its columns' header names and its groups, normalized. */
export function vocabularyOf(columns: readonly ColumnDef[], groups: readonly string[] = []): Set<string> {
  return new Set([...columns.flatMap((c) => c.headers.flat()), ...groups].map(headerName));
}

/** The normalized text of a line's cells, trailing empty cells left out: a repeated header has the same. */
export function signature(line: DocLine): string {
  const cells = line.cells.map(normalizeLabel);
  while (cells.length > 0 && cells.at(-1) === "") cells.pop();
  return cells.join("\t");
}
