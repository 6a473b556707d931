import { CODED, codedSubject, isPrinted } from "../disclosure/access.ts";
import { locationOf, type Location } from "../disclosure/location.ts";
import { looksNumeric, readAmount, type Amount } from "../disclosure/money.ts";
import type { ColumnKind, GridRow, GridTable, Subject } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { GridDef } from "../templates/types.ts";
import type { TableContext } from "./context.ts";
import { clip, tableBase } from "./context.ts";
import { BLOCK_TOTALS, bySuffix, headerName, NONE, NOTE, ofYear, printedColumn, readHeader, signature, TOTALS, vocabularyOf, type Header } from "./header.ts";
import { levelsBySums } from "./levels.ts";
import { readPreamble } from "./preamble.ts";
import { compact, normalizeLabel, unwrap } from "./text.ts";

/** A name with its code before it: [201]一般公共服务支出, 【30101】基本工资. */
const CODED_NAME = /^[[【](\d{3,9})[\]】](.+)$/;

/** The body lines of a table: its rows, with repeated page headers dropped and printed notes set apart. */
export interface Body {
  rows: DocLine[];
  note?: string;
}

/**
 * The lines after a header: the rows, with the header lines (and the unit line) a page break
 * repeats dropped, and the note printed under the table (注：…) kept apart.
 */
export function splitBody(lines: readonly DocLine[], repeated: readonly DocLine[]): Body {
  const signatures = new Set(repeated.map(signature));
  // only a line whose first filled cell stands and reads as a repeated line's does can repeat it:
  // most lines are spared building their signature
  const leads = new Set(repeated.map((line) => lead(line)));
  const rows: DocLine[] = [];
  const notes: string[] = [];
  for (const line of lines) {
    const [first = "", ...rest] = line.cells;
    const filled = line.cells.filter((cell) => cell !== "");
    if (NOTE.test(first) && rest.every((cell) => cell === "")) notes.push(first);
    // a sentence of its own about the table (…故此表无数据。) is its note
    else if (filled.length === 1 && SENTENCE.test(compact(filled[0]!))) notes.push(compact(filled[0]!));
    else if (notes.length > 0 && line.cells.length === 1) notes.push(first);
    else if (!(leads.has(lead(line)) && signatures.has(signature(line)))) rows.push(line);
  }
  return { rows, note: notes.length > 0 ? notes.join("") : undefined };
}

/**
 * A sentence about the table (…，故此表无数据。): a clause, a comma, words naming the table, a full
 * stop. A wrapped cell's last line (a project's goal) may also end in a full stop, but names no table.
 */
const SENTENCE = /^[^，。]{2,}，.*[本此该]表.*。$/;

/** Where a line's first filled cell stands, and what it says. */
function lead(line: DocLine): string {
  const at = line.cells.findIndex((cell) => cell !== "");
  return `${at}:${normalizeLabel(line.cells[at] ?? "")}`;
}

/**
 * A row's cells at the header's width. A row with fewer cells lost its leading empty ones (a PDF
 * copy drops them at a page's end) and is aligned right; what is read is then checked cell by cell,
 * so a dropped cell elsewhere shows as a cell of the wrong kind. A row with more cells than the
 * header cannot be placed without guessing and is refused.
 */
export function fit(ctx: TableContext, line: DocLine, width: number, exact = false, kinds?: readonly ColumnKind[], stripped = false): string[] | undefined {
  const { cells } = line;
  // leading cells a row may lose are empty labels: a table of amounts from its first column (北京's
  // 收入总表) has none to lose, and a short row of it lost a cell somewhere else: it cannot be placed
  const lostAmount = !stripped && cells.length < width && kinds?.[0] === "amount";
  if (cells.length > width || (exact && cells.length < width) || lostAmount) {
    ctx.error(line, "unreadable-row", `应有 ${width} 列，见到 ${cells.length} 列：“${clip(cells.join(" | "))}”`);
    return undefined;
  }
  if (cells.length === width) return cells;
  const right = [...Array<string>(width - cells.length).fill(""), ...cells];
  if (!stripped || !kinds) return right;
  // A text saved by an editor that strips trailing whitespace lost its rows' trailing empty cells
  // (every line of such a table ends in a filled cell): a short row is read so, where its cells then
  // hold what their columns do. Elsewhere a short row lost leading cells, as a PDF's copy loses them.
  const left = [...cells, ...Array<string>(width - cells.length).fill("")];
  return fits(left, kinds) || !fits(right, kinds) ? left : right;
}

