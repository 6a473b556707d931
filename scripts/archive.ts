/**
 * After the site and its search index are built: one zip per disclosure and one per year in
 * dist/archives/, with SHA256SUMS beside them. Worker threads read, hash and deflate the files, a
 * disclosure at a time; this thread lays them out into the disclosure's zip and its year's, in
 * order. Written aside and renamed into place, so a failed run leaves no half-written archive.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArchiveWriter, archivesOf, compare, deflatesAsEverywhere, folderOf, summaryOf, type Entry } from "../src/lib/archive/archive.ts";
import type { EntriesTask } from "../src/lib/archive/entries.ts";
import { readContent } from "../src/lib/content.ts";
import { filesUnder } from "../src/lib/files.ts";
import { inOrder } from "../src/lib/pool.ts";
import { manifestScript, type PartEntry } from "../src/lib/search/index.ts";

const dist = process.env.DIST ?? "dist";
// files deflated ahead while Astro rendered (npm run build), if any
const cache = process.env.DEFLATE_CACHE;
const years = archivesOf(readContent(summaryOf));

// What every archive holds besides its disclosures: the stylesheet, the guides, the search page and
// script, and the guides' search part. The online index (search/index/) is for web servers and stays out.
const sharedNames = ["site.css", "enhance.js", ...filesUnder(dist, "guides"), ...filesUnder(dist, "search").filter((name) => !/^search\/(index|offline)\//.test(name)), "search/offline/guides.js"];
// The site's list of search parts, of which each archive keeps its own disclosures' and the guides'.
const siteParts = JSON.parse(/^mingzhangSearch\.parts\(([\s\S]*)\);\s*$/.exec(readFileSync(join(dist, "search", "offline", "parts.js"), "utf-8"))?.[1] ?? "[]") as PartEntry[];
const partOf = (id: string) => siteParts.find((p) => p.id === id) ?? { id, year: "", department: "" };

const partName = (d: { year: number; slug: string }) => `search/offline/${d.year}-${d.slug}.js`;
const disclosures = years.flatMap((y) => y.parts.map((part) => ({ year: y, part, d: part.disclosures[0]! })));
const tasks: EntriesTask[] = [
  { dist, names: sharedNames },
  ...disclosures.map(({ d }) => ({ dist, cache, names: [...filesUnder(dist, folderOf(d)).sort(compare), partName(d)] })),
];

if (!deflatesAsEverywhere()) {
  console.warn("archive: 本机 CPU 没有 CRC32C 指令，zlib 压缩结果与多数机器不同：存档照常可用、可校验，但与其他机器由同样原文生成的存档并非逐字节相同");
}

const target = join(dist, "archives");
const temporary = `${target}.tmp-${process.pid}`;
mkdirSync(temporary, { recursive: true });
const sums: string[] = [];
const done = (name: string, sha256: string) => {
  sums.push(`${sha256}  ${name}`);
  console.log(`archive: ${name} (${(statSync(join(temporary, name)).size / 1024).toFixed(0)} KiB)`);
};

let shared: Entry[] = [];
let whole: ArchiveWriter | undefined;
let yearParts: Entry[] = [];
await inOrder<EntriesTask, Entry[]>(new URL("../src/lib/archive/entries.ts", import.meta.url), tasks, (entries, n) => {
  if (n === 0) {
    shared = entries;
    return;
  }
  const { year, part, d } = disclosures[n - 1]!;
  whole ??= new ArchiveWriter(join(temporary, year.year.name));
  const own = new ArchiveWriter(join(temporary, part.name));
  const searchPart = entries.pop()!;
  for (const entry of entries) {
    own.add(entry);
    whole.add(entry);
  }
  done(part.name, own.close(part, manifestScript([partOf(`${d.year}-${d.slug}`), partOf("guides")]), shared, [searchPart]));
  yearParts.push(searchPart);
  if (disclosures[n]?.year !== year) {
    const manifest = manifestScript([...year.parts.map((p) => partOf(`${p.disclosures[0]!.year}-${p.disclosures[0]!.slug}`)), partOf("guides")]);
    done(year.year.name, whole.close(year.year, manifest, shared, yearParts));
    whole = undefined;
    yearParts = [];
  }
});
writeFileSync(join(temporary, "SHA256SUMS"), `${sums.join("\n")}\n`);
rmSync(target, { recursive: true, force: true });
renameSync(temporary, target);
