/**
 * npm run build: the sources → the site, in shards (scripts/lib/shards.ts).
 *
 *   npm run build                       the whole site into dist/ (OUT), shards in parallel here
 *   npm run build -- --shard K/N [DIR]  shard K of N only, its units into DIR (default shards/K)
 *   npm run build -- --merge DIR…       the site from the units in DIR… (every unit must be there)
 *
 * Each step: the content (scripts/content.ts, cached per source); the plan of units; each unit
 * not already built (cached under its key, beside the output: dist.cache/units/), an astro build
 * of its disclosures' pages, their downloads, search parts and deflated files; the merge's astro
 * build of the pages across disclosures and the corpus's downloads; then the units linked into
 * the site, the search bundles and the archives. The site is written beside the output and
 * replaces it only when every step succeeded: a failed build leaves the last good site untouched.
 * SEEDS_DIR, CONTENT_DIR, OUT choose the folders; SHARD_SIZE the average disclosures of a unit (10).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { CONTENT_DIR } from "../src/lib/content.ts";
import { filesUnder } from "../src/lib/files.ts";
import { readRefused, refusedFile } from "../src/lib/refused.ts";
import { Progress, Warnings, plain } from "./lib/progress.ts";
import { entriesOf, foldersOf, planUnits, siteCodeHash, unitsOfShard, type Unit } from "./lib/shards.ts";
import { running } from "./lib/processes.ts";
import { syncTurn } from "./lib/sync-lock.ts";

const args = process.argv.slice(2);
const shardArg = args.indexOf("--shard");
const mergeArg = args.indexOf("--merge");
const shard = shardArg >= 0 ? /^(\d+)\/(\d+)$/.exec(args[shardArg + 1] ?? "") : undefined;
if (shardArg >= 0 && (!shard || Number(shard[1]) < 1 || Number(shard[1]) > Number(shard[2]))) usage(`--shard 应为 K/N（1 ≤ K ≤ N），见到 ${args[shardArg + 1] ?? "（无）"}`);
const mergeDirs = mergeArg >= 0 ? args.slice(mergeArg + 1) : [];
if (mergeArg >= 0 && mergeDirs.length === 0) usage("--merge 之后应列出各分片的输出文件夹");

function usage(problem: string): never {
  console.error(`build: ${problem}\n用法：npm run build [-- --shard K/N [文件夹] | -- --merge 文件夹…]`);
  process.exit(2);
}

const out = process.env.OUT ?? "dist";
/** What survives between builds, beside the output, and is safe to delete: the units, the site's key. */
const cacheDir = `${out}.cache`;
const unitStore = shard ? (args[shardArg + 2] ?? join("shards", shard[1]!)) : join(cacheDir, "units");
const temporary = `${out}.tmp-${process.pid}`;
const SHARD_SIZE = Number(process.env.SHARD_SIZE ?? 10);

// With BUILD_MEMORY=1 (npm run bench) each step runs under GNU time, to report its peak memory and CPU time.
const timed = process.env.BUILD_MEMORY === "1" && existsSync("/usr/bin/time");

/** One step's cost, as BUILD_REPORT records it: what ran, its time, and under GNU time its peak and CPU. */
export interface StepReport {
  step: string;
  seconds: number;
  peakMB?: number;
  cpuSeconds?: number;
}
const reports: StepReport[] = [];
/** A step the build runs itself (planning, linking, swapping), timed from `since`. */
const reportStep = (step: string, since: number) => reports.push({ step, seconds: (performance.now() - since) / 1000 });

// The whole log of every step, beside the output; the terminal gets each step's progress, what
// matters once, and a closing summary.
const logPath = `${out}.log`;
mkdirSync(dirname(resolve(out)), { recursive: true });
/**
 * Removes what builds now gone left in `dir` under names that carry their pid (`pidOf`): a killed
 * build's last site, a stopped build's half-built units. A pid that is this build's was an earlier
 * one's: this build has written no such name yet.
 */
function removeLeftovers(dir: string, pidOf: (name: string) => string | undefined): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(pidOf(name));
    if (pid && (pid === process.pid || !running(pid))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}
const oldSite = `${basename(out)}.old-`;
removeLeftovers(dirname(resolve(out)), (name) => (name.startsWith(oldSite) ? name.slice(oldSite.length) : undefined));
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
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The lines of a step the terminal shows: its summary (content: …); the rest is in the log. */
const SUMMARY = /^content:/;
/** The lines of errors the terminal shows, the rest counted (a folder of hundreds of refused files) */
const MOST_ERRORS = 30;
let errors = 0;

