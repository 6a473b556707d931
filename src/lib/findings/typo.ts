import type { Amount } from "../disclosure/money.ts";
import type { Check } from "../disclosure/schema.ts";

/**
 * A slip of one digit in one of the figures a sentence gives, that would make the sentence hold:
 * "上年执行数43269.3万元 … 3845.49万元 … 增加17.62%" holds exactly if 43269.3 is read 3269.3. It is
 * offered to readers as a possibility, never as a correction, and only when it is the one reading
 * of one figure that does: several candidate slips say nothing.
 */
export type Typo = NonNullable<Check["typo"]>;

const DIGITS = "0123456789";

/** A figure's text is a number as a text prints one: no leading zero but before a point, no empty part. */
const wellFormed = (s: string) => /^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(s);

/**
 * Every figure one keystroke away: a digit of its whole part dropped or doubled in, a digit changed,
 * or two neighbours swapped. Its decimals stay as many as printed (a text prints them to a fixed
 * place; a shorter figure would only widen its rounding until anything agrees).
 */
export function oneDigitAway(figure: Amount): Amount[] {
  const out = new Set<string>();
  const negative = figure.startsWith("-");
  const body = negative ? figure.slice(1) : figure;
  const point = body.includes(".") ? body.indexOf(".") : body.length;
  for (let i = 0; i <= body.length; i++) {
    const digit = i < body.length && DIGITS.includes(body[i] ?? "");
    if (digit && i < point) out.add(body.slice(0, i) + body.slice(i + 1));
    for (const d of DIGITS) {
      if (i <= point) out.add(body.slice(0, i) + d + body.slice(i));
      if (digit) out.add(body.slice(0, i) + d + body.slice(i + 1));
    }
    const next = body[i + 1];
    if (digit && next !== undefined && DIGITS.includes(next)) out.add(body.slice(0, i) + next + body[i] + body.slice(i + 2));
  }
  out.delete(body);
  return [...out].filter(wellFormed).map((s) => (negative ? `-${s}` : s));
}

/**
 * The one slip of one figure that makes `holds` true of the figures, if there is exactly one.
 * Figures the rest of the text confirms (a sum it states that agrees with its table) are not suspects.
 */
export function typoOf(figures: readonly Amount[], holds: (figures: Amount[]) => boolean, confirmed: ReadonlySet<Amount> = new Set()): Typo | undefined {
  const found = new Map<string, Typo>();
  figures.forEach((printed, i) => {
    if (confirmed.has(printed)) return;
    for (const reading of oneDigitAway(printed)) {
      const read = figures.map((f, j) => (j === i ? reading : f));
      if (holds(read)) found.set(`${i}:${reading}`, { printed, reading });
    }
  });
  return found.size === 1 ? [...found.values()][0] : undefined;
}
