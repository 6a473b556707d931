import type { Disclosure } from "../disclosure/schema.ts";
import { refusalOf, type Refusal } from "../refused.ts";
import { parseFile } from "./index.ts";
import { readManifest } from "./manifest.ts";

/** A source read: its model, or why it was refused. */
export type Read = { model: Disclosure } | { refusal: Refusal };

/**
 * Reads one source, on a worker thread of the content step (src/lib/pool.ts) or not. No file stops
 * the others: whatever goes wrong, its manifest included, is that file's refusal.
 */
export async function run(file: string): Promise<Read> {
  try {
    const model = await parseFile(file);
    readManifest(file);
    return { model };
  } catch (error) {
    return { refusal: refusalOf(file, error) };
  }
}
