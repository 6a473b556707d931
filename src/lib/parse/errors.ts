/** Stable codes, so scripts and tests can tell problems apart without matching sentences. */
export type ErrorCode =
  | "empty-file"
  | "encoding"
  | "missing-table"
  | "duplicate-table"
  | "unexpected-header"
  | "unexpected-column"
  | "unreadable-row"
  | "missing-row"
  | "not-a-number"
  | "bad-code"
  | "duplicate-project"
  | "unit";

/** A structural problem in a source file: where it is and what was expected there. */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly code: ErrorCode;
  readonly detail: string;

  constructor(file: string, line: number, code: ErrorCode, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = "ParseError";
    this.file = file;
    this.line = line;
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

  add(line: number, code: ErrorCode, detail: string): void {
    this.errors.push(new ParseError(this.file, line, code, detail));
  }

  /** Throws every collected error, in line order. */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    throw new ParseFailure([...this.errors].sort((a, b) => a.line - b.line));
  }
}
