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

/** How many of a file's problems are listed; the rest are counted. A file of 100,000 bad rows is told in a screenful. */
export const LISTED = 100;

/**
 * All the problems of one file, reported together so one run shows everything to fix: the first
 * LISTED in source order, and how many more there are.
 */
export class ParseFailure extends Error {
  readonly errors: readonly ParseError[];
  /** problems found past the first LISTED, counted but not listed */
  readonly more: number;

  constructor(errors: readonly ParseError[], more = 0) {
    super([...errors.map((error) => error.message), ...(more > 0 ? [`${errors[0]?.file ?? ""}: 另有 ${more} 处问题未列出（共 ${errors.length + more} 处）`] : [])].join("\n"));
    this.name = "ParseFailure";
    this.errors = errors;
    this.more = more;
  }
}

/** A problem as collected: an error object (and its stack trace) is made only for the ones listed. */
interface Problem {
  where: Location;
  code: ErrorCode;
  detail: string;
}

export class Diagnostics {
  private readonly problems: Problem[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** A problem at a line (of the text) or a place (page and line of a PDF). */
  add(where: number | Location, code: ErrorCode, detail: string): void {
    this.problems.push({ where: typeof where === "number" ? { line: where } : where, code, detail });
  }

  get count(): number {
    return this.problems.length;
  }

  /** Every problem collected so far, as errors, in the order found. */
  get errors(): ParseError[] {
    return this.problems.map((p) => new ParseError(this.file, p.where, p.code, p.detail));
  }

  /** Throws the collected problems, in source order: the first LISTED as errors, the rest counted. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort((a, b) => (a.where.page ?? 0) - (b.where.page ?? 0) || a.where.line - b.where.line);
    throw new ParseFailure(
      sorted.slice(0, LISTED).map((p) => new ParseError(this.file, p.where, p.code, p.detail)),
      Math.max(0, sorted.length - LISTED),
    );
  }
}
