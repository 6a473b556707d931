/**
 * npm run bench, whole builds: `npm run build` of n disclosures, its steps' times, CPU and memory;
 * and the same build again, with nothing changed and with one disclosure added.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../../src/lib/files.ts";
import type { StepReport } from "../build.ts";
import { synthesize } from "../lib/synth.ts";
import { progress, round, runSampled } from "./measure.ts";

export interface BuildResult {
  disclosures: number;
  pages: number;
  seconds: number;
  /** by step, in order: seconds, peak MB and CPU seconds */
  steps: Record<string, number>;
  stepPeakMemoryMB: Record<string, number>;
  stepCpuSeconds: Record<string, number>;
  cpuSeconds: number;
  pagesPerSecond: number;
  astroMsPerPage: number;
  /** every process of the build at once, sampled (runSampled) */
  peakMemoryMB: number;
  /** the largest of any one process (GNU time), and which */
  processPeakMB: number;
  processPeakStep: string;
  /** the units the corpus was built in */
  units: number;
  outputMB: number;
}

/** Where the build of n is written, and kept for the jobs that measure it. */
export const outOf = (work: string, n: number) => join(work, `build-${n}`, "dist");

/** Seeds for a build of n: the real seed alone for 1, synthetic disclosures otherwise. */
function writeSeeds(seeds: string, n: number, seedPath: string, seedText: string): void {
  mkdirSync(seeds, { recursive: true });
  if (n === 1) {
    writeFileSync(join(seeds, "000_a305166288aaf593.txt"), seedText);
    writeFileSync(join(seeds, "000_a305166288aaf593.meta.json"), readFileSync(seedPath.replace(/\.txt$/, ".meta.json")));
  } else for (let i = 0; i < n; i++) writeFileSync(join(seeds, `${i}.txt`), synthesize(seedText, i, 11).text);
}

