/**
 * Run by pdf.ts in a process of its own, so that its peak memory is its own: reads every PDF given
 * (text layer, rules and layout, then the whole parse), three passes, and prints the pages and the
 * median seconds of each as JSON.
 */
import { readFileSync } from "node:fs";
import { parseFile } from "../../src/lib/parse/index.ts";
import { readPdf } from "../../src/lib/source/pdf.ts";
import { median } from "./measure.ts";

const files = process.argv.slice(2);
const bytes = files.map((file) => readFileSync(file));
let pages = 0;
const read: number[] = [];
const parsed: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  let started = performance.now();
  pages = 0;
  for (const [i, data] of bytes.entries()) pages += (await readPdf(data, files[i] ?? "")).pages ?? 0;
  read.push((performance.now() - started) / 1000);
  started = performance.now();
  for (const file of files) await parseFile(file);
  parsed.push((performance.now() - started) / 1000);
}
console.log(JSON.stringify({ files: files.length, pages, readSeconds: median(read), parseSeconds: median(parsed) }));
