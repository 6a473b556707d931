import { labelOf, TABLE_KEYS, type TableKey } from "../disclosure/tables.ts";
import type { Diagnostics } from "./errors.ts";
import type { SourceLine } from "./source.ts";

/** A non-blank line of a table, split into its tab-separated cells (trimmed; empty means no value). */
export interface Row {
  line: number;
  cells: string[];
}

export interface Section {
  key: TableKey;
  /** as the disclosure names it: 预算03表, or 预算表12 */
  label: string;
  title: string;
  /** line of the heading */
  line: number;
  /** the non-blank lines after the heading, without the 金额单位 line */
  rows: Row[];
}

/** Table 12 is headed 预算表12 where the others say 预算NN表; accept both everywhere. */
const HEADING = /^\s*(?:预算(\d{2})表|预算表(\d{2}))\s*(.*?)\s*$/;
const NOT_BLANK = /\S/;
const UNIT = /^\s*金额单位\s*[:：]\s*(.*?)\s*$/;

export function cell(row: Row, index: number): string {
  return row.cells[index] ?? "";
}

const SPACE = /\s/;

/** Whitespace is a PDF artefact in labels: "合 计" is 合计. */
export function compact(text: string): string {
  // most cells have none, and a test allocates nothing where a replace would
  return SPACE.test(text) ? text.replace(/\s+/g, "") : text;
}

/**
 * A line's tab-separated cells, trimmed. Written out rather than split("\t").map(trim): this runs
 * on every line of every disclosure, and the loop spares a call into the runtime and an array per line.
 */
function cellsOf(text: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let tab = text.indexOf("\t"); tab >= 0; tab = text.indexOf("\t", start)) {
    cells.push(text.slice(start, tab).trim());
    start = tab + 1;
  }
  cells.push(text.slice(start).trim());
  return cells;
}

export function splitSections(lines: SourceLine[], diagnostics: Diagnostics): Map<TableKey, Section> {
  const sections = new Map<TableKey, Section>();
  let current: Section | undefined;
  for (const { number, text } of lines) {
    const tabbed = text.includes("\t");
    const heading = tabbed || !text.includes("预算") ? null : HEADING.exec(text);
    if (heading) {
      const key = `t${heading[1] ?? heading[2]}` as TableKey;
      if (!TABLE_KEYS.includes(key)) {
        diagnostics.add(number, "unexpected-header", `expected a table 预算01表 … 预算13表, found "${text.trim()}"`);
        current = undefined;
        continue;
      }
      const previous = sections.get(key);
      if (previous) {
        diagnostics.add(number, "duplicate-table", `${labelOf(key)} appears twice (first on line ${previous.line})`);
      }
      current = { key, label: labelOf(key), title: heading[3] ?? "", line: number, rows: [] };
      if (!previous) sections.set(key, current);
      continue;
    }
    if (!current || !NOT_BLANK.test(text)) continue;
    const unit = tabbed ? null : UNIT.exec(text);
    if (unit) {
      if (unit[1] !== "万元") {
        diagnostics.add(number, "unit", `${current.label}: expected 金额单位：万元, found "${text.trim()}"`);
      }
      continue;
    }
    current.rows.push({ line: number, cells: cellsOf(text) });
  }
  const last = lines.at(-1)?.number ?? 1;
  TABLE_KEYS.forEach((key, index) => {
    if (sections.has(key)) return;
    const next = TABLE_KEYS.slice(index + 1).map((k) => sections.get(k)).find(Boolean);
    diagnostics.add(next?.line ?? last, "missing-table", `expected table ${labelOf(key)}, but the disclosure has none`);
  });
  return sections;
}

/**
 * Splits a table's rows into its header and body, dropping the header lines that every PDF page
 * repeats. `expected` names the first cell of each header line, so a table laid out differently
 * stops the build instead of being misread.
 */
export function splitHeader(
  section: Section,
  expected: readonly string[],
  diagnostics: Diagnostics,
): { header: Row[]; body: Row[] } {
  const header = section.rows.slice(0, expected.length);
  expected.forEach((first, index) => {
    const row = header[index];
    const found = row ? compact(cell(row, 0)) : undefined;
    if (found !== first) {
      diagnostics.add(
        row?.line ?? section.line,
        "unexpected-header",
        `${section.label}: expected header line ${index + 1} to begin with "${first}", found ${found === undefined ? "nothing" : `"${found}"`}`,
      );
    }
  });
  const signatures = new Set(header.map(signature));
  const leads = header.map(firstFilled);
  const body = section.rows.slice(expected.length).filter((row) => !repeatsHeader(row, header, leads, signatures));
  return { header, body };
}

export const isFilled = (cell: string): boolean => cell !== "";

/** Index of a row's first cell with content; -1 when it has none. */
export function firstFilled(row: Row): number {
  return row.cells.findIndex(isFilled);
}

/**
 * Whether a row repeats a header line. Only a row whose first filled cell stands where a header
 * line's does, with the same text, can: most rows are spared building their signature.
 */
function repeatsHeader(row: Row, header: readonly Row[], leads: readonly number[], signatures: ReadonlySet<string>): boolean {
  const at = firstFilled(row);
  const text = compact(cell(row, at));
  for (let i = 0; i < header.length; i++) {
    if (leads[i] === at && compact(cell(header[i] as Row, at)) === text) return signatures.has(signature(row));
  }
  return false;
}

function signature(row: Row): string {
  const cells = row.cells.map(compact);
  while (cells.length > 0 && cells.at(-1) === "") cells.pop();
  return cells.join("\t");
}