/** Whether every line of a table ends in a filled cell: a text that lost its trailing tabs. */
export const strippedLines = (lines: readonly DocLine[]) => lines.length > 0 && lines.every((line) => line.page === undefined && line.cells.at(-1) !== "");

/** Whether each filled cell is what its column holds: a figure under an amount, words under a name or a label. */
function fits(cells: readonly string[], kinds: readonly ColumnKind[]): boolean {
  return cells.every((cell, c) => {
    if (cell === "") return true;
    const kind = kinds[c];
    if (kind === "amount") return looksNumeric(cell) || /^\s*-?[\d,]+\s/.test(cell);
    if (kind === "label" || kind === "name") return !looksNumeric(cell);
    if (kind === "code" || kind === "code-part") return /^\d/.test(cell);
    return true;
  });
}

/**
 * The columns where 合计 may stand: as any region prints it, any column before the first amount's.
 * Only there: a 合计 found elsewhere is a row shifted out of place.
 */
function labelColumns(columns: Header["columns"], half?: number): number[] {
  const mine = columns.map((column, c) => ({ ...column, c })).filter(({ def: column }) => half === undefined || column.half === half);
  return mine.slice(0, Math.max(1, mine.findIndex(({ def: column }) => column.kind === "amount"))).map(({ c }) => c);
}

/**
 * The column of a row's 合计, if the row is a total: one of the label columns says 合计 (or a label
 * the definition names) and the others are empty, as a merged cell prints.
 */
function totalColumn(cells: readonly string[], label: readonly number[], totals: readonly string[]): number | undefined {
  const filled = label.filter((c) => (cells[c] ?? "") !== "");
  const [only] = filled;
  return filled.length === 1 && only !== undefined && totals.includes(normalizeLabel(cells[only] ?? "")) ? only : undefined;
}

/**
 * The rows with a row the page break cut in two made one again: the last row of a page whose amount
 * has fewer decimals than its column's others (12,437.3), and atop the next page the rest of it, its
 * digits (6) and the rest of its name (…车驾驶员考试服务中心), nothing else (杭州市公安局 2026 收入总表,
 * pp. 21–22). Each cell goes on where it began.
 */
function joinedAcrossPages(lines: readonly DocLine[], kinds: readonly ColumnKind[]): DocLine[] {
  const decimals = kinds.map((kind, c) => (kind === "amount" ? Math.max(0, ...lines.map((line) => /\.(\d+)$/.exec(line.cells[c] ?? "")?.[1]?.length ?? 0)) : 0));
  const joined: DocLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const cut =
      previous?.page !== undefined &&
      line.page === previous.page + 1 &&
      line.cells.length === previous.cells.length &&
      line.cells.some((cell, c) => cell !== "" && kinds[c] === "amount") &&
      line.cells.every((cell, c) => {
        if (cell === "") return true;
        if (kinds[c] !== "amount") return !looksNumeric(cell) && !TOTALS.includes(normalizeLabel(cell)) && (previous.cells[c] ?? "") !== "";
        // the digits the cut amount lacks: it then has its column's decimals
        const start = previous.cells[c] ?? "";
        const places = /\.(\d*)$/.exec(start)?.[1]?.length;
        return /^\d+$/.test(cell) && places !== undefined && places + cell.length === decimals[c] && readAmount(compact(start + cell)) !== undefined;
      });
    if (cut) joined[joined.length - 1] = { ...previous, cells: previous.cells.map((cell, c) => cell + (line.cells[c] ?? "")) };
    else joined.push(line);
  }
  return joined;
}

