import Decimal from "decimal.js";
import { dec, formatAmount, type Amount } from "../disclosure/money.ts";

/** An amount as printed on the site: the source's digits, grouped; an empty cell as a dash. */
export function money(amount: Amount | null | undefined): string {
  return amount == null ? "—" : formatAmount(amount);
}

/**
 * An amount for reading, rounded half up to two decimals and grouped: 9,628.22. Summaries use it;
 * tables and downloads keep the exact published figures.
 */
export function rounded(amount: Amount | null | undefined): string {
  return amount == null ? "—" : formatAmount(dec(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
}

/** A change for reading, rounded as `rounded` and signed: +3.22, -10.00, 0.00 where it rounds to nothing. */
export function signedChange(amount: Amount | null | undefined): string {
  if (amount == null) return "—";
  const rounded = dec(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? formatAmount("0.00") : `${rounded.isPositive() ? "+" : ""}${formatAmount(rounded.toFixed(2))}`;
}

/**
 * A short form for headlines, in 亿元 when large: "10.17 亿元". Always shown next to, or with a
 * title holding, the exact figure, since it rounds.
 */
export function short(amount: Amount | null | undefined): string {
  if (amount == null) return "—";
  const value = dec(amount);
  if (value.abs().gte(10000)) return `${value.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)} 亿元`;
  return `${rounded(amount)} 万元`;
}

/** Share of a part in a whole, as a percentage with one decimal: "12.3%"; "—" when there is no whole. */
export function share(part: Amount | null | undefined, whole: Amount | null | undefined): string {
  const total = dec(whole);
  if (total.isZero()) return "—";
  const percent = dec(part).div(total).times(100);
  const rounded = percent.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  // a small but real amount must not read as nothing
  if (rounded.isZero() && !percent.isZero()) return percent.isNegative() ? ">-0.1%" : "<0.1%";
  return `${rounded.toFixed(1)}%`;
}

/** Counts with separators: 1,057. */
export function count(n: number): string {
  return new Intl.NumberFormat("zh-CN").format(n);
}
