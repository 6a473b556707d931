import { z } from "zod";

/**
 * 原文位置 (where a record was read). A text source counts lines; a PDF counts pages, and lines
 * within a page as the reader rebuilt them (a table row is one line). Spread into each record.
 */
export const at = {
  /** 1-based line of the source text, or with `page` of that PDF page as read */
  line: z.number().int().positive(),
  /** 1-based page of a PDF source; absent for text */
  page: z.number().int().positive().optional(),
  /** the place is in the disclosure's text file (情况说明, `source.text`), published apart from its tables */
  part: z.literal("text").optional(),
};

export const location = z.object(at);
export type Location = z.infer<typeof location>;

/** "第 55 行", "第 3 页第 12 行": how pages name a place in the source. */
export function describeLocation(where: Location): string {
  const place = where.page === undefined ? `第 ${where.line} 行` : `第 ${where.page} 页第 ${where.line} 行`;
  return where.part === "text" ? `情况说明${place}` : place;
}

/**
 * Several places, as a sentence lists them: "第 53、54、55 行", "第 3 页第 5、6 行；第 4 页第 1 行";
 * past `most` places, the first ones and how many there are in all.
 */
export function describeLocations(places: readonly Location[], most = 6): string {
  const shown = places.length <= most ? places : places.slice(0, most - 1);
  const pages = new Map<number | undefined, number[]>();
  for (const where of shown) pages.set(where.page, [...(pages.get(where.page) ?? []), where.line]);
  const text = [...pages].map(([page, lines]) => `${page === undefined ? "" : `第 ${page} 页`}第 ${lines.join("、")} 行`).join("；");
  return places.length <= most ? text : `${text}等 ${places.length} 处`;
}

/** The anchor of a place in the source view: "L55", "p3-L12". */
export function locationAnchor(where: Location): string {
  const place = where.page === undefined ? `L${where.line}` : `p${where.page}-L${where.line}`;
  return where.part === "text" ? `text-${place}` : place;
}

/** A place as a key of ids and anchors: "55", "p3-12", "text-p7-3" (in the text file published apart). */
export function placeKey(where: Location): string {
  return `${where.part === "text" ? "text-" : ""}${where.page === undefined ? "" : `p${where.page}-`}${where.line}`;
}

/** Source order: the tables' file, then the text's; in each by page, then line. */
export function compareLocations(a: Location, b: Location): number {
  return Number(a.part === "text") - Number(b.part === "text") || (a.page ?? 0) - (b.page ?? 0) || a.line - b.line;
}

/** Only the location of a record, for lists of where figures come from. */
export function locationOf(record: Location): Location {
  const place = record.page === undefined ? { line: record.line } : { page: record.page, line: record.line };
  return record.part === "text" ? { ...place, part: "text" } : place;
}
