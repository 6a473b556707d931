/**
 * npm run bench: how fast, how big, and how it grows, measured on this machine. Prints progress,
 * then writes BENCHMARKS.json and BENCHMARKS.md. BENCH_SIZES=1,10 limits the builds measured.
 * Each job is a module of scripts/bench/; this runs them in order and reports.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { bareAstroMsPerPage, ownPagesBareMsPerPage } from "./bench/bare.ts";
import { benchBuild, benchRebuild, growth, outOf, type BuildResult } from "./bench/builds.ts";
import { progress, round } from "./bench/measure.ts";
import { benchParse } from "./bench/parse.ts";
import { benchPdf } from "./bench/pdf.ts";
import { markdown, targets, type BenchResults } from "./bench/report.ts";
import { firstQueries, offlineIndex } from "./bench/search.ts";
import { pageWeight } from "./bench/weight.ts";

const SEED = "seeds/000_a305166288aaf593.txt";
// the build of one disclosure is always made: the page weights are measured on it
const sizes = [...new Set([1, ...(process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number)])].sort((a, b) => a - b);
const work = mkdtempSync(join(tmpdir(), "mingzhang-bench-"));
const seedBytes = readFileSync(SEED);

// the builds take 15 GB: removed however the run ends, interrupted included
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
process.on("SIGINT", () => process.exit(130));

const parse = benchParse(SEED, seedBytes);
const pdf = benchPdf();
const builds: BuildResult[] = [];
for (const n of sizes) builds.push(await benchBuild(n, work, SEED, seedBytes.toString("utf-8")));
// the pages, the search and the yardsticks are measured on the 100-disclosure build (the largest
// where there is none): the targets are set on it, and a bare build of the 1,000's pages is as long as the build
const measured = builds.find((b) => b.disclosures === 100) ?? builds.at(-1)!;
const site = outOf(work, measured.disclosures);
const bare = bareAstroMsPerPage(work, measured.pages);
const ownPagesBare = ownPagesBareMsPerPage(work, site);
const queries = await firstQueries(site);
const index = offlineIndex(site);
// last: it leaves the build of 100 with a disclosure more
const rebuild = sizes.includes(100) ? await benchRebuild(100, work, seedBytes.toString("utf-8")) : undefined;

const results: BenchResults = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30), node: process.version },
  parse,
  pdf,
  builds,
  ...(rebuild ? { rebuild } : {}),
  bareAstroMsPerPage: bare,
  ownPagesBareMsPerPage: ownPagesBare,
  pageWeight: pageWeight(outOf(work, 1), "2026/bj-zwfw-sjglj"),
  firstQuery: queries[0]!,
  firstQueries: queries,
  offlineIndex: index,
  growth: growth(builds),
};
writeFileSync("BENCHMARKS.json", `${JSON.stringify({ ...results, targets: targets(results) }, null, 2)}\n`);
const md = markdown(results);
writeFileSync("BENCHMARKS.md", md);
progress("written: BENCHMARKS.json, BENCHMARKS.md");
console.log(md);
