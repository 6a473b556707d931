/**
 * The content step: every seeds/*.txt (or $SEEDS_DIR/*.txt) → content/disclosures/<name>.json
 * (or $CONTENT_DIR/<name>.json).
 * All or nothing: the files are written to a temporary folder that replaces the old one only
 * when every disclosure parsed, so a failed run leaves the last good content in place.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { CONTENT_DIR } from "../src/lib/content.ts";
import { ParseFailure, parseFile } from "../src/lib/parse/index.ts";

const seeds = process.env.SEEDS_DIR ?? "seeds";
const target = CONTENT_DIR;

const files = readdirSync(seeds)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => join(seeds, name));
if (files.length === 0) {
  console.error(`${seeds}: no *.txt disclosures found`);
  process.exit(1);
}

// Each model is written as soon as it is parsed, so memory does not grow with the number of seeds.
const temporary = `${target}.tmp-${process.pid}`;
const previous = `${target}.old-${process.pid}`;
mkdirSync(temporary, { recursive: true });
let written = 0;
let failed = false;
for (const file of files) {
  try {
    const model = parseFile(file);
    writeFileSync(join(temporary, `${basename(file, ".txt")}.json`), `${JSON.stringify(model, null, 2)}\n`);
    written++;
  } catch (error) {
    if (!(error instanceof ParseFailure)) {
      rmSync(temporary, { recursive: true, force: true });
      throw error;
    }
    console.error(error.message);
    failed = true;
  }
}
if (failed) {
  rmSync(temporary, { recursive: true, force: true });
  console.error(`content: nothing written; ${target} is unchanged`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
try {
  renameSync(target, previous);
} catch {
  // first run: nothing to keep aside
}
renameSync(temporary, target);
rmSync(previous, { recursive: true, force: true });
console.log(`content: ${written} disclosure(s) → ${target}/`);
