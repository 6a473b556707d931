/** npm run bench's results: their shape, the targets they are held to, and BENCHMARKS.md. */
import { readFileSync } from "node:fs";
import type { BuildResult } from "./builds.ts";
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
const hundred = (r: BenchResults) => (largest(r)?.disclosures === 100 ? largest(r) : undefined);

/** Each target, what is measured against it, and whether it is met. */
const TARGETS: Target[] = [
  { target: () => "parse ≥ 40 MB/s (synthetic corpus)", measured: (r) => `${r.parse.corpus.mbPerSecond} MB/s`, met: (r) => r.parse.corpus.mbPerSecond >= 40 },
  {
    target: () => "PDF: parse ≥ 50 pages/s, peak < 1 GB (seeds/*.pdf)",
    measured: (r) => `${r.pdf.parsePagesPerSecond} pages/s (reading alone ${r.pdf.readPagesPerSecond}), ${r.pdf.peakMemoryMB} MB`,
    met: (r) => r.pdf.parsePagesPerSecond >= 50 && r.pdf.peakMemoryMB < 1024,
  },
  { target: () => "build of 100 disclosures ≤ 60 s", measured: (r) => (hundred(r) ? `${hundred(r)!.seconds} s` : "not measured (BENCH_SIZES)"), met: (r) => (hundred(r)?.seconds ?? Infinity) <= 60 },
  {
    target: () => "build of 100 disclosures ≤ 2 GB (all its processes at once)",
    measured: (r) => (hundred(r) ? `${hundred(r)!.peakMemoryMB} MB` : "not measured (BENCH_SIZES)"),
    met: (r) => (hundred(r)?.peakMemoryMB ?? Infinity) <= 2048,
  },
  {
    target: () => "astro cost per page ≤ 1.5× a bare page",
    measured: (r) => `${largest(r)?.astroMsPerPage} ms vs ${r.bareAstroMsPerPage} ms`,
    met: (r) => (largest(r)?.astroMsPerPage ?? Infinity) <= 1.5 * r.bareAstroMsPerPage,
  },
  {
    target: () => "project page ≤ 15 KB gzipped, no JavaScript",
    measured: (r) => `${r.pageWeight.project?.maxGzipKB} KB, ${r.pageWeight.project?.jsKB} KB JS`,
    met: (r) => (r.pageWeight.project?.maxGzipKB ?? Infinity) <= 15 && r.pageWeight.project?.jsKB === 0,
  },
  { target: (r) => `first search query ≤ 150 KB (on ${largest(r)?.disclosures} disclosures)`, measured: (r) => `${r.firstQuery.kb} KB`, met: (r) => r.firstQuery.kb <= 150 },
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
  const predeflate = largest(r)?.beside.find((b) => b.step.includes("predeflate"));
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
      ["disclosures", "pages", "wall time", "CPU time", "pages/s", "astro ms/page", "peak memory", "output", "steps: seconds, peak MB"],
      r.builds.map((b) => [
        b.disclosures,
        b.pages,
        `${b.seconds} s`,
        `${b.cpuSeconds} s`,
        b.pagesPerSecond,
        b.astroMsPerPage,
        `${b.peakMemoryMB} MB`,
        `${b.outputMB} MB`,
        [...Object.entries(b.steps).map(([step, s]) => `${step} ${s} s (CPU ${b.stepCpuSeconds[step]} s), ${b.stepPeakMemoryMB[step] ?? "?"} MB`), ...b.beside.map((x) => `beside ${x.beside}: ${x.step} (CPU ${x.cpuSeconds} s), ${x.peakMB} MB`)].join("; "),
      ]),
    ),
    bare: String(r.bareAstroMsPerPage),
    ownPagesBare: String(r.ownPagesBareMsPerPage),
    astroMsPerPage: String(largest(r)?.astroMsPerPage),
    predeflate: predeflate ? `${predeflate.note.replace(/^predeflate: /, "")}, in ${predeflate.seconds} s beside astro build, at most ${predeflate.peakMB} MB` : "not measured",
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
