/**
 * npm run build: content → astro build → search index → archives, all into a folder beside the
 * output, which replaces dist/ only when every step succeeded: a failed build leaves the last good
 * site untouched. SEEDS_DIR, CONTENT_DIR and OUT choose the folders (defaults: seeds,
 * content/disclosures, dist).
 *
 * Astro renders on one core. The other writes the downloads meanwhile (scripts/downloads.ts), and
 * passes each disclosure file Astro writes (its log names every page) to scripts/predeflate.ts,
 * which deflates it for the archives; the archive step then finds most files deflated already
 * (src/lib/archive/cache.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { CONTENT_DIR } from "../src/lib/content.ts";
import { filesUnder } from "../src/lib/files.ts";
import { readRefused } from "../src/lib/refused.ts";
import { Progress, Warnings, plain } from "./lib/progress.ts";

const out = process.env.OUT ?? "dist";
const temporary = `${out}.tmp-${process.pid}`;
const cache = `${temporary}.deflate`;
// Astro's own content cache, one per build: builds side by side would otherwise share one (astro.config.mjs)
const astroCache = `${temporary}.astro-cache`;
// the downloads, written beside astro build (scripts/downloads.ts)
const downloads = `${temporary}.downloads`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", DIST: temporary, DEFLATE_CACHE: cache, ASTRO_CACHE_DIR: astroCache, DOWNLOADS: downloads };
const removeCaches = () => [cache, astroCache, downloads].forEach((folder) => rmSync(folder, { recursive: true, force: true }));

// With BUILD_MEMORY=1 (npm run bench) each step runs under GNU time, to report its peak memory and CPU time.
const timed = process.env.BUILD_MEMORY === "1" && existsSync("/usr/bin/time");

/** A step's command line: a script of ours under this Node, or a tool from node_modules/.bin; under GNU time when timed. */
function commandOf(command: string, args: string[], peakFile: string): [string, string[]] {
  const binary = command === "node" ? process.execPath : resolve("node_modules/.bin", command);
  return timed ? ["/usr/bin/time", ["-f", "%M %U %S", "-o", peakFile, binary, ...args]] : [binary, args];
}

/** One step's cost, as BUILD_REPORT records it: what ran, beside which step if it did, its time, and under GNU time its peak and CPU. */
export interface StepReport {
  step: string;
  beside?: string;
  seconds: number;
  peakMB?: number;
  cpuSeconds?: number;
}
const reports: StepReport[] = [];

// The whole log of every step, beside the output; the terminal gets each step's progress, what
// matters once, and a closing summary.
const logPath = `${out}.log`;
const log = openSync(logPath, "w");
const record = (line: string) => writeSync(log, `${plain(line)}\n`);
const progress = new Progress(process.stdout.isTTY === true);
const say = (line: string, error = false) => {
  progress.clear();
  (error ? console.error : console.log)(line);
  record(line);
};
const warnings = new Warnings(say);
const begun = performance.now();

function report(step: string, started: number, peakFile: string, beside?: string): void {
  const [kb, user, system] = timed && existsSync(peakFile) ? readFileSync(peakFile, "utf-8").trim().split(/\s+/).slice(-3) : [];
  const seconds = (performance.now() - started) / 1000;
  reports.push({ step, ...(beside ? { beside } : {}), seconds, ...(kb ? { peakMB: Number(kb) / 1024, cpuSeconds: Number(user) + Number(system) } : {}) });
  const peak = kb ? `, peak ${kb} KB, CPU ${(Number(user) + Number(system)).toFixed(1)} s (${Number(system).toFixed(1)} s in the kernel)` : "";
  rmSync(peakFile, { force: true });
  say(`build: ${beside ? `beside ${beside}, ` : "step "}${step} took ${seconds.toFixed(1)} s${peak}`);
}

function fail(command: string, status: number | null): never {
  rmSync(temporary, { recursive: true, force: true });
  removeCaches();
  say(`build: ${command} 失败；${out}/ 保持不变；完整日志见 ${logPath}`, true);
  closeSync(log);
  process.exit(status ?? 1);
}

/** The lines of a step the terminal shows: its summary (content: …, search: …); the rest is in the log. */
const SUMMARY = /^(?:content|search):/;
/** The lines of a step's errors the terminal shows, the rest counted (a folder of hundreds of refused files) */
const MOST_ERRORS = 30;

