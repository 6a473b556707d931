import type { Location } from "../disclosure/location.ts";
import { describeLocation, locationOf } from "../disclosure/location.ts";
import { AMOUNT_BOUND, readAmount, type Amount, type Unit } from "../disclosure/money.ts";
import type { Subject, TableKey } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { TableDef } from "../templates/types.ts";
import type { Diagnostics, ErrorCode } from "./errors.ts";
import { compact, unwrap } from "./text.ts";

/** A table's heading and the lines that follow it, up to the next heading. */
export interface Section {
  /** the table's key in the model: its definition's, or its place in the printed order */
  key: TableKey;
  def: TableDef;
  /** 表号 as pages name it: 预算03表 */
  label: string;
  /** 表名 as printed */
  title: string;
  /** where the heading stands */
  at: Location;
  lines: DocLine[];
}

/** Whose a table says it is, as printed above it: 部门名称：…, 编制单位：… */
export interface Named {
  /** the label: 部门名称, 单位名称, 编制单位, 预算单位, 部门 … */
  label: string;
  value: string;
  at: Location;
}

/** What a table reader needs: its section, and a place to report problems with the table named. */
export class TableContext {
  readonly section: Section;
  readonly diagnostics: Diagnostics;
  /** where the names printed above the document's tables are gathered, for its identity */
  readonly names: Named[];

  constructor(section: Section, diagnostics: Diagnostics, names: Named[] = []) {
    this.section = section;
    this.diagnostics = diagnostics;
    this.names = names;
  }

  error(where: Location, code: ErrorCode, detail: string): void {
    this.diagnostics.add(locationOf(where), code, `${this.section.label}：${detail}`);
  }

  /** A row that may appear once: a second one is reported, and the first kept. */
  once<T extends Location>(first: T | undefined, row: T, what: string): T {
    if (first) this.error(row, "unreadable-row", `“${what}”只应有一行，又见到一行（第一行在${describeLocation(first)}）`);
    return first ?? row;
  }

  /** A row the table must have (合计 …); reported at the heading when absent. */
  missing(what: string): void {
    this.error(this.section.at, "missing-row", `应有“${what}”行，未见到`);
  }

  /** An amount cell: null when empty, reported when it is not a number. */
  amount(text: string, where: Location, column: string): Amount | null {
    if (text === "") return null;
    // a PDF's narrow cell wraps a long figure: "21,118.5 1" is 21,118.51, "24995.9 4" 24995.94. Only a
    // figure with a point or thousands separators is read so: "126 4173" may be a digit lost
    const wrapped = where.page !== undefined && /[,.]/.test(text) && /\s/.test(text.trim());
    const value = readAmount(text) ?? (wrapped ? readAmount(compact(text)) : undefined);
    if (value === undefined) {
      this.error(where, "not-a-number", `“${column}”列应为金额（${AMOUNT_BOUND}），见到“${clip(text)}”`);
      return null;
    }
    return value;
  }

  /**
   * A "code-name" cell such as 2010301-行政运行 or A-货物. Wrap spaces are removed from the code
   * as from the name: a PDF wraps both. Found with indexOf, not a backtracking pattern.
   */
  subject(text: string, where: Location, column: string): Subject {
    const dash = text.indexOf("-");
    const code = dash > 0 ? compact(text.slice(0, dash)) : "";
    if (!/^[0-9A-Z]+$/.test(code)) {
      this.error(where, "bad-code", `“${column}”列应为“编码-名称”，见到“${clip(text)}”`);
      return { code: "", name: unwrap(text) };
    }
    return { code, name: unwrap(text.slice(dash + 1)) };
  }

  /**
   * A 度量单位 cell: a short name (个, 元/人·次, Mbps). Text with sentence punctuation, or longer than
   * any unit, is the end of the value moved over by a separator too many.
   */
  measure(text: string, where: Location, column: string): string {
    const unit = unwrap(text);
    if (unit.length > 12 || /[，。；：、“”！？,;]/.test(unit)) this.error(where, "unreadable-row", `“${column}”应为度量单位，见到“${clip(unit)}”：是否多了一个分隔？`);
    return unit;
  }

  /** A code in a cell of its own (科目编码, or a 类/款/项 part): digits, wrap spaces removed. */
  code(text: string, where: Location, column: string): string {
    const code = compact(text);
    if (!/^\d+$/.test(code)) this.error(where, "bad-code", `“${column}”列应为数字编码，见到“${clip(text)}”`);
    return code;
  }
}

/**
 * What every table of the model carries, from its section: its key and role, its 表号 and 表名,
 * its unit, the note under it, and where it stands.
 */
export function tableBase(section: Section, unit: Unit, note?: string) {
  return { key: section.key, role: section.def.role, label: section.label, title: section.title, unit, ...(note ? { note } : {}), ...section.at };
}

/** A cell's text cut for a message. */
export function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

