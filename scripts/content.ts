/**
 * The content step: every source in seeds/ (or $SEEDS_DIR) → content/disclosures/<name>.json (or
 * $CONTENT_DIR/<name>.json). Every file that reads is published; every file that does not is listed,
 * with where and why, in the output and in $CONTENT_DIR.refused.json (the site's page of
 * files not read). STRICT=1 fails on any (for CI). A disclosure published in two files (情况说明 and
 * 报表) is one disclosure. Two files that claim the same department, year, kind and scope: the
 * second is refused. The files are written to a temporary folder that replaces the old one at the
 * end, so a run that stops half way leaves the last content in place.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { CONTENT_DIR, SEEDS_DIR } from "../src/lib/content.ts";
import { kindName, type Disclosure } from "../src/lib/disclosure/schema.ts";
import { readManifest } from "../src/lib/parse/manifest.ts";
import { isTextOnly, joinText, pairTexts, type PairKey } from "../src/lib/parse/pair.ts";
import { SOURCE_EXTENSIONS } from "../src/lib/parse/index.ts";
import { describeRefusal, refusedFile, type Refusal } from "../src/lib/refused.ts";
import { baseOf } from "../src/lib/site/paths.ts";
import { inOrder } from "../src/lib/pool.ts";
import type { Read } from "../src/lib/parse/read-source.ts";
import { codeHash, ParseCache } from "./lib/parse-cache.ts";

const target = CONTENT_DIR;
const strict = process.env.STRICT === "1";

const files = readdirSync(SEEDS_DIR)
  .filter((name) => (SOURCE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()))
  .sort()
  .map((name) => join(SEEDS_DIR, name));
if (files.length === 0) {
  console.error(`${SEEDS_DIR}: 没有可读取的公开（${SOURCE_EXTENSIONS.join("、")}）`);
  process.exit(1);
}

// a source read before, by the same code, from the same bytes, is taken from the cache beside the
// content; the others are read on worker threads, one per core. Each reading is kept in the cache
// and only what pairing needs of it here: the models are read again, one at a time, as they are
// written, so that a corpus of thousands is never held at once.
const cache = new ParseCache(`${target}.cache`, codeHash());
const keys = files.map((file) => cache.key(file));
/** A source's reading, as this step holds it: its refusal, or which disclosure it is of. */
type Held = { refusal: Refusal } | { file: string; cacheKey: string; key: PairKey; textOnly: boolean; partOf?: string };
const hold = (i: number, result: Read): Held => {
  if ("refusal" in result) return { refusal: result.refusal };
  const { partOf } = readManifest(files[i]!);
  const { department, year, kind, scope } = result.model;
  return { file: files[i]!, cacheKey: keys[i]!, key: { department, year, kind, scope }, textOnly: isTextOnly(result.model), ...(partOf ? { partOf } : {}) };
};
const held: (Held | undefined)[] = keys.map((key, i) => {
  const result = cache.get(key);
  return result && hold(i, result);
});
const missing = files.flatMap((_, i) => (held[i] === undefined ? [i] : []));
await inOrder<string, Read>(new URL("../src/lib/parse/read-source.ts", import.meta.url), missing.map((i) => files[i]!), (result, n) => {
  const i = missing[n]!;
  held[i] = hold(i, result);
  cache.set(keys[i]!, result);
});
const refused: Refusal[] = [];
const read = held.flatMap((h) => {
  if (h && "refusal" in h) refused.push(h.refusal);
  return h && !("refusal" in h) ? [h] : [];
});

const { tables, unpaired } = pairTexts(read);
for (const text of unpaired) {
  refused.push({ file: basename(text.file), problems: [{ line: 1, reason: `只有文字（情况说明），没有表：应有同一部门（${text.key.department}）同一年（${text.key.year}年${kindName(text.key)}）的报表文件与它放在一起，或在 ${basename(text.file).replace(/\.[^.]+$/, "")}.meta.json 中以 "partOf" 写明报表的文件名` }], more: 0 });
}
/** A file's model, read again from the cache. */
const cached = ({ file, cacheKey }: (typeof read)[number]): Disclosure => {
  const result = cache.read(cacheKey);
  if (!result || "refusal" in result) throw new Error(`content: ${file} 的读取结果不在 ${cache.dir}/ 中`);
  return result.model;
};
/** A disclosure's model: its tables' file's, joined with its text's if it has one. */
const modelOf = ({ file, text }: (typeof tables)[number]): Disclosure => (text ? joinText(cached(file), cached(text)) : cached(file));

const temporary = `${target}.tmp-${process.pid}`;
const previous = `${target}.old-${process.pid}`;
mkdirSync(temporary, { recursive: true });
const claimed = new Map<string, string>();
let written = 0;
for (const disclosure of tables) {
  const file = disclosure.file.file;
  const model = modelOf(disclosure);
  // the key of a disclosure is where its pages live: one department, year, kind and scope
  const key = baseOf(model);
  const first = claimed.get(key);
  if (first !== undefined) {
    refused.push({ file: basename(file), problems: [{ line: 1, reason: `与 ${basename(first)} 是同一份公开（${model.slug}，${model.year}年${kindName(model)}）；每个部门每年每类只能有一个文件` }], more: 0 });
    continue;
  }
  claimed.set(key, file);
  writeFileSync(join(temporary, `${file.slice(SEEDS_DIR.length + 1).replace(/\.[^.]+$/, "")}.json`), `${JSON.stringify(model, null, 2)}\n`);
  written++;
}
refused.sort((a, b) => a.file.localeCompare(b.file));

for (const r of refused) for (const line of describeRefusal(r, SEEDS_DIR)) console.error(line);
if ((strict && refused.length > 0) || written === 0) {
  rmSync(temporary, { recursive: true, force: true });
  console.error(`content: ${written === 0 ? "没有一个文件读成" : `STRICT=1：${refused.length} 个文件未能读取`}；${target} 保持不变`);
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
// the list of files not read, beside the content it belongs to
writeFileSync(`${refusedFile(target)}.tmp-${process.pid}`, `${JSON.stringify(refused, null, 2)}\n`);
renameSync(`${refusedFile(target)}.tmp-${process.pid}`, refusedFile(target));
console.log(`content: ${written} 份预决算 → ${target}/${refused.length > 0 ? `；${refused.length} 个文件未能读取（见上，及网站的“未能读取的文件”页）` : ""}${cache.hits > 0 ? `；${cache.hits} 个文件未变，取自 ${cache.dir}/` : ""}`);