/** A child's output, line by line, into the log; what the terminal shows of it by `show`. */
function follow(child: ChildProcess, show: (line: string, error: boolean) => void): void {
  if (child.stdout) createInterface({ input: child.stdout }).on("line", (line) => show(line, false));
  if (child.stderr) createInterface({ input: child.stderr }).on("line", (line) => show(line, true));
}

/** Runs one step to its end: its summary and its first errors shown, every line logged, a line per archive counted. */
async function step(command: string, args: string[], label: string): Promise<void> {
  const started = performance.now();
  const peakFile = `${temporary}.peak`;
  const [binary, argv] = commandOf(command, args, peakFile);
  const child = spawn(binary, argv, { stdio: ["ignore", "pipe", "pipe"], env });
  let errors = 0;
  progress.start(label);
  follow(child, (line, error) => {
    if (error && ++errors > MOST_ERRORS) return record(line);
    if (error || SUMMARY.test(line)) say(line, error);
    else record(line);
    progress.tick();
  });
  const status = await exited(child);
  if (errors > MOST_ERRORS) say(`……另有 ${errors - MOST_ERRORS} 行，见 ${logPath}`, true);
  progress.done();
  report(`${command} ${args.find((a) => !a.startsWith("--"))?.replace(/^scripts\//, "") ?? ""}`, started, peakFile);
  if (status !== 0) fail(command, status);
}

/**
 * Astro's heap limit in MB: ASTRO_HEAP, or 400 + 10 per disclosure. Left to itself, V8 lets Astro's
 * heap grow to 2.3 GB on 100 disclosures, though what it holds at once fits in 1.4 GB; capped, it
 * collects sooner, the whole build stays under 2 GB, and the time is the same (BENCHMARKS.md).
 *
 * Its young generation is 64 MB, not V8's default (at most 16 MB): a page's garbage (render
 * buffers, strings) then dies young instead of being promoted and collected again. Astro alone on
 * 100 disclosures, runs alternating: 60.6–66.8 s against 68.6–70.2 s, its peak 1.59–1.61 GB
 * against 1.52–1.68 GB; at 128 MB its peak passes 2 GB.
 */
function astroHeap(): number {
  if (process.env.ASTRO_HEAP) return Number(process.env.ASTRO_HEAP);
  const disclosures = readdirSync(CONTENT_DIR).filter((f) => f.endsWith(".json")).length;
  return Math.max(1024, 400 + 10 * disclosures);
}

const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.on("close", (code) => done(code)));

/** Moves the downloads into the site, where Astro has emptied its output folder and is writing its pages. */
function moveDownloads(names: readonly string[]): void {
  for (const name of names) {
    mkdirSync(dirname(join(temporary, name)), { recursive: true });
    renameSync(join(downloads, name), join(temporary, name));
  }
  rmSync(downloads, { recursive: true, force: true });
}

/**
 * astro build, its log passed on as it comes, with two steps beside it on the other core:
 * - the downloads (scripts/downloads.ts) from the start, while Astro loads the content; they are
 *   moved into the site once Astro has begun writing it;
 * - predeflate, from the first page Astro begins (Astro's memory peaks before, while it loads the
 *   content): each disclosure file, Astro's and the downloads', is deflated for the archives.
 */
