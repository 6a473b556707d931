import { readAmount, type Amount } from "../disclosure/money.ts";
import type { Subject } from "../disclosure/tables.ts";
import type { Diagnostics, ErrorCode } from "./errors.ts";
import { cell, compact, isFilled, splitHeader, type Row, type Section } from "./sections.ts";
import { unwrap } from "./text.ts";

const SUBJECT = /^([0-9A-Z]+)\s*-\s*(.+)$/;

/** What a table reader needs: its section, and a place to report problems with the table named. */
export class TableContext {
  readonly section: Section;
  private readonly diagnostics: Diagnostics;

  constructor(section: Section, diagnostics: Diagnostics) {
    this.section = section;
    this.diagnostics = diagnostics;
  }

  error(line: number, code: ErrorCode, detail: string): void {
    this.diagnostics.add(line, code, `${this.section.label}: ${detail}`);
  }

  /** Header and body, the repeated page headers removed (see splitHeader). */
  split(expectedHeader: readonly string[]): { header: Row[]; body: Row[] } {
    return splitHeader(this.section, expectedHeader, this.diagnostics);
  }

  body(expectedHeader: readonly string[]): Row[] {
    return this.split(expectedHeader).body;
  }

  /**
   * The table's only row of amounts (预算02表, 预算09表). When it is missing the error is
   * reported and an empty row stands in, so reading goes on to find the file's other problems.
   */
  singleRow(body: Row[], what: string): Row {
    const [row, ...extra] = body;
    for (const other of extra) this.error(other.line, "unreadable-row", `expected one row of ${what}, found another`);
    return this.required(row, what);
  }

  /**
   * The common shape: detail rows and one 合计 row (found by the label in `totalColumn`, wherever
   * it stands: 预算11表 puts it first).
   */
  rowsAndTotal<T>(expectedHeader: readonly string[], totalColumn: number, width: number, read: (row: Row) => T): { rows: T[]; total: Row } {
    const rows: T[] = [];
    let total: Row | undefined;
    for (const row of this.body(expectedHeader)) {
      this.within(row, width);
      if (compact(cell(row, totalColumn)) !== "合计") rows.push(read(row));
      else total = this.once(total, row, "合计");
    }
    return { rows, total: this.required(total, "合计") };
  }

  /** A row that may appear once: a second one is reported, and the first kept. */
  once(first: Row | undefined, row: Row, what: string): Row {
    if (first) this.error(row.line, "unreadable-row", `expected one ${what} row, found another (first on line ${first.line})`);
    return first ?? row;
  }

  /** Reports content beyond the table's `width` columns: nothing in a row may be passed over unread. */
  within(row: Row, width: number): void {
    if (row.cells.length <= width) return;
    const extra = row.cells.slice(width).filter(isFilled);
    if (extra.length > 0) {
      this.error(row.line, "unreadable-row", `expected ${width} columns, found more: "${extra.join(" | ").slice(0, 60)}"`);
    }
  }

  /** A row the table must have (合计 …); reported when absent, with an empty row standing in. */
  required(row: Row | undefined, what: string): Row {
    if (!row) this.missing(what);
    return row ?? { line: this.section.line, cells: [] };
  }

  /** An amount cell: null when empty, reported when it is not a number. */
  amount(row: Row, index: number, column: string): Amount | null {
    return this.amountOf(cell(row, index), row.line, column);
  }

  amountOf(text: string, line: number, column: string): Amount | null {
    if (text === "") return null;
    const value = readAmount(text);
    if (value === undefined) {
      this.error(line, "not-a-number", `amount "${text}" in column ${column} is not a number`);
      return null;
    }
    return value;
  }

  /** Several amount cells in a row, keyed by field, starting at column `from`. */
  amounts<K extends string>(row: Row, from: number, columns: readonly (readonly [K, string])[]): Record<K, Amount | null> {
    const result = {} as Record<K, Amount | null>;
    columns.forEach(([key, column], offset) => {
      result[key] = this.amount(row, from + offset, column);
    });
    return result;
  }

  /** A "code-name" cell such as 2010301-行政运行 or A-货物. */
  subject(row: Row, index: number, column: string): Subject {
    const text = cell(row, index);
    const match = SUBJECT.exec(text);
    if (!match) {
      this.error(row.line, "unreadable-row", `expected "编码-名称" in column ${column}, found "${text}"`);
      return { code: "", name: text };
    }
    return { code: match[1] ?? "", name: unwrap(match[2] ?? "") };
  }

  /** 科目编码 and 科目名称 in two cells (预算05/07/08表). */
  codeAndName(row: Row): { code: string; name: string } {
    const code = cell(row, 0).replace(/\s+/g, "");
    if (!/^\d+$/.test(code)) {
      this.error(row.line, "bad-code", `expected a 功能分类 code of digits in column 科目编码, found "${cell(row, 0)}"`);
    }
    return { code, name: unwrap(cell(row, 1)) };
  }

  /** Reports a missing row (合计 …) at the table's heading. */
  missing(what: string): void {
    this.error(this.section.line, "missing-row", `expected a ${what} row, found none`);
  }
}
