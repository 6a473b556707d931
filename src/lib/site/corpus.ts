import { gridOf, itemRows } from "../disclosure/access.ts";
import { DEPARTMENT_ECONOMIC, FUNCTIONAL } from "../disclosure/classifications.ts";
import { type Amount, dec, Decimal, decimalsOf, maxDecimals, sum, toAmount } from "../disclosure/money.ts";
import { kindName, type Disclosure } from "../disclosure/schema.ts";
import type { Role } from "../disclosure/tables.ts";
import type { Tree, TreeNode } from "../treemap/trees.ts";
import type { Digest, Figures } from "./digest.ts";
import { rounded } from "./format.ts";
import { overview, wan } from "./overview.ts";

/**
 * Across disclosures: a department over its years, a year's departments side by side. Figures
 * are the overview's, in 万元 and exact; pages round them for reading.
 */

/** The figures every disclosure is compared by, each from the table of its role (by its overview, or its digest). */
export const KEY_FIGURES = [
  { key: "spending", name: "支出总计", of: (o: Figures) => o.expenditureTotal },
  { key: "fiscal", name: "财政拨款", of: (o: Figures) => o.fiscal },
  { key: "basic", name: "基本支出", of: (o: Figures) => o.basic },
  { key: "project", name: "项目支出", of: (o: Figures) => o.project },
  { key: "threePublic", name: "“三公”经费", of: (o: Figures) => o.threePublic?.total ?? null },
] as const;

/** The figures a department's years are compared by: the key figures, each part of the “三公”, 政府采购 and 政府购买服务. */
const COMPARED_FIGURES = [
  ...KEY_FIGURES,
  { key: "outboundTravel", name: "其中：因公出国（境）费", of: (o: Figures) => o.threePublic?.outboundTravel ?? null },
  { key: "reception", name: "其中：公务接待费", of: (o: Figures) => o.threePublic?.reception ?? null },
  { key: "vehicles", name: "其中：公务用车购置及运行费", of: (o: Figures) => o.threePublic?.vehicles ?? null },
  { key: "procurement", name: "政府采购", of: (o: Figures) => o.procurement },
  { key: "purchasedServices", name: "政府购买服务", of: (o: Figures) => o.purchasedServices },
] as const;

/** A department's disclosures, by year, then 预算 before 决算, 部门 before 单位. */
export function departmentSeries(all: readonly Disclosure[]): Map<string, Disclosure[]> {
  const series = new Map<string, Disclosure[]>();
  for (const d of all) series.set(d.slug, [...(series.get(d.slug) ?? []), d]);
  for (const list of series.values()) list.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.scope.localeCompare(b.scope));
  return series;
}

/** One figure of two disclosures a year apart: the change, exact, and as a percentage. */
export interface Change {
  code?: string;
  name: string;
  before: Amount | null;
  after: Amount | null;
  /** after − before; null where either is absent */
  change: Amount | null;
  /** change ÷ before, one decimal; null where there is nothing before */
  percent: string | null;
  /** an item the later year has and the earlier has not, or the other way */
  status: "both" | "new" | "gone";
}

export function change(name: string, before: Amount | null | undefined, after: Amount | null | undefined, code?: string): Change {
  const has = (value: Amount | null | undefined) => value != null && !dec(value).isZero();
  const status = has(before) && has(after) ? "both" : has(after) ? "new" : has(before) ? "gone" : "both";
  const difference = before != null && after != null ? toAmount(dec(after).minus(dec(before)), Math.max(decimalsOf(before), decimalsOf(after))) : null;
  const percent = difference !== null && has(before) ? `${dec(difference).div(dec(before)).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)}%` : null;
  return { ...(code ? { code } : {}), name, before: before ?? null, after: after ?? null, change: difference, percent, status };
}

/**
 * The breakdowns a department's years are compared by: each the item rows of the table of a role,
 * summed by the first `digits` of a classification's code. 功能分类 类 and 款 from the table of all
 * spending; 经济分类 类 of 基本支出 from its own table (部门预算支出经济分类, the one every template prints).
 */
export const BREAKDOWNS = [
  { key: "functional-class", title: "支出按功能分类（类）", role: "expenditure", subject: "functional", digits: 3, names: FUNCTIONAL },
  { key: "functional-section", title: "支出按功能分类（款）", role: "expenditure", subject: "functional", digits: 5, names: FUNCTIONAL },
  { key: "economic-class", title: "基本支出按经济分类（类）", role: "basic-economic", subject: "departmentEconomic", digits: 3, names: DEPARTMENT_ECONOMIC },
] as const satisfies readonly { key: string; title: string; role: Role; subject: string; digits: number; names: Readonly<Record<string, string>> }[];
export type Breakdown = (typeof BREAKDOWNS)[number];

/** A breakdown of one disclosure, in 万元: code → the printed name (or the classification's) and the exact sum. */
export function breakdown(d: Disclosure, b: Breakdown): Map<string, { name: string; amount: Amount }> {
  const t = gridOf(d, b.role);
  const groups = new Map<string, { name: string; amounts: (Amount | null)[] }>();
  for (const row of t ? itemRows(t) : []) {
    const full = row.subjects[b.subject]?.code;
    if (!full || full.length < b.digits || !t) continue;
    const code = full.slice(0, b.digits);
    const printed = t.rows.find((r) => r.subjects[b.subject]?.code === code)?.subjects[b.subject]?.name;
    const entry = groups.get(code) ?? { name: printed ?? b.names[code] ?? code, amounts: [] };
    entry.amounts.push(wan(row.amounts.total, t.unit));
    groups.set(code, entry);
  }
  return new Map([...groups].sort(([x], [y]) => x.localeCompare(y)).map(([code, { name, amounts }]) => [code, { name, amount: toAmount(sum(amounts), maxDecimals(amounts)) }]));
}