/** A cell that opens with a code: a subject of its own, never the end of another's name. */
const CODED_START = /^\d{3,9}\s*[-—－]/;

/** Reads a table of rows under one header, as its definition says. */
export function readGrid(ctx: TableContext, def: GridDef): GridTable | undefined {
  const { section } = ctx;
  const preamble = readPreamble(ctx, section.lines);
  const rest = section.lines.slice(preamble.lines.length);
  const year = /(\d{4})\s*年/.exec(section.title)?.[1];
  const match = year ? ofYear(bySuffix(def.columns, def.groups), year) : bySuffix(def.columns, def.groups);
  const header = readHeader(ctx, rest, match, def.columns.filter((c) => !c.optional), vocabularyOf(def.columns, def.groups));
  if (!header) return undefined;
  const body = splitBody([...(header.first ? [header.first] : []), ...rest.slice(header.rows.length)], [...header.rows, ...preamble.lines]);
  const halves = [...new Set(header.columns.map(({ def }) => def.half))];
  const layouts = halves.map((half) => layoutOf(def, header, half));
  const kinds = header.columns.map(({ def: column }) => column.kind);
  const stripped = strippedLines(section.lines);
  const rows: GridRow[] = [];
  for (const line of joinedAcrossPages(body.rows, kinds)) {
    // a PDF's line of one cell of words under a row of the table's width is the row's first label
    // wrapped out of its cell (北京 预算03表: …其他环境保护管理事务 / 支出); a line that says something
    // (制表人：…, a sentence) is not
    const above = rows.at(-1);
    const key = layouts[0]?.labelKey;
    const overflow = line.page !== undefined && header.width > 1 && line.cells.length === 1 ? (line.cells[0] ?? "") : "";
    if (overflow && above?.kind !== "total" && key && above?.subjects[key] && !looksNumeric(overflow) && !CODED_START.test(overflow) && !/[:：，。；]/.test(overflow)) {
      above.subjects[key].name += unwrap(overflow);
      continue;
    }
    const cells = fit(ctx, line, header.width, false, kinds, stripped);
    if (!cells || cells.every((cell) => cell === "")) continue;
    if (cells.filter(Boolean).join("") === NONE) continue;
    for (const layout of layouts) {
      const row = readRow(ctx, header, layout, cells, line, rows.findLast((r) => r.group === (layout.half ?? r.group) && r.kind !== "total"));
      // as some regions print it, the 合计 stands atop every page of the table: the same row again
      if (row && row.kind === "total" && row.page !== undefined && rows.some((r) => r.kind === "total" && r.page !== row.page && r.group === row.group && JSON.stringify(r.amounts) === JSON.stringify(row.amounts))) continue;
      if (row) rows.push(row);
    }
  }
  const table: GridTable = { shape: "grid", ...tableBase(section, preamble.unit, body.note), columns: header.columns.map(printedColumn), rows };
  joinBlocks(table);
  amountsAsPrinted(table);
  if (def.restart && !rows.some((r) => r.group !== undefined)) numberGroups(table.rows, def.restart);
  markLevels(table);
  // as any region prints it, a table may have no 合计 (one row, or rows by unit), but not two
  for (const half of halves) {
    const ofHalf = rows.filter((r) => r.kind === "total" && (half === undefined || r.group === half));
    ofHalf.slice(1).forEach((extra) => ctx.once(ofHalf[0], extra, totalName(def, half)));
  }
  return table;
}

function totalName(def: GridDef, half: number | undefined): string {
  return def.totals?.[half === undefined ? 0 : half - 1] ?? "合计";
}

/** What every row of a half (or of the whole table) is read by: its columns, where its 合计 may stand, what 合计 is called. */
interface Layout {
  half: number | undefined;
  columns: (Header["columns"][number] & { c: number })[];
  labels: number[];
  totals: readonly string[];
  labelKey: string | undefined;
}

