import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { dec, Decimal, type Amount } from "../disclosure/money.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import { PALETTE } from "../treemap/colors.ts";
import { breakdown, BREAKDOWNS, change, type Change } from "./corpus.ts";
import type { Digest } from "./digest.ts";
import { overview } from "./overview.ts";

/**
 * Figures over years as a line chart laid out at build time: a department's 支出总计 and its largest
 * 功能分类 类, or a region's departments. Amounts stay exact (the table beside the chart prints
 * them); the chart's geometry alone is in floats.
 */

/** One line: a figure's amount in each year of the run (null where the year does not print it). */
export interface Line {
  code?: string;
  name: string;
  values: (Amount | null)[];
  /** first year to last */
  change: Change;
  color: string;
}

/** The chart drawn at one size: each line's path and points, the axes' ticks. */
export interface Layout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  paths: { color: string; d: string; points: { x: number; y: number }[] }[];
  yTicks: { y: number; text: string }[];
  xTicks: { x: number; text: string }[];
}

export interface Trend {
  years: number[];
  lines: Line[];
  /** the unit of the chart's axis (the table prints 万元) */
  unit: "万元" | "亿元";
  /** for screens wide and narrow: a phone gets a chart drawn for its width, its text still legible */
  wide: Layout;
  narrow: Layout;
}

/** The 类 a department's chart follows besides its total, and the departments a region's follows: at most this many. */
const MOST = 5;

/** A chart of lines over years, laid out for wide and narrow screens; undefined where nothing has two years to join. */
export function chartOf(years: readonly number[], figures: readonly { code?: string; name: string; values: (Amount | null)[] }[]): Trend | undefined {
  if (!figures.some((f) => f.values.filter((v) => v != null).length > 1)) return undefined;
  // a line's change is from its first year to its last, where it has both
  const lines: Line[] = figures.map((l, i) => ({ ...l, change: change(l.name, l.values[0], l.values.at(-1)), color: PALETTE[i % PALETTE.length]! }));
  const max = Decimal.max(...lines.flatMap((l) => l.values).map((v) => dec(v ?? "0")));
  const unit = max.gte(10000) ? "亿元" : "万元";
  const layout = (width: number, height: number, left: number): Layout => {
    const plot = { left, right: width - 12, top: 12, bottom: height - 28 };
    const inUnit = (v: Amount) => dec(v).div(unit === "亿元" ? 10000 : 1).toNumber();
    const x = scalePoint<number>().domain([...years]).range([plot.left, plot.right]).padding(0.4);
    const y = scaleLinear().domain([0, inUnit(max.toString())]).nice().range([plot.bottom, plot.top]);
    const ticks = y.ticks(5);
    const decimals = ticks.some((t) => !Number.isInteger(t)) ? 1 : 0;
    const draw = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y);
    return {
      width,
      height,
      plot,
      paths: lines.map((l) => {
        const points = l.values.flatMap((value, k) => (value == null ? [] : [{ x: x(years[k]!) ?? 0, y: y(inUnit(value)) }]));
        return { color: l.color, d: draw(points) ?? "", points };
      }),
      yTicks: ticks.map((t) => ({ y: y(t), text: t.toFixed(decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ",") })),
      xTicks: years.map((year) => ({ x: x(year) ?? 0, text: `${year}年` })),
    };
  };
  return { years: [...years], lines, unit, wide: layout(720, 300, 64), narrow: layout(360, 240, 52) };
}

/** A department's run of one kind and scope: its 支出总计 and its largest 功能分类 类 (largest in any year). */
export function departmentTrend(run: readonly Disclosure[]): Trend | undefined {
  const classes = run.map((d) => breakdown(d, BREAKDOWNS[0]));
  const largest = (code: string) => Decimal.max(...classes.map((c) => dec(c.get(code)?.amount ?? "0")));
  const codes = [...new Set(classes.flatMap((c) => [...c.keys()]))].sort((a, b) => largest(b).cmp(largest(a)) || a.localeCompare(b)).slice(0, MOST - 1);
  return chartOf(
    run.map((d) => d.year),
    [
      { name: "支出总计", values: run.map((d) => overview(d).expenditureTotal) },
      ...codes.map((code) => ({ code, name: classes.find((c) => c.has(code))?.get(code)?.name ?? code, values: classes.map((c) => c.get(code)?.amount ?? null) })),
    ],
  );
}

/**
 * A region's departments up to a year: each department's 部门预算 支出总计, the largest that year
 * first, over the years up to it that any of them has.
 */
export function regionTrend(all: readonly Digest[], year: number, region: string): Trend | undefined {
  const budgets = all.filter((d) => d.region === region && d.kind === "budget" && d.scope === "department" && d.year <= year);
  const total = (d: Digest | undefined) => (d ? d.figures.expenditureTotal : null);
  const departments = budgets
    .filter((d) => d.year === year)
    .sort((a, b) => dec(total(b)).cmp(dec(total(a))) || a.department.localeCompare(b.department, "zh-CN"))
    .slice(0, MOST);
  const years = [...new Set(budgets.filter((d) => departments.some((o) => o.slug === d.slug)).map((d) => d.year))].sort((a, b) => a - b);
  return chartOf(
    years,
    departments.map((d) => ({ name: d.department, values: years.map((y) => total(budgets.find((o) => o.slug === d.slug && o.year === y))) })),
  );
}
