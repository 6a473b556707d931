import { readFileSync } from "node:fs";
import { getCollection } from "astro:content";
import { kindName, type Disclosure } from "../disclosure/schema.ts";
import { digestOf, type Digest } from "./digest.ts";
import { appearanceCounts } from "./history.ts";
import { baseParam, byYearAndDepartment, paths } from "./paths.ts";

/**
 * A build renders a part of the site (scripts/build.ts): SITE_PART=shard, the pages of the
 * disclosures in its `disclosures` collection (its unit) and the pages they own; SITE_PART=merge,
 * the pages across disclosures, from their digests; unset (`npm run dev`), all of it. Every page
 * is rendered by the same code either way: a unit knows the disclosures its pages read besides its
 * own (the department's other years, kinds and scopes; those listing its projects' codes) in its
 * `neighbours` collection.
 */
const part = process.env.SITE_PART;
if (part !== undefined && part !== "shard" && part !== "merge") throw new Error(`SITE_PART=${part}: expected shard or merge`);
/** This build renders the pages across disclosures (home, years, search, downloads, guides). */
export const rendersAcross = part !== "shard";

/** The disclosures this build holds whole: none in the merge, which holds their digests. */
const held = async () => (part === "merge" ? [] : (await getCollection("disclosures")).map((entry) => entry.data));

/** The disclosures whose pages this build renders: newest year first, then by department, 预算 before 决算. */
export async function ownDisclosures(): Promise<Disclosure[]> {
  return (await held()).sort(byYearAndDepartment);
}

/**
 * Every disclosure this build holds, in the same order: its own and its neighbours, all that the
 * pages it renders read of them.
 */
export async function allDisclosures(): Promise<Disclosure[]> {
  const own = await held();
  const ids = new Set(own.map(baseParam));
  // (a collection never filled is not asked for: Astro would warn on each page that it is empty)
  const others = process.env.NEIGHBOURS_DIR ? (await getCollection("neighbours")).map((entry) => entry.data).filter((d) => !ids.has(baseParam(d))) : [];
  return [...own, ...others].sort(byYearAndDepartment);
}

/** getStaticPaths for the pages of a disclosure, under its folder (/<year>/<dept>/, /<year>/<dept>/final/ …). */
export async function disclosurePaths() {
  return (await ownDisclosures()).map((d) => ({ params: { base: baseParam(d) }, props: { d } }));
}

/**
 * Every disclosure of the site as the pages across them read it (src/lib/site/digest.ts): the
 * merge's digests (DIGESTS_DIR, written by the build), or else computed from the whole.
 */
export async function allDigests(): Promise<Digest[]> {
  if (process.env.DIGESTS_DIR) return (await getCollection("digests")).map((entry) => entry.data).sort(byYearAndDepartment);
  return (await allDisclosures()).map(digestOf);
}

/** getStaticPaths for pages across disclosures: none in a shard's build. */
export async function acrossDigests<T>(paths: (all: Digest[]) => T[]): Promise<T[]> {
  return rendersAcross ? paths(await allDigests()) : [];
}

/**
 * Pages of several disclosures that one of them owns: a department's page (owned by its newest
 * disclosure) and a project's history (by its last appearance). A shard renders those its own
 * disclosures own, knowing all the others they read (its neighbours: the department's other
 * years, the other disclosures that list its projects' codes); the merge renders none; a whole
 * build all. `owner` picks the owning disclosure of each candidate.
 */
export async function ownedPaths<T>(candidates: (all: Disclosure[]) => T[], owner: (candidate: T) => Disclosure): Promise<T[]> {
  if (part === "merge") return [];
  const all = await allDisclosures();
  if (part === undefined) return candidates(all);
  const own = new Set((await held()).map(baseParam));
  return candidates(all).filter((candidate) => own.has(baseParam(owner(candidate))));
}

/**
 * How many times the site lists each project code: a project's page says in how many disclosures
 * it appears. A shard is told the counts of the whole site (CODE_COUNTS, written by the build);
 * otherwise they are counted.
 */
export async function projectCodeCounts(): Promise<Map<string, number>> {
  const told = process.env.CODE_COUNTS;
  return told ? new Map(Object.entries(JSON.parse(readFileSync(told, "utf-8")) as Record<string, number>)) : appearanceCounts(await allDisclosures());
}

/** The breadcrumbs above a disclosure's pages: the site, the year, the disclosure (its overview). */
export function disclosureCrumbs(d: Disclosure): { label: string; path?: string }[] {
  return [
    { label: "全部预算", path: paths.home() },
    { label: `${d.year} 年`, path: paths.year(d.year) },
    { label: `${d.department}${kindName(d)}`, path: paths.disclosure(d) },
  ];
}