function layoutOf(def: GridDef, header: Header, half: number | undefined): Layout {
  const labels = labelColumns(header.columns, half);
  return {
    half,
    columns: header.columns.map((column, c) => ({ ...column, c })).filter(({ def: column }) => column.half === half),
    labels,
    totals: half === undefined ? (def.totals ?? TOTALS) : def.totals?.[half - 1] ? [def.totals[half - 1]!] : blockTotals(header, half),
    labelKey: header.columns[labels[0] ?? -1]?.def.key,
  };
}

/**
 * What a block's 合计 is called: 合计, or the block's label and 合计 (人员经费合计); and, where the
 * blocks are labelled alike (经济分类 | 经济分类), what the set calls a 基本支出 block's (人员经费合计,
 * 公用经费合计).
 */
function blockTotals(header: Header, half: number): string[] {
  const path = header.columns.find(({ def }) => def.half === half)?.path ?? [];
  return path.length > 1 ? ["合计", `${headerName(path[0] ?? "")}合计`, ...BLOCK_TOTALS] : ["合计", ...BLOCK_TOTALS];
}

/**
 * Blocks printed side by side that make one group: those under one label (人员经费 | 公用经费 |
 * 公用经费), or a run of blocks a single 合计 closes (西安's 公用经费合计 under 302 … and 310 …). Each
 * row is numbered by its group, keeping its block; a 合计 the label's merged cell names, its figure
 * printed in the next block of the line, is one row; and the rows run down each block in turn.
 */
function joinBlocks(table: GridTable): void {
  const groupOf = blockGroups(table);
  if (!groupOf) return;
  for (const row of table.rows) {
    if (row.group === undefined) continue;
    row.block = row.group;
    row.group = groupOf.get(row.group);
  }
  const kept = table.rows.filter((row) => {
    const says = Object.values(row.subjects).some((subject) => subject.code !== "" || subject.name !== "") || Object.values(row.texts).some(Boolean);
    if (row.kind === "total" || says) return true;
    const total = table.rows.find((r) => r.kind === "total" && r.group === row.group && r.line === row.line && r.page === row.page);
    if (!total) return true;
    for (const [key, value] of Object.entries(row.amounts)) if (value != null && total.amounts[key] == null) total.amounts[key] = value;
    return false;
  });
  // read as a reader reads such a table: down each block, then the next (a sort that keeps printed order within a block)
  table.rows.splice(0, table.rows.length, ...kept.sort((a, b) => (a.block ?? 0) - (b.block ?? 0)));
}

/** The group of each block, where blocks make fewer groups than there are; undefined where each is its own (a table printed in halves). */
function blockGroups(table: GridTable): Map<number, number> | undefined {
  const labels = new Map<number, string>();
  for (const c of table.columns) if (c.half !== undefined && !labels.has(c.half)) labels.set(c.half, c.header.length > 1 ? headerName(c.header[0] ?? "") : String(c.half));
  const blocks = [...labels.keys()].sort((a, b) => a - b);
  const closed = new Set(table.rows.flatMap((r) => (r.kind === "total" && r.group !== undefined ? [r.group] : [])));
  const named = [...new Set(labels.values())];
  // labelled alike but each with a 合计 of its own (上海: 经济分类 | 经济分类, 人员经费合计 and 公用经费合计): halves
  if (named.length < blocks.length) return blocks.every((block) => closed.has(block)) ? undefined : new Map(blocks.map((block) => [block, named.indexOf(labels.get(block) ?? "") + 1]));
  // labelled apart: one group each, unless a 合计 closes the blocks before it that have none
  const last = blocks.at(-1);
  if (closed.size === 0 || closed.size === blocks.length || last === undefined || !closed.has(last)) return undefined;
  let group = 1;
  const groups = new Map<number, number>();
  for (const block of blocks) {
    groups.set(block, group);
    if (closed.has(block)) group++;
  }
  return groups;
}

