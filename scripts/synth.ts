/**
 * npm run synth -- [count] [--seed N] [--out DIR]: writes `count` (default 10) synthetic
 * disclosures of made-up departments, each with its .meta.json slug, into DIR (default synth/).
 * Deterministic for the same seed number.
 *
 * npm run synth -- --series [--out DIR]: writes the seed's own department in earlier years
 * (SERIES in scripts/lib/synth.ts: projects added, dropped, re-costed, targets changed), under
 * the seed's slug, so that a build with the seeds shows a department over three years.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { synthesize, synthesizeSeries, type Synthetic } from "./lib/synth.ts";

const SEED = "seeds/000_a305166288aaf593";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string", default: "1" }, out: { type: "string", default: "synth" }, series: { type: "boolean", default: false } },
});
const count = Number(positionals[0] ?? "10");
if (!Number.isInteger(count) || count < 0 || !/^\d+$/.test(values.seed)) {
  console.error("usage: npm run synth -- [count] [--seed N] [--out DIR] | --series [--out DIR]");
  process.exit(2);
}
const template = readFileSync(`${SEED}.txt`, "utf-8");
const disclosures: Synthetic[] = values.series
  ? synthesizeSeries(template, JSON.parse(readFileSync(`${SEED}.meta.json`, "utf-8")).slug)
  : Array.from({ length: count }, (_, i) => synthesize(template, i, Number(values.seed)));
mkdirSync(values.out, { recursive: true });
let bytes = 0;
for (const d of disclosures) {
  writeFileSync(join(values.out, `${d.name}.txt`), d.text);
  writeFileSync(join(values.out, `${d.name}.meta.json`), `${JSON.stringify({ slug: d.slug })}\n`);
  bytes += Buffer.byteLength(d.text);
}
console.log(`synth: ${disclosures.length} disclosures, ${(bytes / 1e6).toFixed(1)} MB → ${values.out}/`);
