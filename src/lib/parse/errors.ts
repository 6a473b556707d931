import type { Location } from "../disclosure/location.ts";

/** Stable codes, so scripts and tests can tell problems apart without matching sentences. */
export const ERROR_CODES = [
  /** the file holds no text */
  "empty-file",
  /** bytes that are not UTF-8 or GB18030 text */
  "encoding",
  /** a PDF that cannot be read: damaged, encrypted, or without a text layer */
  "pdf",
  /** a document of no known template */
  "template",
  /** text outside every table and section, where the template has none */
  "outside",
  "missing-table",
  "duplicate-table",
  "unexpected-header",
  /** a printed column the table's definition does not know */
  "unknown-column",
  /** a column the definition requires, not printed */
  "missing-column",
  /** one column of the definition printed twice */
  "repeated-column",
  "unreadable-row",
  "missing-row",
  "not-a-number",
  "bad-code",
  "duplicate-project",
  "unit",
  /** seeds/<name>.meta.json is not what it should be */
  "manifest",
  /** two files claim the same department, year, kind and scope */
  "duplicate-disclosure",
  /** a path that is no file of a kind the parser reads */
  "not-a-source",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Where a problem is: file:line for text, file:page:line for a PDF. */
export function place(file: string, where: Location): string {
  return where.page === undefined ? `${file}:${where.line}` : `${file}:${where.page}:${where.line}`;
}

/** A structural problem in a source file: where it is and what was expected there. */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly page: number | undefined;
  readonly code: ErrorCode;
  readonly detail: string;

  constructor(file: string, where: Location, code: ErrorCode, detail: string) {
    super(`${place(file, where)}: ${detail}`);
    this.name = "ParseError";
    this.file = file;
    this.line = where.line;
    this.page = where.page;
    this.code = code;
    this.detail = detail;
  }
}

/** All the problems of one file, reported together so one run shows everything to fix. */
export class ParseFailure extends Error {
  readonly errors: readonly ParseError[];

  constructor(errors: readonly ParseError[]) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "ParseFailure";
    this.errors = errors;
  }
}

export class Diagnostics {
  readonly errors: ParseError[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** A problem at a line (of the text) or a place (page and line of a PDF). */
  add(where: number | Location, code: ErrorCode, detail: string): void {
    this.errors.push(new ParseError(this.file, typeof where === "number" ? { line: where } : where, code, detail));
  }

  /** Throws every collected error, in source order. */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    throw new ParseFailure([...this.errors].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line));
  }
}
