import { bySuffix, headerName } from "../parse/header.ts";
import { compact } from "../parse/text.ts";
import { THREE_PUBLIC_COLUMNS, THREE_PUBLIC_GROUPS } from "../templates/vocabulary.ts";
import { singleRow, totalRow } from "./access.ts";
import { type Amount, maxDecimals, sum, toAmount } from "./money.ts";
import type { GridRow, GridTable } from "./tables.ts";

/**
 * The “三公” figures of a table, however its region lays it out. Regions print the same six
 * figures (合计, 因公出国（境）费, 公务用车购置及运行费 and its two parts, 公务接待费) in four ways:
 * - as columns of one row, or of a 合计 row above one row per unit (杭州), last year's beside (烟台);
 * - as columns split by fund (总计/一般公共预算, 总计/政府性基金预算 …), one row per year (深圳);
 * - as rows, one figure each, in one column (福州), or beside other rows (广州's 行政经费).
 * Each figure is read as printed, or summed exactly over its funds; where it is, with its rows.
 */

export const THREE_PUBLIC_KEYS = ["total", "outboundTravel", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"] as const;
export type ThreePublicKey = (typeof THREE_PUBLIC_KEYS)[number];

export interface ThreePublic {
  /** each figure in the table's unit; a 决算's 预算数 under `<key>Budget` where it prints one */
  readonly amounts: Readonly<Record<string, Amount | null | undefined>>;
  /** the row each figure was read from */
  readonly rows: Readonly<Partial<Record<ThreePublicKey, GridRow>>>;
}

const KEYED = new Set<string>(THREE_PUBLIC_KEYS);
const figureOf = bySuffix(
  THREE_PUBLIC_COLUMNS.filter((c) => KEYED.has(c.key)),
  THREE_PUBLIC_GROUPS,
);
/** The figure a header path or a row's name names, where it names exactly one. */
function keyOf(path: readonly string[]): ThreePublicKey | undefined {
  const found = figureOf(path);
  return found.length === 1 ? (found[0]?.key as ThreePublicKey) : undefined;
}

/** A row's name without its numbering: 其中：（1）公务用车购置费, 1、因公出国（境）费用, （三）公务接待费支出. */
const NUMBERING = /^(?:其中[:：])?(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+\s*[、.．])?/;
const nameOf = (row: GridRow) => compact(Object.values(row.texts).find((text) => text) ?? "").replace(NUMBERING, "");

const FUNDS = new Set(["一般公共预算", "政府性基金预算", "国有资本经营预算"].map(headerName));

/** The row of the disclosure's year in a table that prints one per year (2025年, 2026年, 增减变化金额). */
const yearRow = (t: GridTable, year: number) => t.rows.find((row) => Object.values(row.texts).some((text) => compact(text ?? "") === `${year}年`));

export function threePublicOf(t: GridTable, year: number): ThreePublic | undefined {
  // figures as rows: at least two rows named by them
  const named = t.rows.map((row) => [row, keyOf([nameOf(row)])] as const).filter((pair): pair is readonly [GridRow, ThreePublicKey] => pair[1] !== undefined);
  const column = t.columns.find((c) => c.key === "total") ?? t.columns.find((c) => c.kind === "amount");
  if (new Set(named.map(([, key]) => key)).size >= 2 && column) {
    const rows: Partial<Record<ThreePublicKey, GridRow>> = {};
    // the first row of a name: a “三公”经费 row before a 合计 of the whole table
    for (const [row, key] of [...named].sort(([a], [b]) => Number(nameOf(a) === "合计") - Number(nameOf(b) === "合计"))) rows[key] ??= row;
    return { amounts: Object.fromEntries(THREE_PUBLIC_KEYS.map((key) => [key, rows[key]?.amounts[column.key]])), rows };
  }
  // figures as columns; where two years stand side by side (2025年预算数, 2026年预算数: 烟台), the disclosure's year's
  if (t.columns.some((c) => KEYED.has(c.key))) {
    const row = totalRow(t) ?? yearRow(t, year) ?? singleRow(t);
    const ofYear = new Map<ThreePublicKey, string>();
    for (const c of t.columns) {
      const [group = "", ...rest] = c.header;
      // (a column the year left empty was kept as printed, as text)
      const key = rest.length > 0 && compact(group).startsWith(`${year}年`) ? keyOf(rest) : undefined;
      if (key) ofYear.set(key, c.key);
    }
    return row && { amounts: { ...row.amounts, ...Object.fromEntries([...ofYear].map(([key, column]) => [key, row.amounts[column] ?? null])) }, rows: Object.fromEntries(THREE_PUBLIC_KEYS.map((key) => [key, row])) };
  }
  // figures split by fund: each the exact sum of its funds
  const byFund = new Map<ThreePublicKey, string[]>();
  for (const c of t.columns) {
    const key = c.kind === "amount" && c.header.length > 1 && FUNDS.has(headerName(c.header.at(-1) ?? "")) ? keyOf(c.header.slice(0, -1)) : undefined;
    if (key) byFund.set(key, [...(byFund.get(key) ?? []), c.key]);
  }
  const row = byFund.size > 0 ? (yearRow(t, year) ?? totalRow(t) ?? singleRow(t)) : undefined;
  if (!row) return undefined;
  const amounts = Object.fromEntries(
    [...byFund].map(([key, columns]) => {
      const values = columns.map((c) => row.amounts[c]).filter((v): v is Amount => v != null);
      return [key, values.length === 0 ? null : toAmount(sum(values), maxDecimals(values))];
    }),
  );
  return { amounts, rows: Object.fromEntries([...byFund.keys()].map((key) => [key, row])) };
}
