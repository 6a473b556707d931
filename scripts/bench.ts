/**
 * npm run bench: how fast, how big, and how it grows, measured on this machine. Prints progress,
 * then writes BENCHMARKS.json and BENCHMARKS.md. BENCH_SIZES=1,10 limits the builds measured.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { deflateSync } from "fflate";
import { parseText } from "../src/lib/parse/index.ts";
import { synthesize } from "./lib/synth.ts";
import { launch } from "./lib/browser.ts";
import { serve } from "./lib/server.ts";
import { filesUnder } from "../src/lib/files.ts";
import type { StepReport } from "./build.ts";

const SEED = "seeds/000_a305166288aaf593.txt";
// the build of one disclosure is always made: the page weights are measured on it
const sizes = [...new Set([1, ...(process.env.BENCH_SIZES ?? "1,10,100").split(",").map(Number)])].sort((a, b) => a - b);
const work = mkdtempSync(join(tmpdir(), "mingzhang-bench-"));
const progress = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seedText = readFileSync(SEED, "utf-8");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/**
 * Runs a command and samples, every 50 ms, the resident memory of it and all its descendants
 * together: the build's steps overlap (predeflate beside astro build, worker threads), so the
 * peak of any one process is not the machine's.
 */
async function runSampled(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string; peakMB: number }> {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const pageKB = 4;
  let peak = 0;
  const sample = () => {
    const parents = new Map<number, number>();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf-8");
        parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      } catch {
        // gone already
      }
    }
    const tree = new Set([child.pid!]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) tree.add(pid), (grown = true);
    }
    let kb = 0;
    for (const pid of tree) {
      try {
        kb += Number(readFileSync(`/proc/${pid}/statm`, "utf-8").split(" ")[1]) * pageKB;
      } catch {
        // gone already
      }
    }
    peak = Math.max(peak, kb);
  };
  const timer = setInterval(sample, 50);
  const status = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(timer);
  return { status, output, peakMB: round(peak / 1024) };
}

// 1. Parsing
progress("parse: the seed, 50 warm runs");
const seedBytes = readFileSync(SEED);
for (let i = 0; i < 10; i++) parseText(seedBytes, SEED);
const seedTimes = Array.from({ length: 50 }, () => {
  const started = performance.now();
  parseText(seedBytes, SEED);
  return performance.now() - started;
});
const seedMs = median(seedTimes);

progress("parse: generating a 50 MB synthetic corpus");
const corpus: Buffer[] = [];
let corpusBytes = 0;
for (let i = 0; corpusBytes < 50e6; i++) {
  const text = Buffer.from(synthesize(seedText, i, 7).text, "utf-8");
  corpus.push(text);
  corpusBytes += text.length;
}
progress(`parse: ${corpus.length} disclosures, ${(corpusBytes / 1e6).toFixed(1)} MB`);
// This machine's speed swings by a third from one second to the next (a shared VM), so one pass
// says little: the corpus is parsed five times and the median pass reported, with the range.
const PASSES = 5;
const corpusTimes: number[] = [];
const passSeconds = Array.from({ length: PASSES }, (_, pass) => {
  const passStart = performance.now();
  corpus.forEach((bytes, i) => {
    const started = performance.now();
    parseText(bytes, `synth-${i}.txt`, { slug: `synth-${i}` });
    if (pass === 0) corpusTimes.push(performance.now() - started);
  });
  const seconds = (performance.now() - passStart) / 1000;
  progress(`parse: pass ${pass + 1} of ${PASSES}, ${seconds.toFixed(2)} s`);
  return seconds;
});
const corpusSeconds = median(passSeconds);
const rate = (seconds: number) => round(corpusBytes / 1e6 / seconds);
const parse = {
  seed: { bytes: seedBytes.length, medianMs: round(seedMs, 2), mbPerSecond: round(seedBytes.length / 1e6 / (seedMs / 1000)) },
  corpus: { disclosures: corpus.length, megabytes: round(corpusBytes / 1e6), seconds: round(corpusSeconds, 2), mbPerSecond: rate(corpusSeconds), slowestPass: rate(Math.max(...passSeconds)), fastestPass: rate(Math.min(...passSeconds)), medianMsPerDisclosure: round(median(corpusTimes), 1) },
};