/**
 * The first digit of each classification's codes: 功能分类 2 (201 一般公共服务支出), 政府预算经济分类 5
 * (50101), 部门预算经济分类 3 (30101). A subject of another classification stands in the wrong column:
 * a cell of its row was lost or added before it.
 */
const CLASS_DIGIT: Readonly<Record<string, { digit: string; name: string }>> = {
  functional: { digit: "2", name: "支出功能分类" },
  governmentEconomic: { digit: "5", name: "政府预算支出经济分类" },
  departmentEconomic: { digit: "3", name: "部门预算支出经济分类" },
};

function classified(ctx: TableContext, key: string, subject: Subject, text: string, at: Location, column: string): Subject {
  const expected = CLASS_DIGIT[key];
  if (expected && subject.code !== "" && !subject.code.startsWith(expected.digit)) {
    ctx.error(at, "bad-code", `“${column}”列应为${expected.name}科目（编码以 ${expected.digit} 开头），见到“${clip(text)}”`);
  }
  return subject;
}

/** One row (or one half of a row printed in halves) read column by column, each cell checked for its kind. */
function readRow(ctx: TableContext, header: Header, layout: Layout, cells: readonly string[], line: DocLine, previous?: GridRow): GridRow | undefined {
  const { half, labels, totals, labelKey } = layout;
  if (layout.columns.every(({ c }) => (cells[c] ?? "") === "")) return undefined;
  const at = locationOf(line);
  // a column kept as printed before the first amount may hold figures (2025年预算数), and a row's
  // number (序号, 行次) is one: neither is a label
  const total = totalColumn(cells, labels.filter((c) => !((isPrinted(header.columns[c]!.def) || header.columns[c]!.def.key === "lineNo") && looksNumeric(cells[c] ?? ""))), totals);
  const isTotal = total !== undefined;
  // A row short of the header's width is aligned right, as if it lost leading empty cells, or as a
  // 合计 printed across merged label columns is. Either way every cell after its 合计 is an amount
  // in its column. An empty cell after 合计 in such a row says a cell inside it was lost instead, and
  // aligned, every amount would move one column: the row cannot be placed for sure, and is refused.
  const printedLabel = line.cells.findIndex((cell) => cell !== "");
  // a row read as it lost trailing empty cells (fit) keeps its cells where they stand
  const leftAligned = printedLabel === 0 && cells[0] === line.cells[0];
  if (isTotal && !leftAligned && line.cells.length < cells.length && line.cells.slice(printedLabel + 1).some((cell) => cell === "")) {
    ctx.error(at, "unreadable-row", `合计行应有 ${cells.length} 格，见到 ${line.cells.length} 格，其中有空格：“${clip(line.cells.join(" | "))}”：金额无法对齐到各列`);
    return undefined;
  }
  const amounts: Record<string, Amount | null> = {};
  const texts: Record<string, string> = {};
  if (isTotal && labelKey) texts[header.columns[total]?.def.key ?? labelKey] = compact(cells[total] ?? "");
  const parts = new Map<string, { code: string[]; name?: string; subject?: Subject }>();
  const part = (key: string) => {
    let found = parts.get(key);
    if (!found) parts.set(key, (found = { code: [] }));
    return found;
  };
  for (const { def: column, path, c } of layout.columns) {
    // a total row's label columns hold 合计, in whichever of them it stands (北京's 预算06表: the second),
    // and else nothing but the row's number
    const text = cells[c] ?? "";
    if (isTotal && (c === total || (column.key === labelKey && text === ""))) continue;
    const name = path.at(-1) ?? column.key;
    switch (column.kind) {
      case "amount":
        amounts[column.key] = ctx.amount(text, at, name);
        break;
      case "subject": {
        // the end of the row above's name, wrapped into this row's cell before its code (缴费支出2080506-…)
        const [, spilled, own = text] = /^(\D+?)\s*(\d{3,9}\s*[-—－][\s\S]*)$/.exec(text) ?? [];
        const above = spilled ? previous?.subjects[column.key] : undefined;
        if (above) above.name += unwrap(spilled ?? "");
        const cell = above ? own : text;
        if (cell !== "") part(column.key).subject = classified(ctx, column.key, ctx.subject(cell, at, name), cell, at, name);
        break;
      }
      case "code":
      case "code-part":
        if (text !== "") part(column.key).code[column.level ?? 0] = ctx.code(text, at, name);
        break;
      case "name": {
        if (text !== "" && looksNumeric(text)) ctx.error(at, "unreadable-row", `“${name}”列应为名称，见到数字“${clip(text)}”`);
        // as some regions print it, the code stands in the name's cell: [201]一般公共服务支出
        const coded = CODED_NAME.exec(compact(text));
        if (coded?.[1]) part(column.key).code[0] = coded[1];
        part(column.key).name = unwrap(coded ? (coded[2] ?? "") : text);
        break;
      }
      case "label":
      case "text":
        if (text !== "") texts[column.key] = column.kind === "label" ? compact(text) : unwrap(text);
        break;
    }
  }
  const subjects: Record<string, Subject> = {};
  for (const [key, { code, name, subject }] of parts) {
    const above = previous?.subjects[key]?.code;
    subjects[key] = subject ?? { ...joinCode(ctx, code, at, header.columns.find((c) => c.def.key === key)?.path.at(-2) ?? key, above), name: name ?? "" };
  }
  return { kind: isTotal ? "total" : "item", subjects, amounts, texts, ...(half ? { group: half } : {}), ...at };
}

