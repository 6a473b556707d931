import Decimal from "decimal.js";
import { z } from "zod";

/**
 * Amounts are kept as the source wrote them, minus thousands separators: "1,077.766800" → "1077.766800".
 * The string is the truth; Decimal is only for arithmetic, so no digit is ever lost or invented.
 */
const AMOUNT = /^-?\d+(\.\d+)?$/;
const SOURCE_AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** 金额 (amount), 万元, exact decimal string without separators */
export const amount = z.string().regex(AMOUNT, "an exact decimal string such as 1077.766800");
/** 金额 or an empty cell (no amount) */
export const optionalAmount = amount.nullable();

export type Amount = z.infer<typeof amount>;

/** The source's cell text as an amount, or undefined when it is not one ("1,4O3.37"). */
export function readAmount(cell: string): Amount | undefined {
  const text = cell.trim();
  return SOURCE_AMOUNT.test(text) ? text.replaceAll(",", "") : undefined;
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

/** Six decimals, as the disclosures print 万元. */
export function toAmount(value: Decimal): Amount {
  return value.toFixed(6);
}

/** "1077.766800" → "1,077.766800": the digits unchanged, grouped for reading. */
export function formatAmount(value: Amount): string {
  const negative = value.startsWith("-");
  const [int = "", frac] = (negative ? value.slice(1) : value).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `.${frac}`}`;
}
