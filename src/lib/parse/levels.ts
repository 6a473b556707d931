import { dec, type Decimal } from "../disclosure/money.ts";
import type { GridRow } from "../disclosure/tables.ts";

/**
 * Which rows of a table printed without codes are subtotals of the rows under them, told by their
 * sums: a row is a subtotal where the rows after it add up to it exactly, in every amount column,
 * and the whole reads so that its top rows add up to the 合计. The rows of a 类 (一般公共服务支出
 * 12,868.19 over 社会工作事务 0.19 and 其他一般公共服务支出 12,868.00, each over its 项) are read as
 * the table printed them; a table no reading adds up gives none (undefined), and is not guessed at.
 *
 * The search tries each row as a subtotal before as a detail row, remembers what it has tried, and
 * gives up after a bounded number of steps: a table of a few hundred rows is decided in milliseconds
 * or left unread.
 */
export function subtotalsBySums(rows: readonly GridRow[], columns: readonly string[], total?: GridRow, subject?: string): Set<GridRow> | undefined {
  if (rows.length === 0 || columns.length === 0) return undefined;
  // where some rows print a code, a coded row's rows under it are those whose codes extend its own
  const codes = rows.map((row) => (subject ? row.subjects[subject]?.code || undefined : undefined));
  const under = (parent: number, child: number) => {
    const [p, c] = [codes[parent], codes[child]];
    return p === undefined || c === undefined || (c.startsWith(p) && c !== p);
  };
  const vectors = rows.map((row) => columns.map((key) => dec(row.amounts[key])));
  const nonNegative = vectors.every((v) => v.every((d) => !d.isNegative()));
  const zero = columns.map(() => dec("0"));
  const minus = (a: readonly Decimal[], b: readonly Decimal[]) => a.map((d, i) => d.minus(b[i] as Decimal));
  const key = (v: readonly Decimal[]) => v.map((d) => d.toString()).join(",");
  const parents = new Set<number>();
  const failed = new Set<string>();
  let steps = 0;
  const BUDGET = 200_000;

  /** Whether rows[i..end) are trees that add up to `target` (any sum where target is undefined). */
  const sequence = (i: number, end: number, target: readonly Decimal[] | undefined): boolean => {
    if (++steps > BUDGET) throw new Error("budget");
    if (i === end) return target === undefined || target.every((d) => d.isZero());
    if (target && nonNegative && target.some((d) => d.isNegative())) return false;
    const memo = `${i}:${end}:${target ? key(target) : "*"}`;
    if (failed.has(memo)) return false;
    const own = vectors[i] as Decimal[];
    const rest = target && minus(target, own);
    // row i over the rows up to k, then its siblings from k
    for (let k = i + 2; k <= end; k++) {
      if (!under(i, k - 1)) break;
      if (sequence(i + 1, k, own) && sequence(k, end, rest)) {
        parents.add(i);
        return true;
      }
      // what was added for a reading that failed is taken back
      for (const p of [...parents]) if (p > i && p < end) parents.delete(p);
    }
    // a row whose code the next row's extends is over it, not beside it
    const extended = i + 1 < rows.length && codes[i] !== undefined && codes[i + 1]?.startsWith(codes[i] as string) && codes[i + 1] !== codes[i];
    if (!extended && sequence(i + 1, end, rest)) return true;
    failed.add(memo);
    return false;
  };

  try {
    const target = total ? columns.map((c) => dec(total.amounts[c])) : undefined;
    if (!sequence(0, rows.length, target ?? (total ? zero : undefined))) return undefined;
  } catch {
    return undefined;
  }
  return new Set([...parents].map((i) => rows[i] as GridRow));
}
