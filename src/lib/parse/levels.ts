import { dec, type Decimal, halfDigit, maxDecimals } from "../disclosure/money.ts";
import type { GridRow } from "../disclosure/tables.ts";

/**
 * How the rows of a table printed without codes stand, told by their sums: each row's depth under
 * the 合计 (1 for a top row), a row over deeper rows being their subtotal. A row is a subtotal where
 * the rows after it add up to it exactly, in every amount column, and the whole reads so that its
 * top rows add up to the 合计. The rows of a 类 (一般公共服务支出
 * 12,868.19 over 社会工作事务 0.19 and 其他一般公共服务支出 12,868.00, each over its 项) are read as
 * the table printed them; a table no reading adds up gives none (undefined), and is not guessed at.
 * Where no reading adds up exactly, one is sought whose subtotals and 合计 each miss the rows under
 * them by no more than those rows' rounding (杭州 表3: 行政事业单位养老支出 7,458.52 over three rows
 * of 7,458.51); the differences are the rounding checks' to report.
 *
 * The search tries each row as a subtotal before as a detail row, remembers what it has tried, and
 * gives up after a bounded number of steps: a table of a few hundred rows is decided in milliseconds
 * or left unread.
 */
export function levelsBySums(rows: readonly GridRow[], columns: readonly string[], total?: GridRow, subject?: string): Map<GridRow, number> | undefined {
  if (rows.length === 0 || columns.length === 0) return undefined;
  // where some rows print a code, a coded row's rows under it are those whose codes extend its own
  const codes = rows.map((row) => (subject ? row.subjects[subject]?.code || undefined : undefined));
  const under = (parent: number, child: number) => {
    const [p, c] = [codes[parent], codes[child]];
    return p === undefined || c === undefined || (c.startsWith(p) && c !== p);
  };
  const vectors = rows.map((row) => columns.map((key) => dec(row.amounts[key])));
  const nonNegative = vectors.every((v) => v.every((d) => !d.isNegative()));
  const minus = (a: readonly Decimal[], b: readonly Decimal[]) => a.map((d, i) => d.minus(b[i] as Decimal));
  const key = (v: readonly Decimal[]) => v.map((d) => d.toString()).join(",");
  const parents = new Set<number>();
  /** where each subtotal's rows end: rows[i + 1 .. ends[i]) are under rows[i] */
  const ends = new Map<number, number>();
  const failed = new Set<string>();
  let steps = 0;
  const BUDGET = 200_000;

  // in the loose pass, how far a run of rows may miss the row over it: half a last digit a figure
  let half: Decimal[] | undefined;

  /**
   * Whether rows[i..end) are trees that add up to `target` (any sum where target is undefined);
   * `width` is the number of rows of the run they end: in the loose pass, the run's rounding bound.
   */
  const sequence = (i: number, end: number, target: readonly Decimal[] | undefined, width: number): boolean => {
    if (++steps > BUDGET) throw new Error("budget");
    const within = (d: Decimal, c: number) => (half ? d.abs().lte((half[c] as Decimal).times(width + 1)) : d.isZero());
    if (i === end) return target === undefined || target.every(within);
    if (target && nonNegative && target.some((d, c) => d.isNegative() && !within(d, c))) return false;
    const memo = `${i}:${end}:${width}:${target ? key(target) : "*"}`;
    if (failed.has(memo)) return false;
    const own = vectors[i] as Decimal[];
    const rest = target && minus(target, own);
    // row i over the rows up to k, then its siblings from k
    for (let k = i + 2; k <= end; k++) {
      if (!under(i, k - 1)) break;
      if (sequence(i + 1, k, own, k - i - 1) && sequence(k, end, rest, width)) {
        parents.add(i);
        ends.set(i, k);
        return true;
      }
      // what was added for a reading that failed is taken back
      for (const p of [...parents]) if (p > i && p < end) parents.delete(p);
    }
    // a row whose code the next row's extends is over it, not beside it
    const extended = i + 1 < rows.length && codes[i] !== undefined && codes[i + 1]?.startsWith(codes[i] as string) && codes[i + 1] !== codes[i];
    if (!extended && sequence(i + 1, end, rest, width)) return true;
    failed.add(memo);
    return false;
  };

  try {
    const target = total ? columns.map((c) => dec(total.amounts[c])) : undefined;
    if (!sequence(0, rows.length, target, rows.length)) {
      if (!total || !target) return undefined;
      // no exact reading: one where each run of rows misses the row over it (or the 合计) by its rounding only
      half = columns.map((c) => halfDigit(maxDecimals([total, ...rows].map((row) => row.amounts[c]))));
      failed.clear();
      parents.clear();
      if (!sequence(0, rows.length, target, rows.length)) return undefined;
    }
  } catch {
    return undefined;
  }
  // each row's depth under the 合计 (1: a top row), by the runs its subtotals head
  const depths = new Map<GridRow, number>();
  const open: number[] = [];
  rows.forEach((row, j) => {
    while (open.length > 0 && (open.at(-1) as number) <= j) open.pop();
    depths.set(row, open.length + 1);
    if (parents.has(j)) open.push(ends.get(j) as number);
  });
  return depths;
}
