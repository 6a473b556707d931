import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Disclosure } from "./disclosure/schema.ts";

/** Where the content step writes one JSON per disclosure, and the site and archives read them. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? join("content", "disclosures");

/** Every disclosure the content step wrote, in file-name order. */
export function readContent(dir = CONTENT_DIR): Disclosure[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf-8")) as Disclosure);
}
