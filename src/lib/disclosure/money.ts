import DecimalJs from "decimal.js";
import { z } from "zod";

/**
 * Amounts are kept as the source wrote them, minus thousands separators: "1,077.766800" → "1077.766800".
 * The string is the truth; Decimal is only for arithmetic, so no digit is ever lost or invented.
 */
const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * The largest amount the parser accepts: 20 digits before the point and 10 after. Sums of any
 * number of such amounts stay well inside Decimal's 64 significant digits below, so every sum is
 * exact; an amount past the bound is refused with a message rather than rounded.
 */
export const AMOUNT_BOUND = "至多 20 位整数、10 位小数";
// thousands grouped, or only the last three digits set apart as some printings do (120258,600 元)
const SOURCE_AMOUNT = /^-?(\d{1,3}(,\d{3}){1,6}|\d{4,17},\d{3}|\d{1,20})(\.\d{1,10})?$/;

/** decimal.js with room for every sum the checks make: its default 20 digits would round large ones. */
export const Decimal = DecimalJs.clone({ precision: 64, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** 金额 (amount), exact decimal string without separators, in the unit of its table */
export const amount = z.string().regex(AMOUNT, "an exact decimal string such as 1077.766800");
/** 金额 or an empty cell (no amount) */
export const optionalAmount = amount.nullable();

export type Amount = z.infer<typeof amount>;

/** 金额单位 as the disclosures print them */
export const UNITS = ["元", "万元"] as const;
export const unit = z.enum(UNITS);
export type Unit = z.infer<typeof unit>;

/** The source's cell text as an amount, or undefined when it is not one ("1,4O3.37", or past the bound). */
export function readAmount(cell: string): Amount | undefined {
  const text = cell.trim();
  return SOURCE_AMOUNT.test(text) ? text.replaceAll(",", "") : undefined;
}

/** Whether a cell reads as a number at all, bound or not: such a cell is never a name or a label. */
export function looksNumeric(cell: string): boolean {
  return /^-?[\d,]+(\.\d+)?$/.test(cell.trim());
}

export const ZERO = new Decimal(0);
// The checks add the same cells up several times over (a row, its column, the table, another
// table); reading each string once halves their cost. Decimals are immutable, so sharing is safe;
// the cache is emptied when full, so it stays bounded however many disclosures are parsed.
const read = new Map<string, Decimal>();

export function dec(value: Amount | null | undefined): Decimal {
  if (value == null) return ZERO;
  let decimal = read.get(value);
  if (decimal === undefined) {
    if (read.size >= 50_000) read.clear();
    decimal = new Decimal(value);
    read.set(value, decimal);
  }
  return decimal;
}

export function sum(values: Iterable<Amount | null | undefined>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(dec(value));
  return total;
}

/** Digits after the point as published: "1077.766800" → 6, "96282213.44" → 2, "12604173" → 0. */
export function decimalsOf(value: Amount | null | undefined): number {
  if (value == null) return 0;
  const point = value.indexOf(".");
  return point < 0 ? 0 : value.length - point - 1;
}

/**
 * The most digits after the point among amounts (0 for none): a sum is written with as many. A loop,
 * not Math.max(...): a table of 100,000 rows would overflow the call stack.
 */
export function maxDecimals(values: Iterable<Amount | null | undefined>): number {
  let most = 0;
  for (const value of values) most = Math.max(most, decimalsOf(value));
  return most;
}

/** A computed figure written with `decimals` digits after the point: as many as its inputs had. */
export function toAmount(value: Decimal, decimals: number): Amount {
  return value.toFixed(decimals);
}

/** An amount in 万元, exactly, whatever unit it was published in: from 元 the point moves four places, no digit is rounded. */
export function toWan(value: Amount, unit: Unit): Amount;
export function toWan(value: Amount | null | undefined, unit: Unit): Amount | null;
export function toWan(value: Amount | null | undefined, unit: Unit): Amount | null {
  if (value == null) return null;
  return unit === "万元" ? value : toAmount(dec(value).div(10000), decimalsOf(value) + 4);
}

/** "1077.766800" → "1,077.766800": the digits unchanged, grouped for reading. */
export function formatAmount(value: Amount): string {
  const negative = value.startsWith("-");
  const [int = "", frac] = (negative ? value.slice(1) : value).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `.${frac}`}`;
}

/** Half of the last printed digit, by the number of decimals: 0.5, 0.05, 0.005 … made once. */
const HALF_DIGIT: Decimal[] = [];
export const halfDigit = (decimals: number): Decimal => (HALF_DIGIT[decimals] ??= new Decimal(10).pow(-decimals).div(2));
