import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Disclosure } from "../src/lib/disclosure/schema.ts";
import type { Role, TableKey } from "../src/lib/disclosure/tables.ts";
import { TableContext } from "../src/lib/parse/context.ts";
import { Diagnostics, ParseFailure } from "../src/lib/parse/errors.ts";
import { parseFile, parseText, readTable } from "../src/lib/parse/index.ts";
import { splitSections } from "../src/lib/parse/sections.ts";
import { readText } from "../src/lib/source/text.ts";
import { beijing } from "../src/lib/templates/beijing.ts";
import type { Template } from "../src/lib/templates/types.ts";

export const SEED = "seeds/000_a305166288aaf593.txt";

export function fixture(name: string): string {
  return readFileSync(join("tests", "fixtures", name), "utf-8");
}

/**
 * One table read from a small fixture that holds only that table, as its template defines it: by its
 * key, or (for a template that numbers its tables as printed) by its role. The other tables' absence
 * is not this test's business, so missing-table errors are left out.
 */
export function readFixture(name: string, key: TableKey | Role, template: Template = beijing) {
  const file = `tests/fixtures/${name}`;
  const doc = readText(readFileSync(file), file);
  const diagnostics = new Diagnostics(file);
  // a template that numbers its tables as printed keys a fixture's one table t01: it is found by its printed number (预算03表 is t03)
  const printedKey = (label: string) => /\d{1,2}/.exec(label)?.[0]?.padStart(2, "0");
  const section = splitSections(doc.lines, template, diagnostics).tables.find((s) => s.key === key || s.def.role === key || `t${printedKey(s.label)}` === key);
  if (!section) throw new Error(`${file} has no ${key}`);
  const read = readTable(new TableContext(section, diagnostics));
  const errors = diagnostics.errors.filter((error) => error.code !== "missing-table").map((error) => error.message);
  return { ...read, errors };
}

const files = new Map<string, Promise<Disclosure>>();

/** A file's model, parsed once for every test of a test file that asks for it (a PDF takes a while). */
export function parsedFile(path: string): Promise<Disclosure> {
  let d = files.get(path);
  if (!d) files.set(path, (d = parseFile(path)));
  return d;
}

/** A value a test needs, or a failure naming what was missing. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

let seedModel: Disclosure | undefined;

/** The real seed, parsed once for every test of a file that asks for it. */
export function seed(): Disclosure {
  return (seedModel ??= parseText(readFileSync(SEED), SEED));
}

/** The seed's lines, to mutate. */
export const seedLines = (): string[] => readFileSync(SEED, "utf-8").split("\n");

/** The seed with its first project's row short of a cell in its middle (its 财政资金), and that row's index. */
export function seedWithShortProjectRow(): { lines: string[]; row: number } {
  const lines = seedLines();
  const row = lines.findIndex((line) => /^\d{8}[A-Z]\d{12}-/.test(line));
  const cells = (lines[row] ?? "").split("\t");
  cells.splice(2, 1);
  lines[row] = cells.join("\t");
  return { lines, row };
}

/** The messages a text fails to parse with; [] when it parses. */
export function failures(text: string, file = "x.txt"): string[] {
  try {
    parseText(Buffer.from(text, "utf-8"), file);
  } catch (error) {
    if (error instanceof ParseFailure) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs one of scripts/*.ts as a user would, with this Node (22 strips the types), from any working directory. */
export function runScript(script: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [resolve("scripts", script), ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    encoding: "utf-8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the seed with some lines replaced (1-based line → new text, or null to delete). */
export function mutatedSeed(dir: string, name: string, edits: Record<number, string | null>): string {
  const lines = readFileSync(SEED, "utf-8").split("\n");
  const kept = lines.flatMap((text, index) => {
    const edit = edits[index + 1];
    return edit === undefined ? [text] : edit === null ? [] : [edit];
  });
  const path = join(dir, name);
  writeFileSync(path, kept.join("\n"));
  return path;
}
