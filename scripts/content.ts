/**
 * The content step: every source in seeds/ (or $SEEDS_DIR) → content/disclosures/<name>.json (or
 * $CONTENT_DIR/<name>.json). All or nothing: the files are written to a temporary folder that
 * replaces the old one only when every disclosure parsed, so a failed run leaves the last good
 * content in place. Two files that claim the same department, year, kind and scope are refused.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { CONTENT_DIR, SEEDS_DIR } from "../src/lib/content.ts";
import { kindName } from "../src/lib/disclosure/schema.ts";
import { ParseError, ParseFailure, parseFile, SOURCE_EXTENSIONS } from "../src/lib/parse/index.ts";
import { baseOf } from "../src/lib/site/paths.ts";

const target = CONTENT_DIR;

const files = readdirSync(SEEDS_DIR)
  .filter((name) => (SOURCE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()))
  .sort()
  .map((name) => join(SEEDS_DIR, name));
if (files.length === 0) {
  console.error(`${SEEDS_DIR}: 没有可读取的公开（${SOURCE_EXTENSIONS.join("、")}）`);
  process.exit(1);
}

// Each model is written as soon as it is parsed, so memory does not grow with the number of seeds.
const temporary = `${target}.tmp-${process.pid}`;
const previous = `${target}.old-${process.pid}`;
mkdirSync(temporary, { recursive: true });
const claimed = new Map<string, string>();
let written = 0;
let failed = false;
for (const file of files) {
  try {
    const model = await parseFile(file);
    // the key of a disclosure is where its pages live: one department, year, kind and scope
    const key = baseOf(model);
    const first = claimed.get(key);
    if (first !== undefined) {
      throw new ParseFailure([new ParseError(file, { line: 1 }, "duplicate-disclosure", `与 ${first} 是同一份公开（${model.slug}，${model.year}年${kindName(model)}）；每个部门每年每类只能有一个文件`)]);
    }
    claimed.set(key, file);
    writeFileSync(join(temporary, `${file.slice(SEEDS_DIR.length + 1).replace(/\.[^.]+$/, "")}.json`), `${JSON.stringify(model, null, 2)}\n`);
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
  console.error(`content: 未写入任何文件；${target} 保持不变`);
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
