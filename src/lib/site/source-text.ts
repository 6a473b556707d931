import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SEEDS_DIR } from "../content.ts";
import type { Disclosure } from "../disclosure/schema.ts";

/**
 * The lines of a text source as the parser read them: decoded from the encoding it was read in,
 * its byte-order mark dropped, cut at LF, CRLF or CR, so that line N here is line N of every
 * record's place.
 */
export function sourceLines(d: Pick<Disclosure, "source">): string[] {
  const bytes = readFileSync(join(SEEDS_DIR, d.source.file));
  const text = new TextDecoder(d.source.encoding ?? "utf-8").decode(bytes);
  return text.split(/\r\n|\r|\n/);
}
