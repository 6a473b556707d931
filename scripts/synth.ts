/**
 * npm run synth -- <count> [--seed N] [--out DIR]: writes <count> synthetic disclosures, each
 * with its .meta.json slug, into DIR (default synth/). Deterministic for the same seed number.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../src/lib/synth/synth.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? "10");
const seed = Number(option("--seed", "1"));
const out = option("--out", "synth");
const template = readFileSync("seeds/000_a305166288aaf593.txt", "utf-8");
mkdirSync(out, { recursive: true });
let bytes = 0;
for (let i = 0; i < count; i++) {
  const d = synthesize(template, i, seed);
  writeFileSync(join(out, `${d.name}.txt`), d.text);
  writeFileSync(join(out, `${d.name}.meta.json`), `${JSON.stringify({ slug: d.slug })}\n`);
  bytes += Buffer.byteLength(d.text);
}
console.log(`synth: ${count} disclosures, ${(bytes / 1e6).toFixed(1)} MB → ${out}/`);
