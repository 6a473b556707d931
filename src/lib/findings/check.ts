import type { Location } from "../disclosure/location.ts";
import { compareLocations, locationOf, placeKey } from "../disclosure/location.ts";
import { type Amount, dec, Decimal, decimalsOf, halfDigit, maxDecimals, sum, toAmount, type Unit } from "../disclosure/money.ts";
import type { Check, CheckKind } from "../disclosure/schema.ts";
import type { TableKey } from "../disclosure/tables.ts";

/** A published figure and where it stands. An empty cell counts as zero. */
export interface Figure {
  value: Amount | null | undefined;
  at: Location;
}

export function figure(value: Amount | null | undefined, at: Location): Figure {
  return { value, at: locationOf(at) };
}

export interface Comparison {
  id: string;
  kind: CheckKind;
  tables: readonly TableKey[];
  description: string;
  unit: Unit;
  /** the published figure the parts should make */
  expected: Figure;
  parts: readonly Figure[];
  rule?: string;
}

/** Where figures stand, each place once, in source order. */
function places(figures: readonly Figure[]): Location[] {
  const seen = new Map<string, Location>();
  for (const { at } of figures) seen.set(`${at.page ?? 0}:${at.line}`, at);
  return [...seen.values()].sort(compareLocations);
}

/**
 * A published figure against the parts that should make it up, with exact decimals. The three
 * figures keep as many decimals as the most precise input, so 元 stay 元 and 万元 keep six places.
 */
export function compare(c: Comparison): Check {
  const figures = [c.expected, ...c.parts];
  const decimals = maxDecimals(figures.map((f) => f.value));
  const check = result(c, dec(c.expected.value), sum(c.parts.map((p) => p.value)), decimals, places(figures), () => roundingOf(figures));
  return c.expected.value == null && !check.passed ? { ...check, blank: true } : check;
}

/**
 * How far apart the figures could be by rounding alone: half of the last printed digit of each
 * figure that is not zero (2,940.05 万元 is within 0.005 of what was added up; 22,118,861 元 within
 * 0.5). A difference no larger may be the printing's rounding rather than an error.
 */
export function roundingOf(figures: readonly Pick<Figure, "value">[]): Decimal {
  return figures.reduce((total, f) => (f.value == null || dec(f.value).isZero() ? total : total.plus(halfDigit(decimalsOf(f.value)))), new Decimal(0));
}

/** `rounding` is asked for only where the figures differ: most checks pass, and it costs. */
export function result(c: Omit<Comparison, "expected" | "parts">, expected: Decimal, actual: Decimal, decimals: number, at: Location[], rounding?: () => Decimal): Check {
  const difference = actual.minus(expected);
  return {
    id: c.id,
    kind: c.kind,
    group: "tables",
    ...(c.rule ? { rule: c.rule } : {}),
    tables: [...c.tables],
    description: c.description,
    unit: c.unit,
    expected: toAmount(expected, decimals),
    actual: toAmount(actual, decimals),
    difference: toAmount(difference, decimals),
    passed: difference.isZero(),
    ...(rounding && !difference.isZero() && difference.abs().lte(rounding()) ? { rounding: true } : {}),
    at,
  };
}

/** The id of a row's own check: its rule, and where the row stands. */
export function rowId(rule: string, at: Location): string {
  return `${rule}@${placeKey(at)}`;
}

/**
 * One rule on every row of a table: one check that says how many rows were compared and how many
 * break the rule, and one check per row that breaks it, so a page can state "all 129 rows add up"
 * or list the rows that do not.
 */
export function rowwise(
  rule: Omit<Comparison, "expected" | "parts" | "kind">,
  rows: readonly { expected: Figure; parts: readonly Figure[]; name: string }[],
  /** what the description starts with: the table's title */
  scope = "",
): Check[] {
  const lead = scope ? `${scope}：` : "";
  // each row is added up once, for its own check and for the summary's
  const sums = rows.map((row) => sum(row.parts.map((p) => p.value)));
  const decimals = maxDecimals(rows.flatMap((row) => [row.expected, ...row.parts].map((f) => f.value)));
  // a check object only for the rows that break the rule: most rows pass, and there can be thousands
  const failing = rows.flatMap((row, i) => {
    const published = dec(row.expected.value);
    const actual = sums[i] as Decimal;
    if (actual.eq(published)) return [];
    const at = row.expected.at;
    const figures = [row.expected, ...row.parts];
    return [result({ ...rule, id: rowId(rule.id, at), kind: "row", rule: rule.id, description: `${lead}${row.name}：${rule.description}` }, published, actual, decimals, places(figures), () => roundingOf(figures))];
  });
  const summary = result(
    { ...rule, kind: "rows", description: `${lead}逐行核对（共 ${rows.length} 行${failing.length ? `，${failing.length} 行不符` : ""}）：${rule.description}` },
    sum(rows.map((row) => row.expected.value)),
    sums.reduce((total, value) => total.plus(value), dec(null)),
    decimals,
    places(rows.map((row) => row.expected)),
  );
  // the rule is broken within rounding only where every row that breaks it is
  const rounding = failing.length > 0 && failing.every((row) => row.rounding);
  return [{ ...summary, passed: failing.length === 0, ...(rounding ? { rounding } : {}), rows: { compared: rows.length, failed: failing.length } }, ...failing];
}