function fail(what: string, status: number | null): never {
  progress.clear();
  rmSync(temporary, { recursive: true, force: true });
  // what this build wrote beside the site (its .corpus, .digests, .deflate …) and Astro's output inside the project
  for (const name of readdirSync(dirname(resolve(temporary)))) if (name.startsWith(`${temporary.split("/").at(-1)}.`)) rmSync(join(dirname(temporary), name), { recursive: true, force: true });
  if (existsSync(".build")) for (const name of readdirSync(".build")) if (name.startsWith(`${process.pid}-`)) rmSync(join(".build", name), { recursive: true, force: true });
  // the units it was building
  if (existsSync(unitStore)) for (const name of readdirSync(unitStore)) if (name.endsWith(`.tmp-${process.pid}`)) rmSync(join(unitStore, name), { recursive: true, force: true });
  say(`build: ${what} 失败；${out}/ 保持不变；完整日志见 ${logPath}`, true);
  closeSync(log);
  process.exit(status ?? 1);
}

const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.on("close", (code) => done(code)));
let peaks = 0;

/**
 * Runs one program to its end (a script of ours under this Node, or a tool from node_modules/.bin;
 * under GNU time when timed): every line of its output logged, its errors and summary shown,
 * each line passed to `line`. A program that fails fails the build.
 */
async function run(command: string, argv: string[], env: NodeJS.ProcessEnv, name: string, line?: (text: string) => void, input?: string[]): Promise<void> {
  const started = performance.now();
  const peakFile = `${temporary}.peak-${peaks++}`;
  const binary = command === "node" ? process.execPath : resolve("node_modules/.bin", command);
  const [file, list] = timed ? ["/usr/bin/time", ["-f", "%M %U %S", "-o", peakFile, binary, ...argv]] : [binary, argv];
  const child = spawn(file, list, { stdio: [input ? "pipe" : "ignore", "pipe", "pipe"], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env } });
  if (input) {
    child.stdin!.on("error", () => {
      // it stopped early: its exit status says why
    });
    child.stdin!.end(input.map((text) => `${text}\n`).join(""));
  }
  createInterface({ input: child.stdout! }).on("line", (text) => {
    record(text);
    if (SUMMARY.test(text)) say(text);
    line?.(text);
  });
  createInterface({ input: child.stderr! }).on("line", (text) => {
    if (++errors > MOST_ERRORS) record(text);
    else say(text, true);
  });
  const status = await exited(child);
  const [kb, user, system] = timed && existsSync(peakFile) ? readFileSync(peakFile, "utf-8").trim().split(/\s+/).slice(-3) : [];
  rmSync(peakFile, { force: true });
  reports.push({ step: name, seconds: (performance.now() - started) / 1000, ...(kb ? { peakMB: Number(kb) / 1024, cpuSeconds: Number(user) + Number(system) } : {}) });
  record(`build: ${name} took ${seconds(started)}${kb ? `, peak ${kb} KB, CPU ${(Number(user) + Number(system)).toFixed(1)} s` : ""}`);
  if (status !== 0) fail(name, status);
}

/**
 * astro build of a part of the site into `target`, as `env` tells it (SITE_PART and the folders of
 * its collections: src/lib/site/disclosures.ts). Its heap is
 * capped at 400 MB + 10 per disclosure it holds (at least 1 GB): left to itself, V8 lets it grow
 * far past what it holds at once. Its young generation is 64 MB, not V8's default 16: a page's
 * garbage then dies young instead of being promoted and collected again (BENCHMARKS.md).
 */
