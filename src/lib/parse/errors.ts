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
  constructor(
    readonly file: string,
    readonly line: number,
    readonly code: ErrorCode,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "ParseError";
  }
}

/** All the problems of one file, reported together so one run shows everything to fix. */
export class ParseFailure extends Error {
  constructor(readonly errors: readonly ParseError[]) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "ParseFailure";
  }
}

export class Diagnostics {
  readonly errors: ParseError[] = [];

  constructor(readonly file: string) {}

  add(line: number, code: ErrorCode, detail: string): void {
    this.errors.push(new ParseError(this.file, line, code, detail));
  }

  /** Throws every collected error, in line order. */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    throw new ParseFailure([...this.errors].sort((a, b) => a.line - b.line));
  }
}
