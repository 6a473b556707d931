/**
 * 明账's search index, built from the built pages (extract.ts) and read by public/search/search.js.
 *
 * Every searchable page becomes a record (SearchPage): its URL, title, filters, metadata, sort keys,
 * text and anchors. The records are published twice, for two ways of reading the site:
 *
 * - **Offline** (`search/offline/<year>-<slug>.js`, `search/offline/guides.js`): one script per
 *   disclosure that hands its records to the search page. Opened from disk, browsers refuse `fetch`
 *   but still run `<script src>`, so the search page loads the parts a search needs and scans their
 *   texts. `search/offline/parts.js` lists the parts present (each archive writes its own).
 * - **Online** (`search/index/<bundle>/`, one bundle per year and one for the guides): an inverted
 *   index of the characters, pairs of characters and runs of four Latin letters or digits of every
 *   page (TokenTable), split into shards by a
 *   hash of the token, so a query downloads the few shards that hold its tokens; `pages.json`
 *   with each page's filters and rank; `sort.json` with the sort keys (fetched only to sort);
 *   and each page's record as a fragment (`p/<group>/<n>.json`), fetched for the results shown.
 *
 * Chinese is matched exactly either way: a query's words must each occur in a page's normalised
 * text (spaces, quotes and case ignored). The tokens find every page that can hold a word; the
 * record's text then confirms it, so the results are the same pages, in the same order, online and
 * offline.
 */
import type { PageRecord } from "./extract.ts";

/** One page as the search page reads it; short keys, since there are tens of thousands. */
export interface SearchPage {
  /** path from the site root, folders by their index.html */
  u: string;
  /** title (the page's h1) */
  t: string;
  /** filters: 类型, 年度, 部门 */
  f: Record<string, string>;
  /** metadata shown with a result: 部门, 金额 */
  m: Record<string, string>;
  /** sort keys, as numbers: 金额 */
  s: Record<string, number>;
  /** rank class: shorter pages first (see rankOf) */
  r: number;
  /** the text */
  x: string;
  /** anchors: [id, text] */
  a: [string, string][];
}

/**
 * Shorter pages rank first among those whose titles do not hold the query (a word is a larger part
 * of a short page): two classes per doubling of the text's length. Integer arithmetic only, so every
 * machine computes the same class: 0–35.
 */
export function rankOf(length: number): number {
  if (length <= 1) return length;
  const bits = 32 - Math.clz32(length);
  // one base-36 digit each in pages.json: texts of 96,000 characters and more share the last class
  return Math.min(35, bits * 2 + ((length >>> (bits - 2)) & 1));
}

export function searchPage(record: PageRecord): SearchPage {
  const sort = Object.fromEntries(
    Object.entries(record.sort)
      .map(([key, value]) => [key, Number(value)] as const)
      .filter(([, value]) => Number.isFinite(value)),
  );
  return { u: record.url, t: record.title, f: record.filters, m: record.meta, s: sort, r: rankOf(record.text.length), x: record.text, a: record.anchors };
}

