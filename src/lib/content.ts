import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Disclosure } from "./disclosure/schema.ts";

/** Where the sources are: every seeds/*.pdf and *.txt is a disclosure. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? "seeds";

/** Where the content step writes one JSON per disclosure, and the site and archives read them. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? join("content", "disclosures");

/**
 * Every disclosure the content step wrote, in file-name order, each reduced by `pick` as soon as it
 * is read: the whole content is never held at once.
 */
export function readContent<T>(pick: (disclosure: Disclosure) => T, dir = CONTENT_DIR): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => pick(JSON.parse(readFileSync(join(dir, name), "utf-8")) as Disclosure));
}