async function astro(target: string, disclosures: number, name: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Astro writes its build's code beside its output where that is in the working directory, and
  // else into one folder of its own (.astro/.prerender): builds side by side then break each other
  const outDir = resolve(target).startsWith(`${process.cwd()}/`) ? target : join(".build", `${process.pid}-${builds++}`);
  const heap = process.env.ASTRO_HEAP ? Number(process.env.ASTRO_HEAP) : Math.max(1024, 400 + 10 * disclosures);
  const release = await syncTurn();
  try {
    await run(
      "astro",
      ["build", "--outDir", outDir],
      {
        ...env,
        // Astro's own content cache, one per build: builds side by side would otherwise share one
        ASTRO_CACHE_DIR: `${outDir}.astro-cache`,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${heap} --max-semi-space-size=64`.trim(),
      },
      name,
      (text) => {
        // the content's types come right after its modules: .astro/ is written for this build
        if (/\[types\] Generated/.test(plain(text))) release();
        warnings.read(text);
      },
    );
  } finally {
    release();
  }
  rmSync(`${outDir}.astro-cache`, { recursive: true, force: true });
  if (outDir !== target) move(outDir, target);
}
let builds = 0;

/** Renames a folder, or where that crosses file systems copies it. */
function move(from: string, to: string): void {
  mkdirSync(dirname(resolve(to)), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** A folder holding copies of the given content files, as a collection's base. */
function contentFolder(folder: string, files: readonly string[]): string {
  mkdirSync(folder, { recursive: true });
  for (const file of files) copyFileSync(file, join(folder, file.split("/").at(-1)!));
  return folder;
}

/**
 * Builds one unit into `target`: the pages of its disclosures and those they own (their
 * departments' pages, their projects' histories: src/lib/site/disclosures.ts), and only those
 * (the pages across disclosures a shard's Astro renders too are dropped); their downloads, their
 * search parts (and what the bundles need of them, search.json), and each of their files deflated
 * for the archives (deflate/). Written beside and renamed into place.
 */
async function buildUnit(unit: Unit, target: string): Promise<void> {
  const work = `${target}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  const site = join(work, "site");
  const own = contentFolder(join(work, "own"), unit.members.map((m) => m.file));
  const neighbours = unit.neighbours.length > 0 ? contentFolder(join(work, "neighbours"), unit.neighbours.map((m) => m.file)) : undefined;
  writeFileSync(join(work, "codes.json"), JSON.stringify(unit.codeCounts));
  const label = `shard ${unit.name}`;
  await astro(site, unit.members.length + unit.neighbours.length, `astro build (${label})`, {
    SITE_PART: "shard",
    OWN_DIR: own,
    ...(neighbours ? { NEIGHBOURS_DIR: neighbours } : {}),
    CODE_COUNTS: join(work, "codes.json"),
  });
  await run("node", ["--disable-warning=ExperimentalWarning", "scripts/downloads.ts"], { CONTENT_DIR: own, DOWNLOADS: site, DOWNLOADS_PART: "disclosures" }, `downloads (${label})`);
  const folders = foldersOf(unit);
  const years = new Set(folders.map((f) => f.split("/")[0]!));
  for (const name of readdirSync(site)) if (!years.has(name) && !OWNED_FOLDERS.includes(name)) rmSync(join(site, name), { recursive: true, force: true });
  for (const year of years) for (const slug of readdirSync(join(site, year))) if (!folders.includes(`${year}/${slug}`)) rmSync(join(site, year, slug), { recursive: true, force: true });
  await run("node", ["scripts/search.ts"], { DIST: site, SEARCH_STEP: "groups", SEARCH_GROUPS: join(work, "search.json") }, `search (${label})`);
  const files = folders.flatMap((folder) => filesUnder(site, folder));
  await run("node", ["--max-semi-space-size=1", "scripts/predeflate.ts"], { DIST: site, DEFLATE_CACHE: join(work, "deflate") }, `predeflate (${label})`, undefined, files);
  for (const name of ["own", "neighbours", "codes.json"]) rmSync(join(work, name), { recursive: true, force: true });
  writeFileSync(join(work, "unit.json"), `${JSON.stringify({ name: unit.name, key: unit.key, disclosures: unit.members.map((m) => m.id) }, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  move(work, target);
}

/** The folders of the pages a shard's disclosures own. */
const OWNED_FOLDERS = ["departments", "projects"];

/**
 * Links every file under `from` into `to` with GNU cp, which does it natively (a call per file in
 * JavaScript took 7 s for 27,000), or copies them where links cannot cross file systems. Units own
 * disjoint folders: a file two of them wrote fails the build.
 */
async function linkTree(from: string, to: string): Promise<void> {
  mkdirSync(to, { recursive: true });
  const cp = async (how: string) => {
    const child = spawn("cp", [how, "--", `${from}/.`, `${to}/`], { stdio: ["ignore", "ignore", "pipe"] });
    let error = "";
    child.stderr!.on("data", (chunk: Buffer) => (error += chunk.toString()));
    return { status: await exited(child), error };
  };
  let done = await cp("-al");
  if (done.status !== 0 && /cross-device/i.test(done.error)) done = await cp("-an");
  if (done.status !== 0) throw new Error(`build: ${from} 无法放入 ${to}：${done.error.trim().split("\n")[0]}`);
}

/** Runs the jobs, at most `slots` at a time, in order of their start. */
async function inParallel(jobs: (() => Promise<void>)[], slots: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(slots, jobs.length) }, worker));
}

/** Jobs at once: one per core, and no more than memory holds at 2 GB each (a job's Astro stays under it). */
const SLOTS = Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / 2 ** 31)));

/** Builds the units not yet in the store, in parallel, each job shown as it ends; with `besides`, jobs of the merge. */
async function buildUnits(units: readonly Unit[], besides: (() => Promise<void>)[] = []): Promise<void> {
  removeLeftovers(unitStore, (name) => /\.tmp-(\d+)$/.exec(name)?.[1]);
  const missing = units.filter((u) => !existsSync(join(unitStore, u.key, "unit.json")));
  const kept = units.length - missing.length;
  if (kept > 0) say(`build: ${kept} 个分片未变，取自 ${unitStore}/`);
  progress.start("生成分片", missing.length + besides.length);
  const jobs = missing.map((unit) => async () => {
    const started = performance.now();
    await buildUnit(unit, join(unitStore, unit.key));
    progress.tick();
    say(`build: 分片 ${unit.name}（${unit.members.length} 份）用时 ${seconds(started)}`);
  });
  const others = besides.map((job) => async () => {
    await job();
    progress.tick();
  });
  // the units first: a unit is the longest job of a rebuild, the merge's run beside it
  await inParallel([...jobs, ...others], SLOTS);
  progress.done();
}

/** The unit's folder among the given ones (a shard's output holds one folder per unit, named by its key). */
function findUnit(unit: Unit, dirs: readonly string[]): string | undefined {
  return dirs.map((dir) => join(dir, unit.key)).find((dir) => existsSync(join(dir, "unit.json")));
}

progress.start("读取原文");
await run("node", ["scripts/content.ts"], {}, "content", () => progress.tick());
progress.done();
const planned = performance.now();
const code = siteCodeHash();
const entries = entriesOf(CONTENT_DIR);
const units = planUnits(entries, SHARD_SIZE, code);
reportStep("plan", planned);

if (shard) {
  const k = Number(shard[1]);
  const n = Number(shard[2]);
  const mine = unitsOfShard(units, k, n);
  mkdirSync(unitStore, { recursive: true });
  await buildUnits(mine);
  say(`build: 第 ${k}/${n} 片：${mine.length} 个分片、${mine.reduce((c, u) => c + u.members.length, 0)} 份预决算 → ${unitStore}/，用时 ${seconds(begun)}；合并：npm run build -- --merge <各片的文件夹…>`);
  closeSync(log);
  process.exit(0);
}

// The site's key: its code, its content, its units and the files not read. Unchanged, the site is.
const refusedBytes = existsSync(refusedFile(CONTENT_DIR)) ? readFileSync(refusedFile(CONTENT_DIR)) : "";
const siteKey = createHash("sha256").update(code).update(entries.map((e) => `${e.id} ${e.sha256}`).join("\n")).update(units.map((u) => u.key).join("\n")).update(refusedBytes).digest("hex");
const keyFile = join(cacheDir, "site.key");
if (mergeDirs.length === 0 && existsSync(join(out, "index.html")) && existsSync(keyFile) && readFileSync(keyFile, "utf-8") === siteKey) {
  say(`build: 原文与代码都未变，${out}/ 已是最新（${entries.length} 份预决算），用时 ${seconds(begun)}；完整日志见 ${logPath}`);
  closeSync(log);
  process.exit(0);
}

const corpus = `${temporary}.corpus`;
const digests = `${temporary}.digests`;
const mergeJobs = [
  async () => {
    // the plan's entries, which the digests are made from: the content is not read for them again
    writeFileSync(`${temporary}.entries.json`, JSON.stringify(entries));
    await run("node", ["scripts/digests.ts"], { ENTRIES: `${temporary}.entries.json`, DIGEST_STORE: join(cacheDir, "digests"), DIGESTS_DIR: digests, SITE_CODE: code }, "digests");
    await astro(temporary, entries.length, "astro build (merge)", { SITE_PART: "merge", DIGESTS_DIR: digests });
  },
  () => run("node", ["--disable-warning=ExperimentalWarning", "scripts/downloads.ts"], { DOWNLOADS: corpus, DOWNLOADS_PART: "corpus" }, "downloads (corpus)"),
];
let unitDirs: string[];
if (mergeDirs.length > 0) {
  const found = units.map((unit) => findUnit(unit, mergeDirs));
  const absent = units.filter((_, i) => found[i] === undefined);
  if (absent.length > 0) {
    say(`build: ${mergeDirs.join("、")} 中缺少 ${absent.length} 个分片（原文或代码变了，或有一片没有生成）：${absent.map((u) => u.name).join("、")}`, true);
    fail("merge", 1);
  }
  unitDirs = found as string[];
  progress.start("合并", mergeJobs.length);
  await inParallel(mergeJobs, SLOTS);
  progress.done();
} else {
  mkdirSync(unitStore, { recursive: true });
  await buildUnits(units, mergeJobs);
  unitDirs = units.map((unit) => join(unitStore, unit.key));
}
warnings.summarize(logPath);

// the units, the corpus's downloads, the search bundles, the archives
const assembled = performance.now();
const deflated = `${temporary}.deflate`;
for (const dir of unitDirs) {
  await linkTree(join(dir, "site"), temporary);
  if (existsSync(join(dir, "deflate"))) await linkTree(join(dir, "deflate"), deflated);
}
// each unit's search groups, of its one year
const groups = units.map((unit, i) => ({ year: unit.members[0]!.year, file: resolve(unitDirs[i]!, "search.json") }));
for (const name of filesUnder(corpus)) {
  mkdirSync(dirname(join(temporary, name)), { recursive: true });
  renameSync(join(corpus, name), join(temporary, name));
}
writeFileSync(`${temporary}.groups.json`, JSON.stringify(groups));
reportStep("link", assembled);
record(`build: units linked in ${seconds(assembled)}`);
progress.start("搜索索引");
await run("node", ["scripts/search.ts"], { DIST: temporary, SEARCH_STEP: "bundles", SEARCH_GROUPS: `${temporary}.groups.json` }, "search (bundles)");
progress.start("离线存档");
await run("node", ["scripts/archive.ts"], { DIST: temporary, DEFLATE_CACHE: deflated }, "archive");
progress.done();
for (const name of [corpus, digests, deflated, `${temporary}.groups.json`, `${temporary}.entries.json`]) rmSync(name, { recursive: true, force: true });

const swapped = performance.now();
const previous = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(temporary, out);
// the last site is deleted once the new one stands, by a process of its own: a site of 27,000 files
// took 5 s to delete, the longest step of a rebuild after one added PDF. One left over by a killed
// build is deleted by the next (see below)
if (existsSync(previous)) spawn("rm", ["-rf", "--", previous], { detached: true, stdio: "ignore" }).unref();
reportStep("swap", swapped);
mkdirSync(cacheDir, { recursive: true });
writeFileSync(keyFile, siteKey);
// units no longer in the plan are dropped from the store: it holds one site's units
if (mergeDirs.length === 0) {
  const keys = new Set(units.map((u) => u.key));
  for (const name of readdirSync(unitStore)) if (!keys.has(name)) rmSync(join(unitStore, name), { recursive: true, force: true });
}
// BUILD_REPORT=<file>: each step's time (and peak and CPU under BUILD_MEMORY=1) as JSON, for npm run bench
if (process.env.BUILD_REPORT) writeFileSync(process.env.BUILD_REPORT, `${JSON.stringify(reports, null, 2)}\n`);
// the closing summary: what was read and refused, what was written, in how long
const files = filesUnder(out);
const bytes = files.reduce((n, name) => n + statSync(join(out, name)).size, 0);
const refused = readRefused().length;
say(
  `build: ${out}/ 已生成：${entries.length} 份预决算（${units.length} 个分片）${refused > 0 ? `，另有 ${refused} 个文件未能读取（见网站的“未能读取的文件”页）` : ""}，` +
    `${files.filter((name) => name.endsWith(".html")).length.toLocaleString("en-US")} 页，${(bytes / 1024 / 1024).toFixed(1)} MB，用时 ${seconds(begun)}；完整日志见 ${logPath}`,
);
closeSync(log);