/** Spending by 功能分类 类, in 万元: the detail rows of the table of all spending, summed by their 类. */
export const byFunctionalClass = (d: Disclosure) => breakdown(d, BREAKDOWNS[0]);

/** Two disclosures of one kind a year apart: the key figures and every item of each breakdown, with what came and went. */
export function yearOverYear(before: Disclosure, after: Disclosure): { figures: Change[]; breakdowns: { breakdown: Breakdown; changes: Change[] }[] } {
  return {
    // a figure neither year prints (政府采购 where the template has no such table) is left out
    figures: COMPARED_FIGURES.map((f) => change(f.name, f.of(overview(before)), f.of(overview(after)))).filter((c) => c.before !== null || c.after !== null),
    breakdowns: BREAKDOWNS.map((b) => {
      const [x, y] = [breakdown(before, b), breakdown(after, b)];
      const codes = [...new Set([...x.keys(), ...y.keys()])].sort();
      return { breakdown: b, changes: codes.map((code) => change(y.get(code)?.name ?? x.get(code)?.name ?? code, x.get(code)?.amount, y.get(code)?.amount, code)) };
    }),
  };
}

/** Consecutive years of the same kind and scope in a series: the pairs a department page compares. */
export function consecutive(series: readonly Disclosure[]): [Disclosure, Disclosure][] {
  return series.flatMap((d) => {
    const next = series.find((o) => o.kind === d.kind && o.scope === d.scope && o.year === d.year + 1);
    return next ? [[d, next] as [Disclosure, Disclosure]] : [];
  });
}

/** The run of a department's disclosures a lead follows: the longest of one kind and scope, 部门预算 first among equals. */
export function mainRun(series: readonly Disclosure[]): Disclosure[] {
  const runs = new Map<string, Disclosure[]>();
  for (const d of series) runs.set(`${d.kind}/${d.scope}`, [...(runs.get(`${d.kind}/${d.scope}`) ?? []), d]);
  const rank = (run: Disclosure[]) => run.length * 4 + (run[0]?.kind === "budget" ? 2 : 0) + (run[0]?.scope === "department" ? 1 : 0);
  return [...runs.values()].sort((a, b) => rank(b) - rank(a))[0] ?? [];
}

/** What a disclosure is, in a list of a department's: 2025年部门预算. */
export const titleOf = (d: Disclosure) => `${d.year}年${kindName(d)}`;

/** A year's 部门预算 of one region: a department's figures counted once (its 单位 and 决算 aside). */
export function regionBudgets(all: readonly Digest[], year: number, region: string): Digest[] {
  return all.filter((d) => d.year === year && d.region === region && d.kind === "budget" && d.scope === "department");
}

const node = (id: string, code: string, name: string, amount: Amount, children: TreeNode[] = []): TreeNode => ({ id, code, name, amount, children, kind: children.length ? "group" : "leaf" });
const total = (nodes: readonly TreeNode[]) => toAmount(sum(nodes.map((n) => n.amount)), maxDecimals(nodes.map((n) => n.amount)));

/**
 * A region's spending in one year as treemaps: by department (支出总计), and by 功能分类 类 across
 * its departments (each 类 the exact sum of the departments' rows). Only 部门预算 count: a 单位预算
 * is part of its department's, and a 决算 is another measure.
 */
export function regionTrees(budgets: readonly Digest[], year: number, region: string): Tree[] {
  const departments = budgets.flatMap((d) => {
    const amount = d.figures.expenditureTotal;
    return amount && dec(amount).gt(0) ? [node(d.slug, "", d.department, amount)] : [];
  });
  const classes = new Map<string, TreeNode[]>();
  const names = new Map<string, string>();
  for (const d of budgets) {
    for (const { code, name, amount } of d.classes) {
      if (!dec(amount).gt(0)) continue;
      names.set(code, names.get(code) ?? name);
      classes.set(code, [...(classes.get(code) ?? []), node(`${code}/${d.slug}`, code, d.department, amount)]);
    }
  }
  const byClass = [...classes].sort(([a], [b]) => a.localeCompare(b)).map(([code, children]) => node(code, code, names.get(code) ?? code, total(children), children));
  // the root names what its shares are of: 占上海市普陀区2025年各部门支出总计 12.3%
  const tree = (id: string, title: string, description: string, children: TreeNode[]): Tree => ({ id, title, description, root: { ...node("", "", `${region}${year}年${title}`, total(children), children), kind: "group" } });
  // the detail rows may fall short of the totals (a department's rows not all printed): said, with by how much
  const [all, detailed] = [total(departments), total(byClass)];
  const short = dec(all).minus(dec(detailed));
  const gap = byClass.length > 0 && !short.isZero() ? `；明细行之和比各部门支出总计${short.isPositive() ? "少" : "多"} ${rounded(toAmount(short.abs(), maxDecimals([all, detailed])))} 万元（部门的明细行未列全或未按功能分类编码，见各部门的核对结果）` : "";
  return [
    tree("departments", "各部门支出总计", `${region}${year}年各部门预算的支出总计（收支总表），单位预算不重复计入。`, departments),
    tree("functional", "支出功能分类（各部门合计）", `${region}${year}年各部门预算支出总表的明细行，按功能分类的类相加${gap}。`, byClass),
  ].filter((t) => t.root.children.length > 0);
}
