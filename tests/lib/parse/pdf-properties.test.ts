import fc from "fast-check";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import { ParseFailure, parseDocument } from "../../../src/lib/parse/index.ts";
import type { DocLine, Document } from "../../../src/lib/source/document.ts";
import { readPdf } from "../../../src/lib/source/pdf.ts";

/*
 * The properties of tests/lib/parse/properties.test.ts over the PDF templates: the rows a PDF gives
 * (a 部门预算, a 单位预算 whose 2023 forms make projects, a 部门决算) with a cell added, a cell lost, or
 * their leading empty cells lost — what a copy or a PDF's layout does to a row. Each mutant is read
 * exactly as the document was, or refused: no figure may land in another field, or vanish.
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261126) });
vi.setConfig({ testTimeout: 120_000 });

const FILES = ["seeds/sh-putuo-sifaju-2026-unit-budget.pdf", "seeds/sh-putuo-wanli-jiedao-2023-budget.pdf", "seeds/sh-putuo-caizhengju-2024-final.pdf"];
const docs = new Map<string, { doc: Document; bytes: Buffer; reference: Map<string, string>; printed: Set<string> }>();

/** The tables a model keeps as printed (unread, saying why), by key. */
const printedTables = (model: Disclosure) => new Set(model.tables.flatMap((t) => (t.shape === "grid" && t.asPrinted ? [t.key] : [])));

/**
 * What the model read from each place of the document: every string field of every record that
 * names its line (amounts, subjects, labels, indicators …), as "field=value" lines, by page:line.
 */
function readings(model: Disclosure): Map<string, string> {
  const found = new Map<string, string[]>();
  const walk = (value: unknown, path: string, at: string | undefined): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`, at));
    if (value === null || typeof value !== "object") {
      if (at !== undefined && path !== "" && !/\.(line|page)$/.test(path)) found.set(at, [...(found.get(at) ?? []), `${path.replace(/\[\d+\]/g, "[]")}=${String(value)}`]);
      return;
    }
    const record = value as Record<string, unknown>;
    const here = typeof record.line === "number" ? `${record.page ?? 0}:${record.line}` : at;
    for (const [key, child] of Object.entries(record)) walk(child, typeof record.line === "number" ? key : `${path}.${key}`, here);
  };
  // the text (narrative) keeps what each line says as printed, a cell lost with it: no figure is placed there
  walk({ ...model, checks: [], source: {}, narrative: [] }, "", undefined);
  return new Map([...found].map(([at, fields]) => [at, fields.sort().join("\n")]));
}

beforeAll(async () => {
  for (const file of FILES) {
    const bytes = readFileSync(file);
    const doc = await readPdf(bytes, file);
    const model = parseDocument(doc, bytes, file);
    docs.set(file, { doc, bytes, reference: readings(model), printed: printedTables(model) });
  }
}, 120_000);

type Mutation = "cell-added" | "empty-lost" | "merged" | "leading-lost";
const MUTATIONS: readonly Mutation[] = ["cell-added", "empty-lost", "merged", "leading-lost"];

/**
 * The row as a copy or a layout may give it: an empty cell added at `at`; an empty cell lost; the
 * cells at `at` and after it run together (a separator lost); the leading empty cells lost. Text
 * never vanishes: a copy loses separators, not words.
 */
function mutateRow(line: DocLine, mutation: Mutation, at: number): DocLine | undefined {
  const cells = [...line.cells];
  if (mutation === "cell-added") cells.splice(at % (cells.length + 1), 0, "");
  else if (mutation === "empty-lost") {
    const empty = cells.flatMap((cell, i) => (cell === "" ? [i] : []));
    if (empty.length === 0) return undefined;
    cells.splice(empty[at % empty.length]!, 1);
  } else if (mutation === "merged") {
    if (cells.length < 2) return undefined;
    const i = at % (cells.length - 1);
    cells.splice(i, 2, `${cells[i]}${cells[i + 1]}`);
  } else {
    const first = cells.findIndex((c) => c !== "");
    if (first <= 0) return undefined;
    cells.splice(0, first);
  }
  return { ...line, cells };
}

/** A mutant of one row, parsed: refused, read as the document, or what it changed (a silent misread). */
function judge(file: string, index: number, mutated: DocLine): "refused" | "same" | string {
  const { doc, bytes, reference, printed } = docs.get(file)!;
  const lines = [...doc.lines];
  lines[index] = mutated;
  let model: Disclosure;
  try {
    model = parseDocument({ ...doc, lines }, bytes, file);
  } catch (error) {
    // refused: nothing was read wrongly (where the refusal stands is the text properties' business)
    if (!(error instanceof ParseFailure)) throw error;
    return "refused";
  }
  // a table kept as printed that the document's own reading reads says why and where: it is reported, as a refusal is
  if ([...printedTables(model)].some((key) => !printed.has(key))) return "refused";
  const read = readings(model);
  for (const where of new Set([...reference.keys(), ...read.keys()])) {
    if (read.get(where) !== reference.get(where)) return `what ${where} reads changed:\n${reference.get(where)}\n→\n${read.get(where)}`;
  }
  return "same";
}

describe.each(FILES)("rows of %s with a cell added, lost or run together", (file) => {
  it("are read as before, or refused; no figure moves", () => {
    const { doc } = docs.get(file)!;
    // rows of several cells: the table rows, where a cell can move
    const rows = doc.lines.map((line, index) => ({ line, index })).filter(({ line }) => line.cells.length > 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rows.length - 1 }), fc.constantFrom(...MUTATIONS), fc.nat(), (pick, mutation, at) => {
        const { line, index } = rows[pick]!;
        const mutated = mutateRow(line, mutation, at);
        fc.pre(mutated !== undefined);
        expect(judge(file, index, mutated!), `${mutation} at ${line.page}:${line.line} (${line.cells.join(" | ")})`).toMatch(/^(refused|same)$/);
      }),
      // FC_RUNS=2000 (and FC_SEED) explore at volume, outside npm test
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});

// Found by the properties above: each was read without a word, its figures in other fields.
describe("rows the properties found misread, now refused", () => {
  const place = (file: string, page: number, line: number) => docs.get(file)!.doc.lines.findIndex((l) => l.page === page && l.line === line);
  const mutant = (file: string, page: number, line: number, cells: string[]) => judge(file, place(file, page, line), { line, page, cells });

  it("a 合计 row that lost an amount: aligned right, 22,118,861.34 would have stood under 人员经费", () => {
    expect(mutant(FILES[0]!, 19, 16, ["合计", "", "", "20,272,981.00", "1,845,880.34"])).toBe("refused");
  });

  it("a header line a cell short: its group labels would have stood over other columns", () => {
    expect(mutant(FILES[0]!, 16, 3, ["项目", "", "", "政府性基金预算支出", "", ""])).toBe("refused");
  });

  it("a form's row a cell wider: its 项目总目标 and 年度总体目标 would have been read from empty columns (the form is kept as printed, saying why)", () => {
    expect(mutant(FILES[1]!, 31, 10, ["", "项目绩效目标", "项目总目标", "", "", "", "年度总体目标", "", ""])).toBe("refused");
  });
});
