import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Disclosure } from "./disclosure/schema.ts";

/** Where the sources are: every seeds/*.pdf and *.txt is a disclosure. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? "seeds";

/** Where the content step writes one JSON per disclosure, and the site and archives read them. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? join("content", "disclosures");

/** One disclosure as the content step wrote it (and validated it, with the schema Astro uses again). */
export function readDisclosure(file: string): Disclosure {
  return JSON.parse(readFileSync(file, "utf-8")) as Disclosure;
}

/**
 * Every disclosure the content step wrote, in file-name order, each reduced by `pick` (which is
 * also told its file) as soon as it is read: the whole content is never held at once.
 */
export function readContent<T>(pick: (disclosure: Disclosure, file: string) => T, dir = CONTENT_DIR): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name))
    .map((file) => pick(readDisclosure(file), file));
}