// 1b. Reading PDFs: every PDF in seeds/, in a process of its own for its peak memory
progress("pdf: reading every PDF in seeds/, 3 passes");
const pdfs = filesUnder("seeds").filter((f) => f.endsWith(".pdf")).map((f) => join("seeds", f)).sort();
const pdfRun = spawnSync("/usr/bin/time", ["-f", "peak-kb %M", process.execPath, "scripts/lib/pdf-bench.ts", ...pdfs], { encoding: "utf-8" });
if (pdfRun.status !== 0) throw new Error(`pdf bench failed:\n${pdfRun.stderr.slice(-3000)}`);
const pdfResult = JSON.parse(pdfRun.stdout) as { files: number; pages: number; readSeconds: number; parseSeconds: number };
const pdf = {
  files: pdfResult.files,
  pages: pdfResult.pages,
  readPagesPerSecond: round(pdfResult.pages / pdfResult.readSeconds),
  parsePagesPerSecond: round(pdfResult.pages / pdfResult.parseSeconds),
  peakMemoryMB: round(Number(/peak-kb (\d+)/.exec(pdfRun.stderr)?.[1] ?? 0) / 1024),
};
progress(`pdf: ${pdf.pages} pages of ${pdf.files} files, read at ${pdf.readPagesPerSecond} pages/s, parsed at ${pdf.parsePagesPerSecond} pages/s, peak ${pdf.peakMemoryMB} MB`);

// 2. Whole builds
const builds: Record<string, unknown>[] = [];
let largest = "";
for (const n of sizes) {
  const dir = join(work, `build-${n}`);
  const seeds = join(dir, "seeds");
  mkdirSync(seeds, { recursive: true });
  if (n === 1) {
    writeFileSync(join(seeds, "000_a305166288aaf593.txt"), seedText);
    writeFileSync(join(seeds, "000_a305166288aaf593.meta.json"), readFileSync("seeds/000_a305166288aaf593.meta.json"));
  }
  else for (let i = 0; i < n; i++) writeFileSync(join(seeds, `${i}.txt`), synthesize(seedText, i, 11).text);
  progress(`build: ${n} disclosure(s)…`);
  const out = join(dir, "dist");
  const started = performance.now();
  const run = await runSampled(process.execPath, ["scripts/build.ts"], { ...process.env, SEEDS_DIR: seeds, OUT: out, CONTENT_DIR: join(dir, "content"), BUILD_MEMORY: "1", BUILD_REPORT: join(dir, "steps.json") });
  const seconds = (performance.now() - started) / 1000;
  const output = run.output;
  if (run.status !== 0) throw new Error(`build of ${n} failed:\n${output.slice(-3000)}`);
  const reports = JSON.parse(readFileSync(join(dir, "steps.json"), "utf-8")) as StepReport[];
  // what ran beside a step: predeflate beside astro build
  const beside = reports.filter((r) => r.beside).map((r) => ({
    step: r.step,
    beside: r.beside!,
    seconds: round(r.seconds),
    peakMB: round(r.peakMB ?? 0),
    cpuSeconds: round(r.cpuSeconds ?? 0),
    note: /^predeflate: .*$/m.exec(output)?.[0] ?? "",
  }));
  const steps: Record<string, number> = {};
  const peaks: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  for (const r of reports.filter((r) => !r.beside)) {
    steps[r.step] = round((steps[r.step] ?? 0) + r.seconds);
    peaks[r.step] = Math.max(peaks[r.step] ?? 0, round(r.peakMB ?? 0));
    cpu[r.step] = round((cpu[r.step] ?? 0) + (r.cpuSeconds ?? 0));
  }
  const stepPeaks = Object.entries(peaks);
  const all = filesUnder(out);
  const pages = all.filter((f) => f.endsWith(".html")).length;
  const astro = Number(steps["astro build"] ?? seconds);
  const result = {
    disclosures: n,
    pages,
    seconds: round(seconds),
    steps,
    stepPeakMemoryMB: Object.fromEntries(stepPeaks),
    stepCpuSeconds: cpu,
    cpuSeconds: round([...Object.values(cpu), ...beside.map((x) => x.cpuSeconds)].reduce((sum, x) => sum + x, 0)),
    beside,
    pagesPerSecond: round(pages / seconds),
    astroMsPerPage: round((astro * 1000) / pages, 2),
    // every process of the build at once, sampled (runSampled)
    peakMemoryMB: run.peakMB,
    outputMB: round(all.reduce((sum, f) => sum + statSync(join(out, f)).size, 0) / 1e6),
  };
  progress(`build: ${n} → ${pages} pages in ${result.seconds} s, peak ${result.peakMemoryMB} MB`);
  builds.push(result);
  largest = out;
}