/**
 * The columns kept as printed whose every cell reads as an amount, one at least with a point or a
 * thousands separator (a column of whole numbers is as likely codes or counts), made amount columns:
 * their cells move from the rows' texts to their amounts.
 */
function amountsAsPrinted(table: GridTable): void {
  for (const column of table.columns) {
    if (!isPrinted(column)) continue;
    const cells = table.rows.flatMap((row) => (row.texts[column.key] === undefined ? [] : [row.texts[column.key] as string]));
    if (cells.length === 0 || !cells.some((cell) => /[.,]/.test(cell)) || !cells.every((cell) => readAmount(compact(cell)) !== undefined)) continue;
    column.kind = "amount";
    for (const row of table.rows) {
      const cell = row.texts[column.key];
      delete row.texts[column.key];
      row.amounts[column.key] = cell === undefined ? null : (readAmount(compact(cell)) ?? null);
    }
  }
}

/** Digits of a 类, 款 and 项 code part. */
const PART_DIGITS = [undefined, 3, 2, 2];

/**
 * 类, 款 and 项 printed apart, joined: 204 · 06 · 01 → 2040601. A 款 or 项 printed with one digit
 * lost its leading zero to a spreadsheet (301 · 2 is 30102): the code gets it back and the parts
 * as printed are kept. A part without the one above it, or of another length, is reported.
 */
function joinCode(ctx: TableContext, printed: readonly (string | undefined)[], at: Location, name: string, above?: string): { code: string; printed?: string[] } {
  let padded = false;
  // as some regions print a row's own part only, the parts above it left to the rows above:
  // 201 · · 一般公共服务支出, then · 40 · 信访事务, then · · 01 行政运行 (烟台)
  const parts = [...printed];
  const deepest = [3, 2].find((level) => parts[level] !== undefined);
  for (let level = 1; above !== undefined && deepest !== undefined && level < deepest; level++) {
    const start = PART_DIGITS.slice(1, level).reduce<number>((n, d) => n + (d ?? 0), 0);
    const digits = PART_DIGITS[level] ?? 0;
    if (parts[level] === undefined && above.length >= start + digits) {
      parts[level] = above.slice(start, start + digits);
      padded = true;
    }
  }
  const joined = parts.map((part, level) => {
    // level 0 is a code printed whole
    if (part === undefined || level === 0) return part;
    if (level > 1 && parts[level - 1] === undefined) ctx.error(at, "bad-code", `“${name}”的上一级编码为空，这一级却有编码“${part}”`);
    const digits = PART_DIGITS[level] ?? part.length;
    if (level > 1 && part.length === digits - 1) {
      padded = true;
      return part.padStart(digits, "0");
    }
    if (part.length !== digits) ctx.error(at, "bad-code", `“${name}”的${["", "类", "款", "项"][level]}应为 ${digits} 位数字，见到“${part}”`);
    return part;
  });
  const code = joined.filter((part): part is string => part !== undefined).join("");
  return padded ? { code, printed: printed.filter((part): part is string => part !== undefined) } : { code };
}