/** The text a query is matched against: the same function as search.js's norm(). */
export function norm(text: string): string {
  return text.toLowerCase().replace(/[\s“”"'‘’]+/g, "");
}

/** What a page is matched against: its title and its text, normalised. */
export const haystackOf = (page: Pick<SearchPage, "t" | "x">) => norm(`${page.t} ${page.x}`);

/** FNV-1a over UTF-16 code units: which shard holds a token. search.js has the same function. */
export function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A sorted list of page numbers as text: "v" and the gaps as unsigned LEB128 varints, or "b" and a
 * bitmap of every page, whichever is shorter; base64url either way.
 */
export function encodePostings(pages: readonly number[] | Uint32Array, total: number): string {
  const bytes: number[] = [];
  let previous = -1;
  for (const page of pages) {
    let gap = page - previous - 1;
    previous = page;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  const bitmapLength = Math.ceil(total / 8);
  if (bytes.length <= bitmapLength) return `v${Buffer.from(bytes).toString("base64url")}`;
  const bitmap = Buffer.alloc(bitmapLength);
  for (const page of pages) bitmap[page >> 3]! |= 1 << (page & 7);
  return `b${bitmap.toString("base64url")}`;
}

export function decodePostings(encoded: string): number[] {
  const bytes = Buffer.from(encoded.slice(1), "base64url");
  const pages: number[] = [];
  if (encoded[0] === "b") {
    for (let i = 0; i < bytes.length; i++) for (let bit = 0; bit < 8; bit++) if (bytes[i]! & (1 << bit)) pages.push(i * 8 + bit);
    return pages;
  }
  let previous = -1;
  for (let i = 0; i < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++]!;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap + 1;
    pages.push(previous);
  }
  return pages;
}

/** Tokens and, for each, the pages that hold it: flat arrays, cheap to pass between threads. */
export interface Postings {
  tokens: string[];
  /** token i's pages are pages[starts[i]] … pages[starts[i + 1] - 1], ascending */
  starts: Uint32Array;
  pages: Uint32Array;
}

/** Keys of four Latin letters or digits start here, above those of pairs (below 2^32 + 2^16). */
const QUAD = 2 ** 33;

/**
 * Collects, page after page, which pages hold each token: every character (UTF-16 code unit), every
 * pair of adjacent characters, and every four adjacent Latin letters or digits. Pairs of digits are
 * in nearly every page, so a project code (11000025T000003302331) or a number is found by its
 * fours. Tokens are numbered (a pair: first unit × 65,536 + second) in an open-addressing table:
 * a disclosure's pages hold a few million, and strings and Maps would cost three times as much.
 */
class TokenTable {
  private bits = 16;
  private slots = new Int32Array(1 << this.bits).fill(-1);
  private keys: number[] = [];
  private last: number[] = [];
  private lists: number[][] = [];

  add(text: string, page: number): void {
    let previous = -1;
    // the length of the run of Latin letters and digits that ends here, and its last four as a number
    let run = 0;
    let last4 = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      this.note(unit, page);
      if (previous >= 0) this.note(0x10000 + previous * 0x10000 + unit, page);
      previous = unit;
      if ((unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a)) {
        run++;
        last4 = ((last4 << 7) | unit) & 0xfffffff;
        if (run >= 4) this.note(QUAD + last4, page);
      } else run = 0;
    }
  }

  private slotOf(key: number): number {
    return Math.imul((key | 0) ^ Math.imul(Math.floor(key / 0x100000000), 0x27d4eb2d), 0x9e3779b1) >>> (32 - this.bits);
  }

  private note(key: number, page: number): void {
    const mask = (1 << this.bits) - 1;
    let slot = this.slotOf(key);
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry < 0) break;
      if (this.keys[entry] === key) {
        if (this.last[entry] !== page) {
          this.last[entry] = page;
          this.lists[entry]!.push(page);
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.last.push(page);
    this.lists.push([page]);
    if (this.keys.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    this.bits++;
    this.slots = new Int32Array(1 << this.bits).fill(-1);
    const mask = (1 << this.bits) - 1;
    this.keys.forEach((key, entry) => {
      let slot = this.slotOf(key);
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    });
  }

  postings(): Postings {
    const token = (key: number) => {
      if (key < 0x10000) return String.fromCharCode(key);
      if (key < QUAD) return String.fromCharCode(Math.floor(key / 0x10000) - 1, key % 0x10000);
      const q = key - QUAD;
      return String.fromCharCode((q >>> 21) & 0x7f, (q >>> 14) & 0x7f, (q >>> 7) & 0x7f, q & 0x7f);
    };
    const starts = new Uint32Array(this.keys.length + 1);
    let total = 0;
    this.lists.forEach((list, i) => {
      starts[i] = total;
      total += list.length;
    });
    starts[this.keys.length] = total;
    const pages = new Uint32Array(total);
    this.lists.forEach((list, i) => pages.set(list, starts[i]!));
    return { tokens: this.keys.map(token), starts, pages };
  }
}

/** What a group of pages (a disclosure, or the guides) adds to its bundle's index. */
export interface GroupIndex {
  /** where its fragments are, under the bundle's p/: the disclosure's slug, or "guides" */
  group: string;
  pages: number;
  /** per page: rank class, filters and sort keys */
  rank: number[];
  filters: Record<string, string>[];
  sort: Record<string, number>[];
  /** the group's pages (0-based) whose text holds each token */
  words: Postings;
  /** the group's pages whose title holds each token */
  titles: Postings;
}

export function groupIndex(group: string, pages: readonly SearchPage[]): GroupIndex {
  const words = new TokenTable();
  const titles = new TokenTable();
  pages.forEach((page, n) => {
    words.add(haystackOf(page), n);
    titles.add(norm(page.t), n);
  });
  return { group, pages: pages.length, rank: pages.map((p) => p.r), filters: pages.map((p) => p.f), sort: pages.map((p) => p.s), words: words.postings(), titles: titles.postings() };
}

/** A bundle's pages.json: what every query of the bundle reads first (public/search/search.js). */
export interface BundleMeta {
  pages: number;
  shards: number;
  /** [first page, group]: a record's path is p/<group>/<page - first>.json */
  groups: [number, string][];
  /** each page's rank class, one base-36 character a page */
  rank: string;
  /** each filter's value for every page (runsOf) */
  filters: Record<string, { values: string[]; runs: number[] }>;
  /** the sort keys sort.json holds */
  sorts: string[];
}

/** A bundle's w/<n>.json: the postings of the tokens that hash to it, of the text (w) and of titles (t). */
export interface Shard {
  w: Record<string, string>;
  t: Record<string, string>;
}

/** A bundle's sort.json: each sort key's value for every page, null where a page has none. */
export type SortFile = Record<string, (number | null)[]>;

/** Bytes of postings (as JSON) a shard aims at: a few KB once gzipped, so a query fetches little. */
const SHARD_BYTES = 12_000;

/**
 * A bundle's index from its groups, in the order given (which is the pages' order: a page's number
 * is its place in the bundle). Returns the files to write, by path within the bundle's folder.
 */
export function bundleFiles(groups: readonly GroupIndex[]): [string, string][] {
  const total = groups.reduce((sum, g) => sum + g.pages, 0);
  const firsts: number[] = [];
  let first = 0;
  for (const g of groups) {
    firsts.push(first);
    first += g.pages;
  }
  // Each token's pages across the groups, renumbered in the bundle, encoded. They are gathered in
  // one typed array, counted first: a list per token (a year of a thousand disclosures holds tens
  // of millions of pages) took three times the memory.
  const merge = (pick: (g: GroupIndex) => Postings) => {
    const numbers = new Map<string, number>();
    const counts: number[] = [];
    for (const g of groups) {
      const { tokens, starts } = pick(g);
      tokens.forEach((token, t) => {
        let n = numbers.get(token);
        if (n === undefined) numbers.set(token, (n = counts.push(0) - 1));
        counts[n]! += starts[t + 1]! - starts[t]!;
      });
    }
    const offsets = new Uint32Array(counts.length + 1);
    counts.forEach((count, n) => (offsets[n + 1] = offsets[n]! + count));
    const merged = new Uint32Array(offsets[counts.length]!);
    const filled = offsets.slice(0, counts.length);
    groups.forEach((g, i) => {
      const { tokens, starts, pages } = pick(g);
      const offset = firsts[i]!;
      tokens.forEach((token, t) => {
        const n = numbers.get(token)!;
        let at = filled[n]!;
        for (let p = starts[t]!; p < starts[t + 1]!; p++) merged[at++] = pages[p]! + offset;
        filled[n] = at;
      });
    });
    return [...numbers].map(([token, n]) => [token, encodePostings(merged.subarray(offsets[n]!, offsets[n + 1]!), total)] as const);
  };
  const encodedWords = merge((g) => g.words);
  const encodedTitles = merge((g) => g.titles);
  const size = [...encodedWords, ...encodedTitles].reduce((sum, [token, postings]) => sum + token.length * 3 + postings.length + 6, 0);
  let shards = 1;
  while (size / shards > SHARD_BYTES && shards < 4096) shards *= 2;
  const shardMaps = Array.from({ length: shards }, (): Shard => ({ w: {}, t: {} }));
  // tokens in code-unit order, so the files are the same whatever order the pages were read in
  const byToken = (a: readonly [string, string], b: readonly [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  for (const [token, postings] of encodedWords.sort(byToken)) shardMaps[hashToken(token) % shards]!.w[token] = postings;
  for (const [token, postings] of encodedTitles.sort(byToken)) shardMaps[hashToken(token) % shards]!.t[token] = postings;

  const filters = runsOf(groups.flatMap((g) => g.filters));
  const sortNames = [...new Set(groups.flatMap((g) => g.sort.flatMap((s) => Object.keys(s))))].sort();
  const sort: SortFile = Object.fromEntries(sortNames.map((name) => [name, groups.flatMap((g) => g.sort.map((s) => s[name] ?? null))]));
  const pages: BundleMeta = {
    pages: total,
    shards,
    groups: groups.map((g, i) => [firsts[i]!, g.group]),
    rank: groups.flatMap((g) => g.rank.map((r) => r.toString(36))).join(""),
    filters,
    sorts: sortNames,
  };
  return [
    ["pages.json", `${JSON.stringify(pages)}\n`],
    ["sort.json", `${JSON.stringify(sort)}\n`],
    ...shardMaps.map((shard, n) => [`w/${n}.json`, `${JSON.stringify(shard)}\n`] as [string, string]),
  ];
}

/**
 * Each filter's value for every page, run-length encoded: { 类型: { values: [...], runs: [value,
 * count, value, count, …] } }, value -1 where a page has no such filter. Pages of a disclosure sit
 * together, so 部门 and 年度 take a run each.
 */
function runsOf(filters: readonly Record<string, string>[]): Record<string, { values: string[]; runs: number[] }> {
  const names = [...new Set(filters.flatMap((f) => Object.keys(f)))].sort();
  return Object.fromEntries(
    names.map((name) => {
      const values = [...new Set(filters.map((f) => f[name]).filter((v): v is string => v !== undefined))].sort();
      const runs: number[] = [];
      for (const f of filters) {
        const value = f[name] === undefined ? -1 : values.indexOf(f[name]!);
        if (runs.length > 0 && runs[runs.length - 2] === value) runs[runs.length - 1]!++;
        else runs.push(value, 1);
      }
      return [name, { values, runs }];
    }),
  );
}

/** JSON as a script may carry it: the same text, with the two line separators JavaScript once refused escaped. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/** An offline part: a script that hands its pages to the search page. */
export function partScript(id: string, pages: readonly SearchPage[]): string {
  return `mingzhangSearch.part(${scriptJson(id)}, ${scriptJson(pages)});\n`;
}

/** One offline part, as parts.js lists it. */
export interface PartEntry {
  id: string;
  /** the year, or "" for the guides */
  year: string;
  department: string;
}

/** search/offline/parts.js: which parts this copy of the site holds, in the pages' order. */
export function manifestScript(parts: readonly PartEntry[]): string {
  return `mingzhangSearch.parts(${scriptJson(parts)});\n`;
}