// How cost grows: the marginal disclosure, from the two largest builds (a straight line through them)
type Build = { disclosures: number; seconds: number; steps: Record<string, number>; stepPeakMemoryMB: Record<string, number> };
const growth = (() => {
  const [a, b] = builds.slice(-2) as Build[];
  if (!a || !b || b.disclosures <= a.disclosures) return "needs two builds of different sizes (BENCH_SIZES).";
  const slope = (x: number, y: number) => (y - x) / (b.disclosures - a.disclosures);
  const perStep = Object.keys(b.steps).map((step) => `${step} ${round(slope(a.steps[step] ?? 0, b.steps[step] ?? 0), 2)} s`).join(", ");
  const astroMB = (r: Build) => r.stepPeakMemoryMB["astro build"] ?? 0;
  const mbPer = slope(astroMB(a), astroMB(b));
  const at = (n: number) => ({ minutes: round((b.seconds + slope(a.seconds, b.seconds) * (n - b.disclosures)) / 60), gb: round((astroMB(b) + mbPer * (n - b.disclosures)) / 1024) });
  const limit = (mb: number) => Math.floor(b.disclosures + (mb - astroMB(b)) / mbPer);
  return `from the builds of ${a.disclosures} and ${b.disclosures} disclosures, each further disclosure adds ${round(slope(a.seconds, b.seconds), 2)} s (${perStep}) and ${round(mbPer)} MB to Astro's peak memory. On that line one build of 1,000 disclosures would take about ${at(1000).minutes} min, but Astro would need about ${at(1000).gb} GB: Astro stays under 2 GB up to about ${limit(2048)} disclosures and under 4 GB up to about ${limit(4096)}, so a larger year is built in batches of that size.`;
})();

// 3. A bare Astro page, built in the same run, as the yardstick for cost per page
progress("bare astro: 2,000 trivial pages");
const bare = join(work, "bare");
mkdirSync(join(bare, "src", "pages"), { recursive: true });
symlinkSync(resolve("node_modules"), join(bare, "node_modules"));
writeFileSync(join(bare, "package.json"), '{ "type": "module" }\n');
writeFileSync(join(bare, "astro.config.mjs"), 'export default { build: { format: "directory" } };\n');
writeFileSync(
  join(bare, "src", "pages", "[n].astro"),
  '---\nexport function getStaticPaths() { return Array.from({ length: 2000 }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><title>页 {n}</title></head><body><h1>页 {n}</h1></body></html>\n',
);
const bareStart = performance.now();
const bareRun = spawnSync(resolve("node_modules/.bin/astro"), ["build", "--root", bare], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, encoding: "utf-8" });
if (bareRun.status !== 0) throw new Error(bareRun.stderr);
const bareMsPerPage = round((performance.now() - bareStart) / 2000, 2);

// 4. Page weight, by kind of page, in the one-disclosure build
const single = join(work, "build-1", "dist");
const base = "2026/bj-zwfw-sjglj";
const KINDS: [string, string[]][] = [
  ["home", ["index.html"]],
  ["overview", [`${base}/index.html`]],
  ["table", filesUnder(single).filter((f) => /\/tables\/\d\d\/index\.html$/.test(f))],
  ["project", filesUnder(single).filter((f) => /\/projects\/[0-9A-Z]{21}\/index\.html$/.test(f))],
  ["treemap", filesUnder(single).filter((f) => f.includes("/treemap/") && f.endsWith(".html"))],
  ["checks", [`${base}/checks/index.html`]],
  ["search", ["search/index.html"]],
];
const weight = Object.fromEntries(
  KINDS.filter(([, list]) => list.length > 0).map(([kind, list]) => {
    const measured = list.map((f) => {
      const html = readFileSync(join(single, f));
      const scripts = [...html.toString("utf-8").matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      const js = scripts.reduce((sum, m) => {
        const src = /src="([^"]+)"/.exec(m[1] ?? "")?.[1];
        return sum + (src ? statSync(join(single, f, "..", src)).size : Buffer.byteLength(m[2] ?? ""));
      }, 0);
      return { html: html.length, gzip: gzipSync(html).length, js };
    });
    return [kind, { pages: list.length, htmlKB: round(median(measured.map((m) => m.html)) / 1024), gzipKB: round(median(measured.map((m) => m.gzip)) / 1024), maxGzipKB: round(Math.max(...measured.map((m) => m.gzip)) / 1024), jsKB: round(Math.max(...measured.map((m) => m.js)) / 1024) }];
  }),
);

