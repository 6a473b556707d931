/**
 * One group of pages (a disclosure's folder, or the guides) read into the search index: run on a
 * worker thread by scripts/search.ts. Writes the group's offline part and its fragments, and
 * returns what its bundle's index needs.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../files.ts";
import { extractPage } from "./extract.ts";
import { groupIndex, partScript, searchPage, type GroupIndex, type SearchPage } from "./index.ts";

export interface GroupTask {
  dist: string;
  /** the folder of its pages, from the site root: "2026/bj-zwfw-sjglj", "guides" */
  folder: string;
  /** its bundle: the year, or "guides" */
  bundle: string;
  /** its fragments' folder within the bundle: the slug, or "guides" */
  group: string;
  /** its offline part: "2026-bj-zwfw-sjglj", "guides" */
  part: string;
}

export interface GroupResult {
  index: GroupIndex;
  /** the 部门 its pages name, for the offline manifest */
  department: string;
  /** bytes of its offline part */
  partBytes: number;
}

const BODY = Buffer.from(" data-pagefind-body");
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The group's searchable pages, in the order of their paths. */
export function pagesOf(dist: string, folder: string): SearchPage[] {
  return filesUnder(dist, folder)
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.split("\\").join("/"))
    .sort(byCodeUnits)
    .flatMap((name) => {
      // most pages (treemaps, checks, downloads) are not searchable: looked at as bytes, never decoded
      const bytes = readFileSync(join(dist, name));
      if (bytes.indexOf(BODY) < 0) return [];
      const record = extractPage(bytes.toString("utf-8"), name);
      return record ? [searchPage(record)] : [];
    });
}

export function run(task: GroupTask): GroupResult {
  const pages = pagesOf(task.dist, task.folder);
  const part = partScript(task.part, pages);
  const offline = join(task.dist, "search", "offline");
  mkdirSync(offline, { recursive: true });
  writeFileSync(join(offline, `${task.part}.js`), part);
  const fragments = join(task.dist, "search", "index", task.bundle, "p", task.group);
  mkdirSync(fragments, { recursive: true });
  pages.forEach((page, n) => writeFileSync(join(fragments, `${n}.json`), `${JSON.stringify(page)}\n`));
  return { index: groupIndex(task.group, pages), department: pages.find((p) => p.f["部门"])?.f["部门"] ?? "", partBytes: Buffer.byteLength(part) };
}
