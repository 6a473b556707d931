/**
 * The search index, from the built pages alone (src/lib/search/), in two steps of `npm run build`:
 * - SEARCH_STEP=groups, in a shard: each disclosure folder (/<year>/<slug>/) of the site in DIST is
 *   read on a worker thread, which writes its offline part and fragments; what each bundle's
 *   index needs of it is written to SEARCH_GROUPS;
 * - SEARCH_STEP=bundles, in the merged site: the guides are read likewise, and each bundle (a year,
 *   or the guides) gets its inverted index from the groups the shards wrote (SEARCH_GROUPS lists
 *   their files, each of one year), with the list of offline parts. One year's groups are held at a time.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { inOrder } from "../src/lib/pool.ts";
import { run, type GroupResult, type GroupTask } from "../src/lib/search/group.ts";
import { bundleFiles, manifestScript, type GroupIndex, type PartEntry } from "../src/lib/search/index.ts";

const dist = process.env.DIST ?? "dist";
const groupsFile = process.env.SEARCH_GROUPS;
if (!groupsFile) throw new Error("search: SEARCH_GROUPS is not set");
const started = performance.now();

/** A group's task and what reading it gave. */
type Group = Omit<GroupTask, "dist"> & GroupResult;

if (process.env.SEARCH_STEP === "groups") {
  const years = readdirSync(dist).filter((name) => /^\d{4}$/.test(name) && statSync(join(dist, name)).isDirectory());
  const tasks: Omit<GroupTask, "dist">[] = years.flatMap((year) =>
    readdirSync(join(dist, year))
      .filter((slug) => statSync(join(dist, year, slug)).isDirectory())
      .map((slug) => ({ folder: `${year}/${slug}`, bundle: year, group: slug, part: `${year}-${slug}` })),
  );
  const groups: Group[] = [];
  await inOrder<GroupTask, GroupResult>(new URL("../src/lib/search/group.ts", import.meta.url), tasks.map((task) => ({ ...task, dist })), (result, n) => {
    groups.push({ ...tasks[n]!, ...result });
  });
  // postings as JSON arrays: a typed array would be written as an object of numbered keys, ten times the bytes
  writeFileSync(groupsFile, JSON.stringify(groups, (_, value: unknown) => (value instanceof Uint32Array ? Array.from(value) : value)));
  console.log(`search: ${groups.reduce((n, g) => n + g.index.pages, 0)} pages of ${groups.length} folders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else if (process.env.SEARCH_STEP === "bundles") {
  const files = JSON.parse(readFileSync(groupsFile, "utf-8")) as { year: number; file: string }[];
  const years = [...new Set(files.map((f) => f.year))].sort((a, b) => b - a);
  const guides = { folder: "guides", bundle: "guides", group: "guides", part: "guides" };
  for (const folder of ["index/guides", "offline/guides.js"]) rmSync(join(dist, "search", folder), { recursive: true, force: true });
  // newest year first, each year's folders in the order of their paths, the guides last
  // each group's postings back into typed arrays as its file is read: half the memory of the JSON's arrays
  const postings = (p: { tokens: string[]; starts: ArrayLike<number>; pages: ArrayLike<number> }) => ({ tokens: p.tokens, starts: Uint32Array.from(p.starts), pages: Uint32Array.from(p.pages) });
  const read = (file: string) => (JSON.parse(readFileSync(file, "utf-8")) as Group[]).map((g) => ({ ...g, index: { ...g.index, words: postings(g.index.words), titles: postings(g.index.titles) } }));
  const bundles = [...years.map((year) => () => files.filter((f) => f.year === year).flatMap((f) => read(f.file))), () => [{ ...guides, ...run({ ...guides, dist }) }]];
  const manifest: PartEntry[] = [];
  let pages = 0;
  const sizes: number[] = [];
  for (const load of bundles) {
    const groups = load()
      .filter((g) => g.index.pages > 0)
      .sort((a, b) => (`${a.folder}/` < `${b.folder}/` ? -1 : 1));
    if (groups.length === 0) continue;
    for (const [name, text] of bundleFiles(groups.map((g) => g.index) as GroupIndex[])) {
      const path = join(dist, "search", "index", groups[0]!.bundle, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    for (const g of groups) {
      manifest.push({ id: g.part, year: g.bundle === "guides" ? "" : g.bundle, department: g.department });
      pages += g.index.pages;
      if (g.bundle !== "guides") sizes.push(g.partBytes);
    }
  }
  writeFileSync(join(dist, "search", "offline", "parts.js"), manifestScript(manifest));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  sizes.sort((a, b) => a - b);
  console.log(
    `search: ${pages} pages of ${manifest.length} parts in ${years.length + 1} bundles in ${((performance.now() - started) / 1000).toFixed(1)} s; offline part per disclosure ${kb(sizes[0] ?? 0)}–${kb(sizes.at(-1) ?? 0)} (median ${kb(sizes[Math.floor(sizes.length / 2)] ?? 0)})`,
  );
} else throw new Error(`search: SEARCH_STEP=${process.env.SEARCH_STEP}: expected groups or bundles`);
