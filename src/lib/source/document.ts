import type { Location } from "../disclosure/location.ts";

/**
 * A disclosure as the parser reads it, whatever it was published as: lines of cells. A text source
 * gives its own lines, cut at tabs; a PDF gives each page's lines as rebuilt from the positions of
 * its text, a table row's cells from the table's rules. Blank lines are left out.
 */
export interface DocLine extends Location {
  /** trimmed; "" where a cell is empty. A line of running text is one cell. */
  cells: string[];
  /**
   * A PDF table row's cells merged across columns: how many columns each spans, 0 for the ones it
   * covers (whose cell is ""). Absent where no cell is merged, and in a text copy.
   */
  spans?: number[];
}

/**
 * A line's cells as a text copy gives them: one per printed cell, a merged cell once (a PDF grid
 * gives it a cell per column it covers).
 */
export function printedCells(line: DocLine): string[] {
  const { spans } = line;
  return spans ? line.cells.filter((_, c) => spans[c] !== 0) : line.cells;
}

export interface Document {
  format: "text" | "pdf";
  /** the encoding a text was decoded from */
  encoding?: "utf-8" | "gb18030";
  /** lines of the text, or of all pages as read */
  lineCount: number;
  pages?: number;
  lines: DocLine[];
}

