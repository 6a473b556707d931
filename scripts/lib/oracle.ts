/**
 * Whether a parse of a mutant kept its promise: a benign mutant reads as the seed; any other
 * either reads what its text says, line by line, or is refused (invalid bytes at their line).
 * A parse that reads something else is a silent misread, the worst outcome there is.
 */
import { isDeepStrictEqual } from "node:util";
import type { Disclosure } from "../../src/lib/disclosure/schema.ts";
import { ParseFailure, parseText } from "../../src/lib/parse/index.ts";
import { factsByLine, shape } from "./facts.ts";
import { BENIGN, type Mutant, type Seed } from "./mutate.ts";

export const OUTCOMES = ["parsed", "refused", "silent", "refused-benign", "wrong-line", "crash", "hang"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the oracle compares with: the seed's own model, facts and shape. */
export interface Reference {
  seed: Seed;
  facts: Map<string, string[]>;
  shape: string;
}

export function reference(seed: Seed): Reference {
  return { seed, facts: factsByLine(seed.model), shape: shape(seed.model) };
}

export function judge(ref: Reference, mutant: Mutant, parse: () => Disclosure = () => parseText(mutant.bytes, "x.txt")): { outcome: Outcome; detail?: string } {
  let model: Disclosure;
  try {
    model = parse();
  } catch (error) {
    if (!(error instanceof ParseFailure)) return { outcome: "crash", detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    if ((BENIGN as readonly string[]).includes(mutant.kind)) return { outcome: "refused-benign", detail: error.message.split("\n")[0] };
    if (mutant.refuseAt !== undefined && !error.errors.some((e) => e.line === mutant.refuseAt)) return { outcome: "wrong-line", detail: `expected line ${mutant.refuseAt}: ${error.message.split("\n")[0]}` };
    return { outcome: "refused" };
  }
  if (mutant.refuseAt !== undefined) return { outcome: "silent", detail: "invalid bytes were read" };
  if ((BENIGN as readonly string[]).includes(mutant.kind)) {
    return shape(model) === ref.shape ? { outcome: "parsed" } : { outcome: "silent", detail: "a benign change changed the model" };
  }
  if (mutant.check) {
    const before = ref.seed.model.checks.find((c) => c.id === mutant.check);
    const after = model.checks.find((c) => c.id === mutant.check);
    return before && after && before.difference === after.difference && before.passed === after.passed ? { outcome: "parsed" } : { outcome: "silent", detail: `${mutant.check}: ${before?.difference} became ${after?.difference}` };
  }
  const facts = factsByLine(model);
  // a table kept as printed says why, at its line: its lines are reported, as a refusal's are
  const printed = new Set(model.tables.flatMap((t) => (t.shape === "grid" && t.asPrinted ? t.rows.map((row) => row.line) : [])));
  let reported = false;
  for (const [index, origin] of mutant.origin.entries()) {
    if (mutant.exempt?.includes(index + 1)) continue;
    const expected = origin === null ? undefined : ref.facts.get(`0:${origin}`);
    const actual = facts.get(`0:${index + 1}`);
    if (isDeepStrictEqual(actual ?? [], expected ?? [])) continue;
    if (printed.has(index + 1)) {
      reported = true;
      continue;
    }
    return { outcome: "silent", detail: `line ${index + 1} (seed line ${origin}): read ${JSON.stringify(actual ?? [])}, expected ${JSON.stringify(expected ?? [])}` };
  }
  return { outcome: reported ? "refused" : "parsed" };
}
