/**
 * After astro build: the search index, from the built pages alone (src/lib/search/). Each
 * disclosure's folder, and the guides, is read on a worker thread, which writes its offline part
 * and fragments; each bundle (a year, or the guides) then gets its inverted index. `npm run build`
 * runs it in the folder it builds into, which replaces dist/ only when every step succeeded.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { inOrder } from "../src/lib/pool.ts";
import type { GroupResult, GroupTask } from "../src/lib/search/group.ts";
import { bundleFiles, manifestScript, type GroupIndex, type PartEntry } from "../src/lib/search/index.ts";

const dist = process.env.DIST ?? "dist";
const started = performance.now();

// Disclosures are the folders <year>/<slug>/ of the built site: newest year first, each year's in
// the order of their paths; the guides last.
const years = readdirSync(dist).filter((name) => /^\d{4}$/.test(name) && statSync(join(dist, name)).isDirectory()).sort().reverse();
const tasks: Omit<GroupTask, "dist">[] = years.flatMap((year) =>
  readdirSync(join(dist, year))
    .filter((slug) => statSync(join(dist, year, slug)).isDirectory())
    .sort((a, b) => (`${a}/` < `${b}/` ? -1 : 1))
    .map((slug) => ({ folder: `${year}/${slug}`, bundle: year, group: slug, part: `${year}-${slug}` })),
);
if (existsSync(join(dist, "guides"))) tasks.push({ folder: "guides", bundle: "guides", group: "guides", part: "guides" });

// Offline parts and fragments are written by the workers straight into place under search/;
// the whole of search/index and search/offline is replaced first, so nothing stale stays.
for (const folder of ["index", "offline"]) rmSync(join(dist, "search", folder), { recursive: true, force: true });

const manifest: PartEntry[] = [];
let groups: GroupIndex[] = [];
let pages = 0;
const partSizes: number[] = [];
const writeBundle = (bundle: string) => {
  for (const [name, text] of bundleFiles(groups)) {
    const path = join(dist, "search", "index", bundle, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  groups = [];
};
await inOrder<GroupTask, GroupResult>(
  new URL("../src/lib/search/group.ts", import.meta.url),
  tasks.map((task) => ({ ...task, dist })),
  (result, n) => {
    const task = tasks[n]!;
    if (result.index.pages === 0) return;
    groups.push(result.index);
    pages += result.index.pages;
    if (task.bundle !== "guides") partSizes.push(result.partBytes);
    manifest.push({ id: task.part, year: task.bundle === "guides" ? "" : task.bundle, department: result.department });
    if (tasks[n + 1]?.bundle !== task.bundle) writeBundle(task.bundle);
  },
);
writeFileSync(join(dist, "search", "offline", "parts.js"), manifestScript(manifest));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sorted = [...partSizes].sort((a, b) => a - b);
console.log(
  `search: ${pages} pages of ${manifest.length} parts in ${((performance.now() - started) / 1000).toFixed(1)} s; offline part per disclosure ${kb(sorted[0] ?? 0)}–${kb(sorted.at(-1) ?? 0)} (median ${kb(sorted[Math.floor(sorted.length / 2)] ?? 0)})`,
);
