/** npm run bench's results: their shape, the targets they are held to, and BENCHMARKS.md. */
import { readFileSync } from "node:fs";
import type { BuildResult, RebuildResult } from "./builds.ts";
import { round } from "./measure.ts";
import type { ParseResult } from "./parse.ts";
import type { PdfResult } from "./pdf.ts";
import type { OfflineIndex, Transfer } from "./search.ts";
import type { PageWeight } from "./weight.ts";

export interface BenchResults {
  machine: { cpus: number; cpu: string | undefined; memoryGB: number; node: string };
  parse: ParseResult;
  pdf: PdfResult;
  builds: BuildResult[];
  /** the 100-disclosure build again: nothing changed, one disclosure added */
  rebuild?: RebuildResult;
  /** a bare Astro page, as many as the 100-disclosure build has (or the largest, without one) */
  bareAstroMsPerPage: number;
  /** the largest build's own pages, each written by a bare Astro page that reads it back */
  ownPagesBareMsPerPage: number;
  pageWeight: Record<string, PageWeight>;
  /** the first query of search.ts's list, and all of them */
  firstQuery: Transfer;
  firstQueries: Transfer[];
  offlineIndex: OfflineIndex;
  growth: string;
}

interface Target {
  target: (r: BenchResults) => string;
  measured: (r: BenchResults) => string;
  met: (r: BenchResults) => boolean;
}

const largest = (r: BenchResults) => r.builds.at(-1);
const ofSize = (r: BenchResults, n: number) => r.builds.find((b) => b.disclosures === n);
const notMeasured = "not measured (BENCH_SIZES)";
/** The peak of every process of the 100-disclosure build at once before it was built in shards (BENCHMARKS.md of 0925d85). */
const PEAK_BEFORE_SHARDS_MB = 1810.4;
const msPerPage = (b: BuildResult) => round((b.seconds * 1000) / b.pages, 2);

/** Each target, what is measured against it, and whether it is met. */
const TARGETS: Target[] = [
  { target: () => "parse ≥ 40 MB/s (synthetic corpus)", measured: (r) => `${r.parse.corpus.mbPerSecond} MB/s`, met: (r) => r.parse.corpus.mbPerSecond >= 40 },
  {
    target: () => "PDF: parse ≥ 50 pages/s, peak < 1 GB (seeds/*.pdf)",
    measured: (r) => `${r.pdf.parsePagesPerSecond} pages/s (reading alone ${r.pdf.readPagesPerSecond}), ${r.pdf.peakMemoryMB} MB`,
    met: (r) => r.pdf.parsePagesPerSecond >= 50 && r.pdf.peakMemoryMB < 1024,
  },
  {
    target: () => "1,000 synthetic disclosures built, no single process above 2 GB",
    measured: (r) => {
      const b = ofSize(r, 1000);
      return b ? `${b.processPeakMB} MB at most (${b.processPeakStep}); ${b.seconds} s wall time, ${b.units} units, ${b.pages.toLocaleString("en-US")} pages` : notMeasured;
    },
    met: (r) => (ofSize(r, 1000)?.processPeakMB ?? Infinity) <= 2048,
  },
  {
    target: () => "100 disclosures rebuilt with nothing changed ≤ 10 s",
    measured: (r) => (r.rebuild ? `${r.rebuild.unchangedSeconds} s` : notMeasured),
    met: (r) => (r.rebuild?.unchangedSeconds ?? Infinity) <= 10,
  },
  {
    target: () => "one disclosure added to 100, rebuilt ≤ 15 s",
    measured: (r) => (r.rebuild ? `${r.rebuild.addedSeconds} s` : notMeasured),
    met: (r) => (r.rebuild?.addedSeconds ?? Infinity) <= 15,
  },
  {
    target: () => "whole build per page ≤ 2× a bare Astro page (100 disclosures)",
    measured: (r) => {
      const b = ofSize(r, 100);
      return b ? `${msPerPage(b)} ms vs ${r.bareAstroMsPerPage} ms (${round(msPerPage(b) / r.bareAstroMsPerPage, 2)}×)` : notMeasured;
    },
    met: (r) => {
      const b = ofSize(r, 100);
      return b !== undefined && msPerPage(b) <= 2 * r.bareAstroMsPerPage;
    },
  },
  {
    target: () => `peak memory of the 100-disclosure build ≤ ${PEAK_BEFORE_SHARDS_MB} MB (before shards; all its processes at once)`,
    measured: (r) => (ofSize(r, 100) ? `${ofSize(r, 100)!.peakMemoryMB} MB` : notMeasured),
    met: (r) => (ofSize(r, 100)?.peakMemoryMB ?? Infinity) <= PEAK_BEFORE_SHARDS_MB,
  },
  {
    target: () => "project page ≤ 15 KB gzipped, no JavaScript",
    measured: (r) => `${r.pageWeight.project?.maxGzipKB} KB, ${r.pageWeight.project?.jsKB} KB JS`,
    met: (r) => (r.pageWeight.project?.maxGzipKB ?? Infinity) <= 15 && r.pageWeight.project?.jsKB === 0,
  },
  { target: (r) => `first search query ≤ 150 KB (on ${(ofSize(r, 100) ?? largest(r))?.disclosures} disclosures)`, measured: (r) => `${r.firstQuery.kb} KB`, met: (r) => r.firstQuery.kb <= 150 },
];

