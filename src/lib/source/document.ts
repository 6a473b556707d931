import type { Location } from "../disclosure/location.ts";

/**
 * A disclosure as the parser reads it, whatever it was published as: lines of cells. A text source
 * gives its own lines, cut at tabs; a PDF gives each page's lines as rebuilt from the positions of
 * its text, a table row's cells from the table's rules. Blank lines are left out.
 */
export interface DocLine extends Location {
  /** trimmed; "" where a cell is empty. A line of running text is one cell. */
  cells: string[];
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

/** A line's text: its cells joined by tabs, as the source view shows it. */
export function lineText(line: DocLine): string {
  return line.cells.join("\t");
}