export async function benchBuild(n: number, work: string, seedPath: string, seedText: string): Promise<BuildResult> {
  const dir = join(work, `build-${n}`);
  const seeds = join(dir, "seeds");
  writeSeeds(seeds, n, seedPath, seedText);
  progress(`build: ${n} disclosure(s)…`);
  const out = outOf(work, n);
  const started = performance.now();
  const run = await runSampled(process.execPath, ["scripts/build.ts"], { ...process.env, SEEDS_DIR: seeds, OUT: out, CONTENT_DIR: join(dir, "content"), BUILD_MEMORY: "1", BUILD_REPORT: join(dir, "steps.json") });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build of ${n} failed:\n${run.output.slice(-3000)}`);
  const reports = (JSON.parse(readFileSync(join(dir, "steps.json"), "utf-8")) as StepReport[]).map((r) => ({ ...r, step: stepName(r.step) }));
  const largestProcess = reports.reduce((a, b) => ((b.peakMB ?? 0) > (a.peakMB ?? 0) ? b : a));
  const steps: Record<string, number> = {};
  const peaks: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  for (const r of reports) {
    steps[r.step] = round((steps[r.step] ?? 0) + r.seconds);
    peaks[r.step] = Math.max(peaks[r.step] ?? 0, round(r.peakMB ?? 0));
    cpu[r.step] = round((cpu[r.step] ?? 0) + (r.cpuSeconds ?? 0));
  }
  const all = filesUnder(out);
  const pages = all.filter((f) => f.endsWith(".html")).length;
  const result: BuildResult = {
    disclosures: n,
    pages,
    seconds: round(seconds),
    steps,
    stepPeakMemoryMB: peaks,
    stepCpuSeconds: cpu,
    cpuSeconds: round(Object.values(cpu).reduce((sum, x) => sum + x, 0)),
    pagesPerSecond: round(pages / seconds),
    astroMsPerPage: round((((steps["astro build (shards)"] ?? 0) + (steps["astro build (merge)"] ?? 0) || seconds) * 1000) / pages, 2),
    peakMemoryMB: run.peakMB,
    processPeakMB: round(largestProcess.peakMB ?? 0),
    processPeakStep: largestProcess.step,
    units: Number(/（(\d+) 个分片）/.exec(run.output)?.[1] ?? 0),
    outputMB: round(all.reduce((sum, f) => sum + statSync(join(out, f)).size, 0) / 1e6),
  };
  progress(`build: ${n} → ${pages} pages in ${result.seconds} s, peak ${result.peakMemoryMB} MB, of one process ${result.processPeakMB} MB (${result.processPeakStep})`);
  return result;
}

/** A step's name as the report sums it: each unit's steps together ("astro build (shards)"). */
const stepName = (step: string) => step.replace(/ \(shard .*\)$/, " (shards)");

export interface RebuildResult {
  disclosures: number;
  /** `npm run build` again, nothing changed */
  unchangedSeconds: number;
  /** `npm run build` after one more disclosure is added to the seeds */
  addedSeconds: number;
  /** where the time of that rebuild went: each step's seconds (steps of the merge run side by side) */
  addedSteps: Record<string, number>;
  /** what the build said it kept and rebuilt */
  addedSummary: string;
}

/** The build of n (made by benchBuild) run again: with nothing changed, then with one disclosure more. Leaves the build of n + 1. */
export async function benchRebuild(n: number, work: string, seedText: string): Promise<RebuildResult> {
  const dir = join(work, `build-${n}`);
  const env = { ...process.env, SEEDS_DIR: join(dir, "seeds"), OUT: outOf(work, n), CONTENT_DIR: join(dir, "content"), BUILD_REPORT: join(dir, "rebuild.json") };
  const timed = async (what: string) => {
    progress(`rebuild of ${n}: ${what}…`);
    const started = performance.now();
    const run = await runSampled(process.execPath, ["scripts/build.ts"], env);
    if (run.status !== 0) throw new Error(`rebuild of ${n} (${what}) failed:\n${run.output.slice(-3000)}`);
    return { seconds: round((performance.now() - started) / 1000), output: run.output };
  };
  const unchanged = await timed("nothing changed");
  writeFileSync(join(dir, "seeds", `${n}.txt`), synthesize(seedText, n, 11).text);
  const added = await timed("one disclosure added");
  const steps: Record<string, number> = {};
  for (const r of JSON.parse(readFileSync(join(dir, "rebuild.json"), "utf-8")) as StepReport[]) steps[stepName(r.step)] = round((steps[stepName(r.step)] ?? 0) + r.seconds);
  const said = added.output.split("\n").filter((line) => /^(content:|build: (\d+ 个分片未变|分片 ))/.test(line));
  progress(`rebuild of ${n}: unchanged ${unchanged.seconds} s, one added ${added.seconds} s`);
  return { disclosures: n, unchangedSeconds: unchanged.seconds, addedSeconds: added.seconds, addedSteps: steps, addedSummary: said.join("；") };
}

/**
 * How cost grows: the marginal disclosure, from the two largest builds (a straight line through
 * them). A unit's processes grow with the unit, not the corpus; the merge's Astro (digests) and its
 * search bundles (a year's index) grow with the corpus.
 */
export function growth(builds: readonly BuildResult[]): string {
  const [a, b] = builds.slice(-2);
  if (!a || !b || b.disclosures <= a.disclosures) return "needs two builds of different sizes (BENCH_SIZES).";
  const slope = (x: number, y: number) => (y - x) / (b.disclosures - a.disclosures);
  const perStep = Object.keys(b.steps).map((step) => `${step} ${round(slope(a.steps[step] ?? 0, b.steps[step] ?? 0), 3)} s`).join(", ");
  const grows = (step: string) => {
    const per = slope(a.stepPeakMemoryMB[step] ?? 0, b.stepPeakMemoryMB[step] ?? 0);
    const limit = per > 0 ? `, under 2 GB up to about ${Math.floor(b.disclosures + (2048 - (b.stepPeakMemoryMB[step] ?? 0)) / per).toLocaleString("en-US")} disclosures` : "";
    return `${step} ${round(per, 2)} MB${limit}`;
  };
  return `from the builds of ${a.disclosures} and ${b.disclosures} disclosures, each further disclosure adds ${round(slope(a.seconds, b.seconds), 3)} s of wall time (step seconds, units' side by side summed: ${perStep}). Memory per further disclosure, of the processes that grow with the corpus: ${grows("astro build (merge)")}; ${grows("search (bundles)")} (one year's index: it grows with the largest year).`;
}