// 5. What a first search query transfers, on the largest build: everything the search page
// fetches after it has loaded (search.js, the index, the records of the results shown), each query
// in a fresh browser context, so nothing is cached.
progress("search: bytes transferred by a first query");
const server = await serve(largest);
const browser = await launch();
type Transfer = { query: string; kb: number; decodedKB: number; byKind: Record<string, number>; status: string };
async function firstQuery(query: string): Promise<Transfer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let transferred = 0;
  let decoded = 0;
  const byKind: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".html")) return;
    pending.push(
      Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(([sizes, body]) => {
        // bytes on the wire, gzipped as static hosts serve text; Chromium reports none for a script
        // it ran from cache, so count those as the server sends them
        const wire = sizes.responseBodySize || (body ? gzipSync(body).length : 0);
        transferred += wire;
        decoded += body?.length ?? 0;
        const kind = /\/p\//.test(path) ? "records" : /\/w\//.test(path) ? "shards" : (path.split("/").pop() ?? "");
        byKind[kind] = (byKind[kind] ?? 0) + wire;
      }),
    );
  });
  await page.goto(`${server.url}search/index.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|已显示|没有找到/.test(document.getElementById("search-status")?.textContent ?? ""), undefined, { timeout: 120_000 });
  await page.waitForTimeout(300);
  await Promise.all(pending);
  const status = (await page.textContent("#search-status")) ?? "";
  await context.close();
  return { query, kb: round(transferred / 1024), decodedKB: round(decoded / 1024), byKind, status: status.replace(/（.*$/, "") };
}
const queries: Transfer[] = [];
for (const query of ["政务云", "京通", "三公", "采购", "12345", "月活用户数"]) queries.push(await firstQuery(query));
await browser.close();
await server.close();
const first = queries[0]!;
const searchKB = first.kb;
const searchDecodedKB = first.decodedKB;
const byFile = first.byKind;
const searchFiles = Object.entries(byFile).sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `${kind} ${round(bytes / 1024)} KB`).join(", ");

// The offline index: one script per disclosure, as it lies in dist/ and deflated in the zips.
const offlineDir = join(largest, "search", "offline");
const parts = readdirSync(offlineDir)
  .filter((name) => name !== "parts.js" && name !== "guides.js")
  .map((name) => {
    const bytes = readFileSync(join(offlineDir, name));
    return { kb: bytes.length / 1024, zipKB: deflateSync(bytes, { level: 6 }).length / 1024 };
  });
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: round(sorted[0] ?? 0), median: round(median(sorted)), max: round(sorted.at(-1) ?? 0) };
};
const offline = { parts: parts.length, kb: spread(parts.map((p) => p.kb)), zipKB: spread(parts.map((p) => p.zipKB)) };

// 6. Report
const project = weight.project as { maxGzipKB: number; jsKB: number } | undefined;
const biggest = builds.at(-1) as { disclosures: number; seconds: number; peakMemoryMB: number; astroMsPerPage: number } | undefined;
const targets = [
  ["parse ≥ 40 MB/s (synthetic corpus)", `${parse.corpus.mbPerSecond} MB/s`, parse.corpus.mbPerSecond >= 40],
  ["PDF: parse ≥ 50 pages/s, peak < 1 GB (seeds/*.pdf)", `${pdf.parsePagesPerSecond} pages/s (reading alone ${pdf.readPagesPerSecond}), ${pdf.peakMemoryMB} MB`, pdf.parsePagesPerSecond >= 50 && pdf.peakMemoryMB < 1024],
  ["build of 100 disclosures ≤ 60 s", biggest?.disclosures === 100 ? `${biggest.seconds} s` : "not measured (BENCH_SIZES)", biggest?.disclosures === 100 && biggest.seconds <= 60],
  ["build of 100 disclosures ≤ 2 GB (all its processes at once)", biggest?.disclosures === 100 ? `${biggest.peakMemoryMB} MB` : "not measured (BENCH_SIZES)", biggest?.disclosures === 100 && biggest.peakMemoryMB <= 2048],
  ["astro cost per page ≤ 1.5× a bare page", `${biggest?.astroMsPerPage} ms vs ${bareMsPerPage} ms`, (biggest?.astroMsPerPage ?? Infinity) <= 1.5 * bareMsPerPage],
  ["project page ≤ 15 KB gzipped, no JavaScript", `${project?.maxGzipKB} KB, ${project?.jsKB} KB JS`, (project?.maxGzipKB ?? Infinity) <= 15 && project?.jsKB === 0],
  [`first search query ≤ 150 KB (on ${biggest?.disclosures} disclosures)`, `${searchKB} KB`, searchKB <= 150],
] as const;
const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30), node: process.version },
  parse,
  pdf,
  builds,
  bareAstroMsPerPage: bareMsPerPage,
  pageWeight: weight,
  firstSearchQueryKB: searchKB,
  firstSearchQueryDecodedKB: searchDecodedKB,
  firstSearchQueryFiles: byFile,
  firstQueries: queries,
  offlineIndex: offline,
  growth,
  targets: targets.map(([target, measured, met]) => ({ target, measured, met })),
};
writeFileSync("BENCHMARKS.json", `${JSON.stringify(results, null, 2)}\n`);
const table = (rows: (string | number)[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const md = readFileSync("scripts/bench-report.md", "utf-8")
  .replace("{{machine}}", `${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GiB, Node ${results.machine.node}`)
  .replace("{{targets}}", table([["target", "measured", "met"], ["---", "---", "---"], ...targets.map(([t, m, ok]) => [t, m, ok ? "yes" : "**no**"])]))
  .replace("{{parse}}", table([["input", "size", "time", "throughput"], ["---", "---", "---", "---"], ["the seed", `${(parse.seed.bytes / 1e3).toFixed(0)} KB`, `${parse.seed.medianMs} ms (median of 50, warm)`, `${parse.seed.mbPerSecond} MB/s`], [`${parse.corpus.disclosures} synthetic disclosures`, `${parse.corpus.megabytes} MB`, `${parse.corpus.seconds} s (median of ${PASSES} passes; ${parse.corpus.medianMsPerDisclosure} ms each)`, `${parse.corpus.mbPerSecond} MB/s (passes ${parse.corpus.slowestPass}–${parse.corpus.fastestPass})`]]))
  .replace("{{builds}}", table([["disclosures", "pages", "wall time", "CPU time", "pages/s", "astro ms/page", "peak memory", "output", "steps: seconds, peak MB"], ["---", "---", "---", "---", "---", "---", "---", "---", "---"], ...builds.map((b) => [b.disclosures as number, b.pages as number, `${b.seconds} s`, `${b.cpuSeconds} s`, b.pagesPerSecond as number, b.astroMsPerPage as number, `${b.peakMemoryMB} MB`, `${b.outputMB} MB`, [...Object.entries(b.steps as Record<string, number>).map(([k, v]) => `${k} ${v} s (CPU ${(b.stepCpuSeconds as Record<string, number>)[k]} s), ${(b.stepPeakMemoryMB as Record<string, number>)[k] ?? "?"} MB`), ...(b.beside as { step: string; beside: string; cpuSeconds: number; peakMB: number }[]).map((x) => `beside ${x.beside}: ${x.step} (CPU ${x.cpuSeconds} s), ${x.peakMB} MB`)].join("; ")])]))
  .replace("{{pdf}}", `${pdf.files} PDFs in seeds/, ${pdf.pages} pages: read (text, rules, layout) at ${pdf.readPagesPerSecond} pages/s; parsed whole (read, tables, text, checks) at ${pdf.parsePagesPerSecond} pages/s; peak memory ${pdf.peakMemoryMB} MB (median of 3 passes).`)
  .replace("{{bare}}", String(bareMsPerPage))
  .replace("{{weight}}", table([["kind", "pages", "HTML (median)", "gzip (median)", "gzip (max)", "JavaScript"], ["---", "---", "---", "---", "---", "---"], ...Object.entries(weight).map(([k, w]) => [k, w.pages, `${w.htmlKB} KB`, `${w.gzipKB} KB`, `${w.maxGzipKB} KB`, `${w.jsKB} KB`])]))
  .replace("{{search}}", String(searchKB))
  .replace("{{searchDecoded}}", String(searchDecodedKB))
  .replace("{{searchFiles}}", searchFiles)
  .replace("{{queries}}", table([["query", "transferred", "decoded", "by file", "found"], ["---", "---", "---", "---", "---"], ...queries.map((q) => [q.query, `${q.kb} KB`, `${q.decodedKB} KB`, Object.entries(q.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${round(v / 1024)}`).join(", "), q.status])]))
  .replace("{{offline}}", `${offline.parts} disclosures: ${offline.kb.min}–${offline.kb.max} KB each (median ${offline.kb.median} KB) as files, ${offline.zipKB.min}–${offline.zipKB.max} KB (median ${offline.zipKB.median} KB) deflated in the zips`)
  .replace("{{predeflate}}", (() => {
    const x = (biggest as { beside?: { seconds: number; peakMB: number; note: string }[] } | undefined)?.beside?.[0];
    return x ? `${x.note.replace(/^predeflate: /, "")}, in ${x.seconds} s beside astro build, at most ${x.peakMB} MB` : "not measured";
  })())
  .replace("{{growth}}", growth);
writeFileSync("BENCHMARKS.md", md);
progress("written: BENCHMARKS.json, BENCHMARKS.md");
console.log(md);
