/** npm run bench, whole builds: `npm run build` of n disclosures, its steps' times, CPU and memory. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../../src/lib/files.ts";
import type { StepReport } from "../build.ts";
import { synthesize } from "../lib/synth.ts";
import { progress, round, runSampled } from "./measure.ts";

export interface BesideResult {
  step: string;
  beside: string;
  seconds: number;
  peakMB: number;
  cpuSeconds: number;
  /** what the step said it did (predeflate: files deflated ahead, and left to the archive step) */
  note: string;
}

export interface BuildResult {
  disclosures: number;
  pages: number;
  seconds: number;
  /** by step, in order: seconds, peak MB and CPU seconds */
  steps: Record<string, number>;
  stepPeakMemoryMB: Record<string, number>;
  stepCpuSeconds: Record<string, number>;
  cpuSeconds: number;
  /** what ran beside a step: the downloads and predeflate beside astro build */
  beside: BesideResult[];
  pagesPerSecond: number;
  astroMsPerPage: number;
  /** every process of the build at once, sampled (runSampled) */
  peakMemoryMB: number;
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
  const reports = JSON.parse(readFileSync(join(dir, "steps.json"), "utf-8")) as StepReport[];
  const beside = reports.flatMap((r) =>
    r.beside ? [{ step: r.step, beside: r.beside, seconds: round(r.seconds), peakMB: round(r.peakMB ?? 0), cpuSeconds: round(r.cpuSeconds ?? 0), note: r.step.includes("predeflate") ? (/^predeflate: .*$/m.exec(run.output)?.[0] ?? "") : "" }] : [],
  );
  const steps: Record<string, number> = {};
  const peaks: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  for (const r of reports.filter((r) => !r.beside)) {
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
    cpuSeconds: round([...Object.values(cpu), ...beside.map((x) => x.cpuSeconds)].reduce((sum, x) => sum + x, 0)),
    beside,
    pagesPerSecond: round(pages / seconds),
    astroMsPerPage: round(((steps["astro build"] ?? seconds) * 1000) / pages, 2),
    peakMemoryMB: run.peakMB,
    outputMB: round(all.reduce((sum, f) => sum + statSync(join(out, f)).size, 0) / 1e6),
  };
  progress(`build: ${n} → ${pages} pages in ${result.seconds} s, peak ${result.peakMemoryMB} MB`);
  return result;
}

/** How cost grows: the marginal disclosure, from the two largest builds (a straight line through them). */
export function growth(builds: readonly BuildResult[]): string {
  const [a, b] = builds.slice(-2);
  if (!a || !b || b.disclosures <= a.disclosures) return "needs two builds of different sizes (BENCH_SIZES).";
  const slope = (x: number, y: number) => (y - x) / (b.disclosures - a.disclosures);
  const perStep = Object.keys(b.steps).map((step) => `${step} ${round(slope(a.steps[step] ?? 0, b.steps[step] ?? 0), 2)} s`).join(", ");
  const astroMB = (r: BuildResult) => r.stepPeakMemoryMB["astro build"] ?? 0;
  const mbPer = slope(astroMB(a), astroMB(b));
  const at = (n: number) => ({ minutes: round((b.seconds + slope(a.seconds, b.seconds) * (n - b.disclosures)) / 60), gb: round((astroMB(b) + mbPer * (n - b.disclosures)) / 1024) });
  const limit = (mb: number) => Math.floor(b.disclosures + (mb - astroMB(b)) / mbPer);
  return `from the builds of ${a.disclosures} and ${b.disclosures} disclosures, each further disclosure adds ${round(slope(a.seconds, b.seconds), 2)} s (${perStep}) and ${round(mbPer)} MB to Astro's peak memory. On that line one build of 1,000 disclosures would take about ${at(1000).minutes} min, but Astro would need about ${at(1000).gb} GB: Astro stays under 2 GB up to about ${limit(2048)} disclosures and under 4 GB up to about ${limit(4096)}, so a larger year is built in batches of that size.`;
}
