/**
 * Search records made ahead: `npm run build` reads each searchable page of a disclosure as soon as
 * Astro has written it, beside astro build (scripts/predeflate.ts), into one file per disclosure.
 * The search step takes a record only where the page's bytes have the same SHA-256, so this saves
 * it the reading of most pages and never changes the index.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPage } from "./extract.ts";
import { searchPage, type SearchPage } from "./index.ts";

const BODY = Buffer.from(" data-pagefind-body");

/** A built page's search record; none for a page outside the index (most are: treemaps, checks, downloads), whose bytes are never decoded. */
export function searchRecordOf(name: string, bytes: Buffer): SearchPage | undefined {
  if (!name.endsWith(".html") || bytes.indexOf(BODY) < 0) return undefined;
  const record = extractPage(bytes.toString("utf-8"), name);
  return record && searchPage(record);
}

/** The file that holds a page's record made ahead: one per disclosure folder; none for other pages. */
export function aheadFileOf(cache: string, name: string): string | undefined {
  const folder = /^(\d{4})\/([^/]+)\//.exec(name);
  return folder ? join(cache, `${folder[1]}-${folder[2]}.search.jsonl`) : undefined;
}

interface Ahead {
  /** the page's path from the site root */
  n: string;
  /** SHA-256 of the page's bytes when it was read */
  h: string;
  p: SearchPage;
}

/** A page's record as the file made ahead holds it: a line of JSON. */
export function aheadLine(name: string, sha256: string, page: SearchPage): string {
  return `${JSON.stringify({ n: name, h: sha256, p: page } satisfies Ahead)}\n`;
}

/** The records of a file made ahead, by page; a line cut short (a build stopped midway) ends the list. */
export function readAhead(file: string | undefined): Map<string, Ahead> {
  const records = new Map<string, Ahead>();
  if (!file || !existsSync(file)) return records;
  for (const line of readFileSync(file, "utf-8").split("\n")) {
    try {
      const record = JSON.parse(line) as Ahead;
      records.set(record.n, record);
    } catch {
      break;
    }
  }
  return records;
}