/** The targets as BENCHMARKS.json records them. */
export const targets = (r: BenchResults) => TARGETS.map((t) => ({ target: t.target(r), measured: t.measured(r), met: t.met(r) }));

const table = (head: string[], rows: (string | number)[][]) => [head, head.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
const kbByKind = (byKind: Record<string, number>, unit = "") =>
  Object.entries(byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${round(bytes / 1024)}${unit}`)
    .join(", ");

/** BENCHMARKS.md: scripts/bench-report.md with every {{slot}} filled from the results. */
export function markdown(r: BenchResults): string {
  const { parse, pdf } = r;
  const slots: Record<string, string> = {
    machine: `${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGB} GiB, Node ${r.machine.node}`,
    targets: table(["target", "measured", "met"], targets(r).map((t) => [t.target, t.measured, t.met ? "yes" : "**no**"])),
    parse: table(
      ["input", "size", "time", "throughput"],
      [
        ["the seed", `${(parse.seed.bytes / 1e3).toFixed(0)} KB`, `${parse.seed.medianMs} ms (median of 50, warm)`, `${parse.seed.mbPerSecond} MB/s`],
        [`${parse.corpus.disclosures} synthetic disclosures`, `${parse.corpus.megabytes} MB`, `${parse.corpus.seconds} s (median of ${parse.corpus.passes} passes; ${parse.corpus.medianMsPerDisclosure} ms each)`, `${parse.corpus.mbPerSecond} MB/s (passes ${parse.corpus.slowestPass}–${parse.corpus.fastestPass})`],
      ],
    ),
    pdf: `${pdf.files} PDFs in seeds/, ${pdf.pages} pages: read (text, rules, layout) at ${pdf.readPagesPerSecond} pages/s; parsed whole (read, tables, text, checks) at ${pdf.parsePagesPerSecond} pages/s; peak memory ${pdf.peakMemoryMB} MB (median of 3 passes).`,
    builds: table(
      ["disclosures", "units", "pages", "wall time", "CPU time", "pages/s", "ms/page", "peak memory", "of one process", "output", "steps: seconds, peak MB"],
      r.builds.map((b) => [
        b.disclosures,
        b.units,
        b.pages,
        `${b.seconds} s`,
        `${b.cpuSeconds} s`,
        b.pagesPerSecond,
        msPerPage(b),
        `${b.peakMemoryMB} MB`,
        `${b.processPeakMB} MB (${b.processPeakStep})`,
        `${b.outputMB} MB`,
        // the steps a process of their own runs are measured under GNU time; planning, linking and swapping are the build's own
        Object.entries(b.steps).map(([step, s]) => (b.stepPeakMemoryMB[step] ? `${step} ${s} s (CPU ${b.stepCpuSeconds[step]} s), ${b.stepPeakMemoryMB[step]} MB` : `${step} ${s} s`)).join("; "),
      ]),
    ),
    bare: String(r.bareAstroMsPerPage),
    ownPagesBare: String(r.ownPagesBareMsPerPage),
    astroMsPerPage: String((ofSize(r, 100) ?? largest(r))?.astroMsPerPage),
    rebuild: r.rebuild
      ? `The ${r.rebuild.disclosures}-disclosure build run again with nothing changed took ${r.rebuild.unchangedSeconds} s: the content step finds every source in its cache, the build finds the site's key unchanged and stops. ` +
        `With one synthetic disclosure added it took ${r.rebuild.addedSeconds} s; what it said: ${r.rebuild.addedSummary}. Where the time went (steps of the merge run beside the unit, so they add up to more than the wall time): ` +
        Object.entries(r.rebuild.addedSteps).map(([step, s]) => `${step} ${s} s`).join(", ") + "."
      : notMeasured,
    weight: table(["kind", "pages", "HTML (median)", "gzip (median)", "gzip (max)", "JavaScript"], Object.entries(r.pageWeight).map(([kind, w]) => [kind, w.pages, `${w.htmlKB} KB`, `${w.gzipKB} KB`, `${w.maxGzipKB} KB`, `${w.jsKB} KB`])),
    search: String(r.firstQuery.kb),
    searchDecoded: String(r.firstQuery.decodedKB),
    searchFiles: kbByKind(r.firstQuery.byKind, " KB"),
    queries: table(["query", "transferred", "decoded", "by file", "found"], r.firstQueries.map((q) => [q.query, `${q.kb} KB`, `${q.decodedKB} KB`, kbByKind(q.byKind), q.status])),
    offline: `${r.offlineIndex.parts} disclosures: ${r.offlineIndex.kb.min}–${r.offlineIndex.kb.max} KB each (median ${r.offlineIndex.kb.median} KB) as files, ${r.offlineIndex.zipKB.min}–${r.offlineIndex.zipKB.max} KB (median ${r.offlineIndex.zipKB.median} KB) deflated in the zips`,
    growth: r.growth,
  };
  return readFileSync("scripts/bench-report.md", "utf-8").replace(/\{\{(\w+)\}\}/g, (slot, name: string) => {
    if (!(name in slots)) throw new Error(`scripts/bench-report.md: no value for ${slot}`);
    return slots[name]!;
  });
}