/**
 * 北京's 预算05表 lists each unit's subjects in turn, without naming the unit: a new group starts
 * where the codes, sorted within a group, begin again.
 */
function numberGroups(rows: GridRow[], key: string): void {
  // only a listing of 项 alone: where 类 and 款 rows stand among them, codes begin again at each 类
  const lengths = new Set(rows.flatMap((row) => (row.kind === "total" ? [] : [row.subjects[key]?.code.length ?? 0])));
  if (lengths.size !== 1) return;
  let group = 1;
  let previous = "";
  const groups = rows.map((row) => {
    if (row.kind === "total") return undefined;
    const code = row.subjects[key]?.code ?? "";
    if (previous && code <= previous) group++;
    previous = code;
    return group;
  });
  // codes that never begin again are one listing: no groups
  if (group > 1) rows.forEach((row, i) => (row.group = groups[i]));
}

/**
 * Which rows of a table as any region prints it are subtotals: by their codes where every row has
 * one (the first coded subject's, or the unit's code), else by their sums (levels.ts). Where neither
 * tells, the table says so (`levels: "unknown"`) and its rows are not added up against its 合计.
 */
function markLevels(table: GridTable): void {
  const rows = table.rows.filter((r) => r.kind !== "total");
  const coded = codedSubject(table);
  if (coded) {
    markSubtotals(table.rows, coded);
    table.levels = "codes";
    return;
  }
  const amounts = table.columns.filter((c) => c.kind === "amount").map((c) => c.key);
  // rows of years (深圳's “三公”: 2025年, 2026年, 增减变化金额) stand side by side, none over another
  const byYear = rows.some((row) => Object.values(row.texts).some((text) => /^\d{4}年度?$/.test(compact(text ?? ""))));
  if (rows.length < 2 || amounts.length === 0 || byYear) return;
  const subject = table.columns.find((c) => CODED.has(c.kind))?.key;
  const total = table.rows.find((r) => r.kind === "total");
  // no 合计 printed: a first row the rest add up to (深圳's tables open with the unit's row) stands for it
  const head = total ? undefined : rows[0] && levelsBySums(rows.slice(1), amounts, rows[0], subject);
  if (head && rows[0]) rows[0].kind = "total";
  const under = head ? rows.slice(1) : rows;
  const depths = head ?? levelsBySums(rows, amounts, total, subject);
  if (!depths) {
    table.levels = "unknown";
    return;
  }
  // a row over a deeper one is its subtotal
  under.forEach((row, i) => {
    row.depth = depths.get(row) ?? 1;
    if ((depths.get(under[i + 1] as GridRow) ?? 0) > row.depth) row.kind = "subtotal";
  });
  table.levels = "sums";
}

/** A row whose code has rows under it (类 over its 款, 款 over its 项) is a subtotal of them. */
function markSubtotals(rows: GridRow[], key: string): void {
  // every proper prefix of every code, by group: one pass, not a comparison of each pair of rows
  const parents = new Set<string>();
  for (const row of rows) {
    const code = row.subjects[key]?.code ?? "";
    for (let length = 1; length < code.length; length++) parents.add(`${row.group ?? 0}:${code.slice(0, length)}`);
  }
  for (const row of rows) {
    const code = row.subjects[key]?.code;
    if (row.kind === "item" && code && parents.has(`${row.group ?? 0}:${code}`)) row.kind = "subtotal";
  }
}
