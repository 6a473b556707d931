import Decimal from "decimal.js";
import { dec } from "../disclosure/money.ts";
import type { Check, Disclosure } from "../disclosure/schema.ts";
import type { Table } from "../disclosure/tables.ts";
import { money } from "./format.ts";

type TableKey = Table["key"];

/**
 * A finding in the document's own words, for readers: what the source says (its clause, quoted),
 * what its tables or its own figures make it, and by how much the two differ — "原文说“比2026年预算
 * 增加793.14万元”；本公开是2026年的，与上一年比较应称2025年，原文却称2026年（即本年）". The rule the check applies stays beside, as
 * its 核对内容; no internal id is shown.
 */
export interface PlainFinding {
  /** the clause of the quote that states the figure, as printed (absent when no clause names it) */
  clause?: string;
  /** the sentence after the clause, in parts: a part naming a table links to it */
  parts: { text: string; table?: TableKey }[];
  /** a one-digit slip that would make the statement hold, said as a possibility */
  possibly?: string;
}

/** What a finding says of a figure printed empty. */
const BLANK = "空着未填（计算时按 0 计）";

/** A percentage as a reader reads it: two decimals. */
export const percent = (value: string) => dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** A check's figure as a table of checks prints it, the amounts' unit in its caption: 1,234.56, 17.62%, 2025 年. */
export function checkFigure(c: Pick<Check, "unit">, value: string): string {
  if (c.unit === "%") return `${percent(value)}%`;
  if (c.unit === "年" || c.unit === "个") return `${value} ${c.unit}`;
  return money(value);
}

/** Where a check's figures stand in a PDF: each page once, in source order. */
export function pagesOf(c: Pick<Check, "at">): Check["at"] {
  return [...new Map(c.at.filter((a) => a.page !== undefined).map((a) => [a.page, a])).values()];
}

/** A difference as a reader reads it, without its sign (the sentence says which is which). */
function gap(c: Check): string {
  const size = c.difference.replace(/^-/, "");
  if (c.unit === "%") return `相差 ${percent(size)} 个百分点`;
  return `相差 ${c.unit === "年" || c.unit === "个" ? size : money(size)} ${c.unit}`;
}

/** A figure with its unit as the finding states it. */
function figure(c: Check, value: string): string {
  if (c.unit === "%") return `${percent(value)}%`;
  if (c.unit === "年") return `${value}年`;
  return `${money(value)} ${c.unit}`;
}

/**
 * The clause of a quote that states a figure: split at the text's own commas and stops, the one
 * whose numbers include it (for a year, the one comparing with it).
 */
export function clauseOf(quote: string, c: Pick<Check, "expected" | "unit">): string | undefined {
  const clauses = quote.split(/(?<=[，；。：])/).map((s) => s.replace(/[，；。：]$/, "").trim()).filter(Boolean);
  const target = dec(c.expected).abs();
  const numbers = (clause: string) => [...clause.replace(/(\d),(?=\d{3})/g, "$1").matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
  if (c.unit === "年") return clauses.find((s) => new RegExp(`(?:比|与)${c.expected}年`).test(s)) ?? clauses.find((s) => s.includes(`${c.expected}年`));
  return clauses.find((s) => numbers(s).some((n) => dec(n).eq(target)));
}

/** What a slip of one digit is, in words. */
function slipName(printed: string, reading: string): string {
  if (reading.length < printed.length) return "多了一位数字";
  if (reading.length > printed.length) return "少了一位数字";
  const sorted = (s: string) => [...s].sort().join("");
  return sorted(reading) === sorted(printed) ? "两位数字颠倒" : "有一位数字不同";
}

/** A finding of a disclosure in words a reader follows, with the arithmetic shown. */
export function plainFinding(d: Pick<Disclosure, "year" | "tables">, c: Check): PlainFinding {
  const label = (key: TableKey) => d.tables.find((t) => t.key === key)?.label ?? key;
  const [first, second] = c.tables;
  if (c.group === "completeness") return { parts: [{ text: `${c.description}。` }] };
  if (c.kind === "rows") {
    return { parts: [...(first ? [{ text: label(first), table: first }] : []), { text: `中逐行核对 ${c.rows?.compared ?? 0} 行，${c.rows?.failed ?? 0} 行对不上。` }] };
  }
  // a figure printed empty is said to be so, not 0
  const printed = c.blank ? `这一格${BLANK}` : `为 ${figure(c, c.expected)}`;
  if (c.kind === "cross" && first && second) {
    return { parts: [{ text: label(first), table: first }, { text: `中${printed}，` }, { text: label(second), table: second }, { text: `中为 ${figure(c, c.actual)}，${gap(c)}。` }] };
  }
  if (c.kind === "table" && first) {
    return { parts: [{ text: label(first), table: first }, { text: `${c.blank ? `的这一格${BLANK}` : `印出 ${figure(c, c.expected)}`}，由明细算得 ${figure(c, c.actual)}，${gap(c)}。` }] };
  }
  // the text's statements: against a table, or against the text's own figures
  const clause = c.quote ? clauseOf(c.quote, c) : undefined;
  const found: PlainFinding["parts"] =
    c.unit === "年"
      ? [{ text: `本公开是${d.year}年的，与上一年比较应称${c.actual}年，原文却称${c.expected}年${Number(c.expected) === d.year ? "（即本年）" : ""}。` }]
      : first
        ? [{ text: label(first), table: first }, { text: c.blank ? `中这一格${BLANK}。` : `中为 ${figure(c, c.actual)}，${gap(c)}。` }]
        : [{ text: `按原文自己给出的数为 ${figure(c, c.actual)}，${gap(c)}。` }];
  return {
    ...(clause ? { clause } : {}),
    parts: found,
    ...(c.typo ? { possibly: `若原文的 ${c.typo.printed} 本是 ${c.typo.reading}（${slipName(c.typo.printed, c.typo.reading)}），这句话就完全成立。这只是一种可能，原文并未更正。` } : {}),
  };
}
