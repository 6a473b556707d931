import { dec } from "../disclosure/money.ts";
import type { Disclosure, Indicator, Project } from "../disclosure/schema.ts";
import { change, type Change } from "./corpus.ts";
import { plainText } from "./downloads.ts";
import { overview, wan } from "./overview.ts";
import { perObject } from "../memo.ts";

/**
 * A project followed across disclosures by its 项目编码. Only a code says two rows are one project:
 * names are reworded from year to year and different projects share names, so a template that
 * prints no code has no history, and none is guessed.
 */

/** One disclosure's row of a project. */
export interface Appearance {
  d: Disclosure;
  p: Project;
}

/** Every code printed in more than one disclosure, with its appearances oldest first; found once per list of disclosures. */
export const projectHistories = perObject((all: readonly Disclosure[]): Map<string, Appearance[]> => {
  const byCode = new Map<string, Appearance[]>();
  for (const d of all) for (const p of d.projects) if (p.code) byCode.set(p.code, [...(byCode.get(p.code) ?? []), { d, p }]);
  return new Map(
    [...byCode]
      .filter(([, list]) => list.length > 1)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, list]) => [code, list.sort((a, b) => a.d.year - b.d.year || a.d.kind.localeCompare(b.d.kind) || a.d.scope.localeCompare(b.d.scope))]),
  );
});

/** How many times each project code is listed, across the disclosures given (a code may recur within one). */
export function appearanceCounts(all: readonly Disclosure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of all) for (const p of d.projects) if (p.code) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return counts;
}

/** A project's amount in 万元, exactly, whatever unit its table printed. */
export const projectWan = ({ d, p }: Appearance) => wan(p.total, overview(d).projectUnit);

/** A stretch of a goal's text in a diff: kept, or only in the earlier or the later year. */
export interface Piece {
  op: "same" | "removed" | "added";
  text: string;
}

/** Clauses end at Chinese and Latin punctuation and at line ends: the unit a reader compares. */
const clauses = (text: string) => text.match(/[^，。；;！？!?：:\n]*(?:[，。；;！？!?：:\n]|$)/g)?.filter(Boolean) ?? [];

/** The longest common subsequence of two lists, as the table of its lengths from each pair of positions on. */
function lcsTable<T>(a: readonly T[], b: readonly T[]): number[][] {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  return lcs;
}

/** Two lists of text compared, what went before what came (as readers of a diff expect), adjacent pieces of one kind joined. */
function diffUnits(a: readonly string[], b: readonly string[]): Piece[] {
  const lcs = lcsTable(a, b);
  const pieces: Piece[] = [];
  const push = (op: Piece["op"], text: string) => {
    const last = pieces.at(-1);
    if (last?.op === op) last.text += text;
    else pieces.push({ op, text });
  };
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) push("same", a[i++]!), j++;
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push("removed", a[i++]!);
    else push("added", b[j++]!);
  }
  return pieces;
}

/**
 * Two texts compared clause by clause; a clause reworded is then compared character by character,
 * where more than half of it stayed, so that a reader sees the two characters that changed rather than two
 * sentences. Goals run to a few dozen clauses of a few dozen characters: the tables stay small.
 */
export function diffText(before: string, after: string): Piece[] {
  const pieces = diffUnits(clauses(before), clauses(after));
  const out: Piece[] = [];
  for (let n = 0; n < pieces.length; n++) {
    const [piece, next] = [pieces[n]!, pieces[n + 1]];
    if (piece.op === "removed" && next?.op === "added") {
      const [a, b] = [Array.from(piece.text), Array.from(next.text)];
      if (lcsTable(a, b)[0]![0]! * 2 > Math.max(a.length, b.length)) {
        out.push(...diffUnits(a, b));
        n++;
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

/** An indicator is the same one across years when its three levels read the same. */
const indicatorKey = (i: Indicator) => `${i.level1}\u0000${i.level2}\u0000${i.level3}`;
const target = (i: Indicator) => `${i.operator === "定性" ? "" : i.operator}${i.value}${i.unit}`;

export interface IndicatorChange {
  level1: string;
  level2: string;
  level3: string;
  /** 性质, 指标值 and 度量单位 as one target (≥90%); null where the year lacks the indicator */
  before: string | null;
  after: string | null;
  status: "added" | "removed" | "changed";
}

/** What changed between two appearances of a project: name, amount, goal, indicators. */
export function diffProjects(before: Appearance, after: Appearance) {
  const a = new Map(before.p.indicators.map((i) => [indicatorKey(i), i]));
  const b = new Map(after.p.indicators.map((i) => [indicatorKey(i), i]));
  const indicators: IndicatorChange[] = [];
  for (const [key, i] of a) {
    const j = b.get(key);
    if (!j) indicators.push({ ...levels(i), before: target(i), after: null, status: "removed" });
    else if (target(i) !== target(j)) indicators.push({ ...levels(i), before: target(i), after: target(j), status: "changed" });
  }
  for (const [key, j] of b) if (!a.has(key)) indicators.push({ ...levels(j), before: null, after: target(j), status: "added" });
  const [goalBefore, goalAfter] = [plainText(before.p.goal), plainText(after.p.goal)];
  return {
    amount: change("项目总额", projectWan(before), projectWan(after)) satisfies Change,
    renamed: before.p.name !== after.p.name,
    goal: goalBefore === goalAfter ? null : diffText(goalBefore, goalAfter),
    indicators,
  };
}

const levels = (i: Indicator) => ({ level1: i.level1, level2: i.level2, level3: i.level3 });

/** Projects of two disclosures compared by code: which came, which went (in printed order), which changed in amount (largest change first). */
export function projectChanges(before: Disclosure, after: Disclosure) {
  const coded = (d: Disclosure) => new Map(d.projects.filter((p) => p.code).map((p) => [p.code!, p]));
  const [a, b] = [coded(before), coded(after)];
  return {
    /** neither prints codes: nothing can be followed */
    comparable: a.size > 0 && b.size > 0,
    added: [...b.values()].filter((p) => !a.has(p.code!)),
    removed: [...a.values()].filter((p) => !b.has(p.code!)),
    changed: [...b.values()].flatMap((p) => {
      const q = a.get(p.code!);
      if (!q) return [];
      const c = change(p.name, projectWan({ d: before, p: q }), projectWan({ d: after, p }), p.code);
      return c.change !== null && !dec(c.change).isZero() ? [c] : [];
    }).sort((x, y) => dec(y.change).abs().comparedTo(dec(x.change).abs()) || (x.code ?? "").localeCompare(y.code ?? "")),
  };
}