async function astroBuild(): Promise<void> {
  const started = performance.now();
  const [downloadsBinary, downloadsArgs] = commandOf("node", ["--disable-warning=ExperimentalWarning", "scripts/downloads.ts"], `${temporary}.peak-downloads`);
  const downloader = spawn(downloadsBinary, downloadsArgs, { stdio: ["ignore", "pipe", "pipe"], env });
  if (downloader.stderr) createInterface({ input: downloader.stderr }).on("line", (line) => say(line, true));
  const downloaded: string[] = [];
  createInterface({ input: downloader.stdout! }).on("line", (line) => downloaded.push(line));
  const downloadsDone = exited(downloader).then((status) => {
    report("node downloads.ts", started, `${temporary}.peak-downloads`, "astro build");
    return status;
  });
  const [astroBinary, astroArgs] = commandOf("astro", ["build", "--outDir", temporary], `${temporary}.peak`);
  const astro = spawn(astroBinary, astroArgs, { stdio: ["ignore", "pipe", "pipe"], env: { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${astroHeap()} --max-semi-space-size=64`.trim() } });
  if (astro.stderr) createInterface({ input: astro.stderr }).on("line", (line) => say(line, true));
  const astroExit = exited(astro);
  // the pages a build writes: as many as the last one's, an estimate to tell what is left by
  progress.start("生成页面", pagesOf(out) || undefined);
  let predeflate: ChildProcess | undefined;
  let predeflateExit: Promise<number | null> | undefined;
  let predeflateStarted = 0;
  // the downloads, once written and Astro writing: moved into the site, and deflated ahead too
  let moved: Promise<number | null> | undefined;
  const moveWhenWritten = () =>
    downloadsDone.then((status) => {
      if (status !== 0) return status;
      moveDownloads(downloaded);
      for (const name of downloaded) predeflate?.stdin!.write(`${name}\n`);
      return status;
    });
  for await (const line of createInterface({ input: astro.stdout! })) {
    record(line);
    warnings.read(line);
    // "  ├─ /2026/x/projects/110…/index.html (+3ms)": a page begun; with four at a time, a line
    // may name several ("├─ /a.html├─ /b.html (+3ms)"), and its time be another page's
    const pages = [...plain(line).matchAll(/├─ \/(\S+?\.html)/g)].map((m) => m[1]!);
    progress.tick(pages.length);
    const begun = pages.filter((page) => /^\d{4}\//.test(page));
    if (begun.length === 0) continue;
    if (!predeflate) {
      predeflateStarted = performance.now();
      // a young generation of 1 MB: it deflates one file at a time, and keeps 30 MB less resident
      const [binary, args] = commandOf("node", ["--max-semi-space-size=1", "scripts/predeflate.ts"], `${temporary}.peak-predeflate`);
      predeflate = spawn(binary, args, { stdio: ["pipe", "pipe", "pipe"], env });
      follow(predeflate, (line, error) => (error ? say(line, true) : record(line)));
      predeflate.stdin!.on("error", () => {
        // predeflate stopped early: the archive step does its work
      });
      predeflateExit = exited(predeflate);
      moved = moveWhenWritten();
    }
    for (const name of begun) predeflate.stdin!.write(`${name}\n`);
  }
  const status = await astroExit;
  progress.done();
  warnings.summarize(logPath);
  const downloadsStatus = await (moved ?? moveWhenWritten());
  predeflate?.stdin!.end();
  await predeflateExit;
  report("astro build", started, `${temporary}.peak`);
  if (predeflate) report("node predeflate.ts", predeflateStarted, `${temporary}.peak-predeflate`, "astro build");
  if (status !== 0) fail("astro", status);
  if (downloadsStatus !== 0) fail("downloads", downloadsStatus);
}

/** The HTML pages under a built site (none where there is none yet). */
function pagesOf(site: string): number {
  return existsSync(site) ? filesUnder(site).filter((name) => name.endsWith(".html")).length : 0;
}

await step("node", ["scripts/content.ts"], "读取原文");
await astroBuild();
await step("node", ["scripts/search.ts"], "搜索索引");
await step("node", ["scripts/archive.ts"], "离线存档");
removeCaches();

const previous = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(temporary, out);
rmSync(previous, { recursive: true, force: true });
// BUILD_REPORT=<file>: each step's time (and peak and CPU under BUILD_MEMORY=1) as JSON, for npm run bench
if (process.env.BUILD_REPORT) writeFileSync(process.env.BUILD_REPORT, `${JSON.stringify(reports, null, 2)}\n`);
// the closing summary: what was read and refused, what was written, in how long
const files = filesUnder(out);
const bytes = files.reduce((n, name) => n + statSync(join(out, name)).size, 0);
const read = readdirSync(CONTENT_DIR).filter((name) => name.endsWith(".json")).length;
const refused = readRefused().length;
say(
  `build: ${out}/ 已生成：${read} 份预决算${refused > 0 ? `（另有 ${refused} 个文件未能读取，见网站的“未能读取的文件”页）` : ""}，` +
    `${files.filter((name) => name.endsWith(".html")).length.toLocaleString("en-US")} 页，${(bytes / 1024 / 1024).toFixed(1)} MB，用时 ${((performance.now() - begun) / 1000).toFixed(1)} s；完整日志见 ${logPath}`,
);
closeSync(log);
