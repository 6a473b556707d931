import { disclosure, type Disclosure } from "../disclosure/schema.ts";
import { narrativeChecks } from "../findings/narrative.ts";
import { national } from "../templates/national.ts";

/**
 * A disclosure published as two files, its text (情况说明) and its tables (报表), as Beijing and
 * Jiangsu publish them, is one disclosure: the text's parts join the tables' model, each place in
 * them marked as the text file's, and what the text says of the figures is checked against the
 * tables (by the national set's sentences, which name figures by their tables' roles).
 */

/** What pairing reads of a file's model: which disclosure it is of (a text and its tables share it). */
export type PairKey = Pick<Disclosure, "department" | "year" | "kind" | "scope">;
const pairKey = (d: PairKey) => `${d.department}|${d.year}|${d.kind}|${d.scope}`;

/** A file read into parts of text and no table: half of a disclosure published in two files. */
export const isTextOnly = (d: Disclosure) => d.tables.length === 0 && d.narrative.length > 0;

/** The disclosure of a text and its tables, published as two files. */
export function joinText(tables: Disclosure, text: Disclosure): Disclosure {
  const narrative = text.narrative.map((section) => ({
    ...section,
    // a part the tables' file has too keeps its own anchor
    id: tables.narrative.some((s) => s.id === section.id) ? `text-${section.id}` : section.id,
    part: "text" as const,
    paragraphs: section.paragraphs.map((paragraph) => ({ ...paragraph, part: "text" as const })),
  }));
  const { url: _url, publisher: _publisher, published: _published, text: _text, ...file } = text.source;
  const joined = { ...tables, source: { ...tables.source, text: file }, narrative: [...tables.narrative, ...narrative] };
  const checks = narrativeChecks({ ...joined, narrative }, national);
  // validated again, as every model is: its records' fields then in the schema's order, as any other model's
  return disclosure.parse({ ...joined, checks: [...tables.checks, ...checks] });
}

/**
 * The files of tables of a set of files, each with the text-only file of the same department,
 * year, kind and scope (or the one whose manifest names it) where there is one, to be joined
 * (joinText); the text-only files left over. Only which disclosure each file is of is read: the
 * content step holds no model of tables while it pairs.
 */
export function pairTexts<T extends { file: string; key: PairKey; textOnly: boolean; partOf?: string }>(read: readonly T[]): { tables: { file: T; text?: T }[]; unpaired: T[] } {
  const tables = read.filter((r) => !r.textOnly);
  const unpaired: T[] = [];
  const joined = new Map<T, T>();
  for (const text of read.filter((r) => r.textOnly)) {
    const match = tables.find((t) => (text.partOf ? t.file.endsWith(text.partOf) : pairKey(t.key) === pairKey(text.key)));
    if (!match || joined.has(match)) {
      unpaired.push(text);
      continue;
    }
    joined.set(match, text);
  }
  return { tables: tables.map((file) => ({ file, ...(joined.has(file) ? { text: joined.get(file)! } : {}) })), unpaired };
}
