import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TableKey } from "../src/lib/disclosure/tables.ts";
import { TableContext } from "../src/lib/parse/context.ts";
import { Diagnostics } from "../src/lib/parse/errors.ts";
import { splitSections, type Section } from "../src/lib/parse/sections.ts";

export const SEED = "seeds/000_a305166288aaf593.txt";

export function fixture(name: string): string {
  return readFileSync(join("tests", "fixtures", name), "utf-8");
}

/**
 * One table read from a small fixture that holds only that table. The other tables' absence is
 * not this test's business, so missing-table errors are left out of `errors`.
 */
export function readFixture<T>(name: string, key: TableKey, read: (ctx: TableContext) => T) {
  const lines = fixture(name)
    .split("\n")
    .map((text, index) => ({ number: index + 1, text }));
  const diagnostics = new Diagnostics(`tests/fixtures/${name}`);
  const section = splitSections(lines, diagnostics).get(key) as Section;
  const result = read(new TableContext(section, diagnostics));
  const errors = diagnostics.errors.filter((error) => error.code !== "missing-table").map((error) => error.message);
  return { result, errors };
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
