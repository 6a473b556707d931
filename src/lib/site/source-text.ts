import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SEEDS_DIR } from "../content.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import { linesOf } from "../source/text.ts";

/**
 * The lines of a text source as the parser read them: decoded from the encoding it was read in,
 * its byte-order mark dropped (TextDecoder drops it), cut into lines by the parser's own rule.
 */
export function sourceLines(d: Pick<Disclosure, "source">): string[] {
  const bytes = readFileSync(join(SEEDS_DIR, d.source.file));
  return linesOf(new TextDecoder(d.source.encoding ?? "utf-8").decode(bytes));
}
