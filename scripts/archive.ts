/**
 * After the site and its search index are built: one zip per disclosure and one per year in
 * dist/archives/, with SHA256SUMS beside them. Worker threads read, hash and deflate the files, a
 * disclosure at a time; this thread lays them out into the disclosure's zip and its year's, in
 * order. Written aside and renamed into place, so a failed run leaves no half-written archive.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArchiveWriter, archivesOf, compare, folderOf, summaryOf, type Entry } from "../src/lib/archive/archive.ts";
import type { EntriesTask } from "../src/lib/archive/entries.ts";
import { readContent } from "../src/lib/content.ts";
import { filesUnder } from "../src/lib/files.ts";
import { inOrder } from "../src/lib/pool.ts";

const dist = process.env.DIST ?? "dist";
const years = archivesOf(readContent(summaryOf));
const style = /<style>[\s\S]*?<\/style>/.exec(readFileSync(join(dist, "index.html"), "utf-8"))?.[0] ?? "";

// What every archive holds besides its disclosures: the guides and the search page (which, opened
// from disk, says why it cannot search).
const sharedNames = ["guides", "search"].flatMap((folder) => filesUnder(dist, folder));
const disclosures = years.flatMap((y) => y.parts.map((part) => ({ year: y, part, d: part.disclosures[0]! })));
const tasks: EntriesTask[] = [{ dist, names: sharedNames }, ...disclosures.map(({ d }) => ({ dist, names: filesUnder(dist, folderOf(d)).sort(compare) }))];

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
await inOrder<EntriesTask, Entry[]>(new URL("../src/lib/archive/entries.ts", import.meta.url), tasks, (entries, n) => {
  if (n === 0) {
    shared = entries;
    return;
  }
  const { year, part } = disclosures[n - 1]!;
  whole ??= new ArchiveWriter(join(temporary, year.year.name));
  const own = new ArchiveWriter(join(temporary, part.name));
  for (const entry of entries) {
    own.add(entry);
    whole.add(entry);
  }
  done(part.name, own.close(part, style, shared));
  if (disclosures[n]?.year !== year) {
    done(year.year.name, whole.close(year.year, style, shared));
    whole = undefined;
  }
});
writeFileSync(join(temporary, "SHA256SUMS"), `${sums.join("\n")}\n`);
rmSync(target, { recursive: true, force: true });
renameSync(temporary, target);
