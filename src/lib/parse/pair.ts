import { disclosure, type Disclosure } from "../disclosure/schema.ts";
import { narrativeChecks } from "../findings/narrative.ts";
import { national } from "../templates/national.ts";

/**
 * A disclosure published as two files, its text (情况说明) and its tables (报表), as Beijing and
 * Jiangsu publish them, is one disclosure: the text's parts join the tables' model, each place in
 * them marked as the text file's, and what the text says of the figures is checked against the
 * tables (by the national set's sentences, which name figures by their tables' roles).
 */

/** Which disclosure a file is of: a text and its tables share it. */
const pairKey = (d: Pick<Disclosure, "department" | "year" | "kind" | "scope">) => `${d.department}|${d.year}|${d.kind}|${d.scope}`;

/** A file read into parts of text and no table: half of a disclosure published in two files. */
const isTextOnly = (d: Disclosure) => d.tables.length === 0 && d.narrative.length > 0;

function joinText(tables: Disclosure, text: Disclosure): Disclosure {
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
 * The disclosures of a set of files: each text-only file joined with the file of tables of the same
 * department, year, kind and scope (or the one its manifest names); the text-only files left over.
 */
export function pairTexts<T extends { file: string; model: Disclosure; partOf?: string }>(read: readonly T[]): { disclosures: T[]; unpaired: T[] } {
  const texts = read.filter((r) => isTextOnly(r.model));
  const tables = read.filter((r) => !isTextOnly(r.model));
  const unpaired: T[] = [];
  const joined = new Map<T, Disclosure>();
  for (const text of texts) {
    const match = tables.find((t) => (text.partOf ? t.file.endsWith(text.partOf) : pairKey(t.model) === pairKey(text.model)));
    if (!match || joined.has(match)) {
      unpaired.push(text);
      continue;
    }
    joined.set(match, joinText(match.model, text.model));
  }
  return { disclosures: tables.map((t) => (joined.has(t) ? { ...t, model: joined.get(t) as Disclosure } : t)), unpaired };
}
