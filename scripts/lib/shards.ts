import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDisclosure } from "../../src/lib/content.ts";
import type { Disclosure } from "../../src/lib/disclosure/schema.ts";
import { digestOf } from "../../src/lib/site/digest.ts";
import { filesUnder } from "../../src/lib/files.ts";
import { byYearAndDepartment } from "../../src/lib/site/paths.ts";

/*
 * The corpus in shards (scripts/build.ts). A shard unit is a batch of one year's disclosures, by
 * region, whole folders (/<year>/<slug>/, with its 决算 and 单位 ones) at a time; it is built on
 * its own, with the disclosures its pages read besides (the department's other years: its
 * neighbours), and kept under a key that hashes everything its pages depend on. Adding or changing
 * a disclosure changes the key of its unit and of the units of its department's other years, and
 * no other: batches are cut where a folder's name says (content-defined chunking), not by count
 * from the start, so a folder added to a year does not shift the batches after it.
 */

/** What the plan reads of each disclosure the content step wrote. */
export interface Entry {
  /** the content file's name without .json: the collections' id */
  id: string;
  file: string;
  year: number;
  slug: string;
  department: string;
  region: string;
  kind: Disclosure["kind"];
  scope: Disclosure["scope"];
  codes: string[];
  /** SHA-256 of the content file */
  sha256: string;
}

export interface Unit {
  /** "<year>/<first slug>": stable while its first folder is */
  name: string;
  members: Entry[];
  /** disclosures in other units its pages read: its departments' other years, and those that list its projects' codes */
  neighbours: Entry[];
  /** how many times the whole site lists each project code of its members */
  codeCounts: Record<string, number>;
  /** the hash of all it is built from: the code, its members, its neighbours, its codes' counts */
  key: string;
}

/** The project's folder, wherever the script is run from. */
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

/** The code a site is built by, as one hash: every file of src, public, the guides, the scripts, and the lockfile and configuration. */
export function siteCodeHash(root = PROJECT): string {
  const hash = createHash("sha256");
  const files = ["src", "public", "content/guides", "scripts"].flatMap((folder) => filesUnder(join(root, folder)).map((f) => join(folder, f)));
  for (const name of ["package-lock.json", "astro.config.mjs", "tsconfig.json", ...files.sort()]) hash.update(name).update("\0").update(readFileSync(join(root, name))).update("\0");
  return hash.digest("hex");
}

/** Every disclosure of a content folder, in the site's order. */
export function entriesOf(dir: string): Entry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const bytes = readFileSync(file);
      const d = JSON.parse(bytes.toString("utf-8")) as Disclosure;
      const codes = d.projects.flatMap((p) => (p.code ? [p.code] : []));
      return { id: name.slice(0, -".json".length), file, year: d.year, slug: d.slug, department: d.department, region: d.region, kind: d.kind, scope: d.scope, codes, sha256: createHash("sha256").update(bytes).digest("hex") };
    })
    .sort(byYearAndDepartment);
}

const folderOf = (e: Entry) => `${e.year}/${e.slug}`;

/** Cut before a folder whose name hashes to 0 modulo the size: on average `size` disclosures a batch, at most twice that. */
const startsBatch = (folder: string, size: number) => createHash("sha256").update(folder).digest().readUInt32BE(0) % size === 0;

/** The corpus's shard units, by name; `size` is the average number of disclosures in one. */
export function planUnits(entries: readonly Entry[], size: number, code: string): Unit[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const c of e.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  // a year's folders, by region, then in the order of their paths: a region's few disclosures
  // share a unit with the next region's, rather than each paying for an astro build of its own
  const years = new Map<number, Map<string, Entry[]>>();
  for (const e of entries) {
    const byFolder = years.get(e.year) ?? new Map<string, Entry[]>();
    years.set(e.year, byFolder);
    byFolder.set(folderOf(e), [...(byFolder.get(folderOf(e)) ?? []), e]);
  }
  const regionOf = (list: readonly Entry[]) => list[0]!.region;
  const batches: Entry[][] = [];
  for (const byFolder of years.values()) {
    let batch: Entry[] = [];
    const ordered = [...byFolder].sort(([a, x], [b, y]) => (regionOf(x) < regionOf(y) ? -1 : regionOf(x) > regionOf(y) ? 1 : a < b ? -1 : 1));
    for (const [folder, list] of ordered) {
      if (batch.length > 0 && (startsBatch(folder, size) || batch.length + list.length > 2 * size)) {
        batches.push(batch);
        batch = [];
      }
      batch.push(...list);
    }
    if (batch.length > 0) batches.push(batch);
  }
  return batches
    .map((members) => {
      const ids = new Set(members.map((m) => m.id));
      const slugs = new Set(members.map((m) => m.slug));
      const codes = new Set(members.flatMap((m) => m.codes));
      const neighbours = entries.filter((e) => !ids.has(e.id) && (slugs.has(e.slug) || e.codes.some((c) => codes.has(c))));
      const codeCounts = Object.fromEntries([...new Set(members.flatMap((m) => m.codes))].sort().map((c) => [c, counts.get(c)!]));
      const hash = createHash("sha256").update(code);
      for (const e of [...members, ...neighbours]) hash.update(ids.has(e.id) ? "own" : "neighbour").update(e.id).update(e.sha256);
      hash.update(JSON.stringify(codeCounts));
      return { name: members.map(folderOf).sort()[0]!, members, neighbours, codeCounts, key: hash.digest("hex").slice(0, 32) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Writes the digest of each disclosure (src/lib/site/digest.ts) into `folder` as <id>.json, from
 * a store of digests by the content's SHA-256 and the code's: a disclosure unchanged is not read
 * again. The store keeps only these.
 */
export function writeDigests(entries: readonly Entry[], code: string, store: string, folder: string): number {
  mkdirSync(store, { recursive: true });
  mkdirSync(folder, { recursive: true });
  const names = new Set(entries.map((e) => `${e.sha256.slice(0, 32)}-${code.slice(0, 16)}.json`));
  for (const name of readdirSync(store)) if (!names.has(name)) rmSync(join(store, name), { force: true });
  let made = 0;
  for (const e of entries) {
    const stored = join(store, `${e.sha256.slice(0, 32)}-${code.slice(0, 16)}.json`);
    if (!existsSync(stored)) {
      writeFileSync(stored, JSON.stringify(digestOf(readDisclosure(e.file))));
      made++;
    }
    copyFileSync(stored, join(folder, `${e.id}.json`));
  }
  return made;
}

/** The units of shard K of N (1-based): every Nth by name. */
export const unitsOfShard = (units: readonly Unit[], k: number, n: number) => units.filter((_, i) => i % n === k - 1);

/** The folders of a unit's pages in the site: /<year>/<slug>/, each with all its disclosures. */
export const foldersOf = (unit: Unit) => [...new Set(unit.members.map(folderOf))];
