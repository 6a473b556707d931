import { gridOf, itemRows, singleRow, totalOf as publishedTotal, totalRow } from "../disclosure/access.ts";
import { locationOf, type Location } from "../disclosure/location.ts";
import { dec, Decimal, decimalsOf, toAmount, toWan, type Amount } from "../disclosure/money.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import type { GridRow, GridTable } from "../disclosure/tables.ts";

/**
 * 预算 beside 决算: what a department planned and what it spent. A 决算 is paired with the 预算 of
 * its own year where the project holds it; otherwise with the next year's 预算, and then the page
 * says so — last year's actual beside this year's budget is no measure of execution.
 */
export interface Pairing {
  budget: Disclosure;
  final: Disclosure;
  /** the 预算 is of the 决算's own year */
  sameYear: boolean;
}

/** The same department and scope (部门 or 单位), the other kind. */
const sameUnit = (a: Disclosure, b: Disclosure) => a.slug === b.slug && a.scope === b.scope;

/** The pairing a disclosure takes part in, if any. */
export function pairingOf(all: readonly Disclosure[], d: Disclosure): Pairing | undefined {
  const final = d.kind === "final" ? d : all.find((o) => sameUnit(o, d) && o.kind === "final" && o.year === d.year);
  if (final) {
    const budget = all.find((o) => sameUnit(o, final) && o.kind === "budget" && o.year === final.year) ?? all.find((o) => sameUnit(o, final) && o.kind === "budget" && o.year === final.year + 1);
    if (budget && (d.kind === "final" || budget === d)) return { budget, final, sameYear: budget.year === final.year };
  }
  // a 预算 whose year has no 决算 may still be the next year's budget beside the year before's 决算
  if (d.kind === "budget") {
    const previous = all.find((o) => sameUnit(o, d) && o.kind === "final" && o.year === d.year - 1);
    const own = all.find((o) => sameUnit(o, d) && o.kind === "budget" && o.year === d.year - 1);
    if (previous && !own) return { budget: d, final: previous, sameYear: false };
  }
  return undefined;
}

/** What a disclosure lacks for the comparison: said on its overview. */
export function missingCounterpart(all: readonly Disclosure[], d: Disclosure): string | undefined {
  const pairing = pairingOf(all, d);
  if (pairing?.sameYear) return undefined;
  const other = d.kind === "final" ? "预算" : "决算";
  const theirs = pairing ? `；下面对照的是${pairing.final.year}年决算与${pairing.budget.year}年预算，年度不同，不是执行情况` : "";
  return `本站没有${d.department}${d.year}年的${d.scope === "unit" ? "单位" : "部门"}${other}，所以不能对照${d.kind === "final" ? "预算看执行" : "决算看执行"}${theirs}。`;
}

/** One line of a comparison: a published figure of each, in 万元 (converted exactly), and where each stands. */
export interface ExecutionRow {
  code: string;
  name: string;
  budget: Amount | null;
  final: Amount | null;
  /** 决算数 − 预算数, exact */
  difference: Amount;
  /** 决算数 ÷ 预算数 as a percentage with one decimal; null without a budget */
  rate: string | null;
  at: { budget?: Location; final?: Location };
}

export interface ExecutionSection {
  id: string;
  title: string;
  /** which tables, which columns */
  source: string;
  rows: ExecutionRow[];
  /** the section's own total line, where the tables print one */
  total?: ExecutionRow;
}

function row(code: string, name: string, budget: Amount | null | undefined, final: Amount | null | undefined, at: ExecutionRow["at"]): ExecutionRow {
  const decimals = Math.max(decimalsOf(budget), decimalsOf(final));
  const difference = toAmount(dec(final).minus(dec(budget)), decimals);
  const base = dec(budget);
  const rate = base.isZero() ? null : `${dec(final).div(base).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)}%`;
  return { code, name, budget: budget ?? null, final: final ?? null, difference, rate, at };
}

/** Largest deviations first; equal ones in code order. */
const byDeviation = (a: ExecutionRow, b: ExecutionRow) => dec(b.difference).abs().cmp(dec(a.difference).abs()) || a.code.localeCompare(b.code);

/** Rows of a classified table by code, their 合计 (or 决算数) in 万元: every row of either table gets a line. */
function byCode(budget: GridTable, final: GridTable, key: string, rows: (t: GridTable) => readonly GridRow[]): ExecutionRow[] {
  const index = (t: GridTable) => new Map(rows(t).flatMap((r) => (r.subjects[key] ? [[r.subjects[key].code, r] as const] : [])));
  const planned = index(budget);
  const spent = index(final);
  const codes = [...new Set([...planned.keys(), ...spent.keys()])];
  return codes
    .map((code) => {
      const b = planned.get(code);
      const f = spent.get(code);
      return row(code, f?.subjects[key]?.name ?? b?.subjects[key]?.name ?? "", b ? toWan(b.amounts.total, budget.unit) : null, f ? toWan(f.amounts.total, final.unit) : null, {
        ...(b ? { budget: locationOf(b) } : {}),
        ...(f ? { final: locationOf(f) } : {}),
      });
    })
    .filter((r) => r.budget !== null || r.final !== null)
    .sort(byDeviation);
}

/** A table's published 合计 of a column, in 万元. */
const totalOf = (t: GridTable, column: string) => toWan(publishedTotal(t, column), t.unit);

const THREE_PUBLIC: [key: string, name: string][] = [
  ["total", "“三公”经费合计"],
  ["outboundTravel", "因公出国（境）费"],
  ["vehicles", "公务用车购置及运行费"],
  ["vehiclePurchase", "其中：公务用车购置费"],
  ["vehicleOperation", "其中：公务用车运行费"],
  ["reception", "公务接待费"],
];

/** Every comparison the two disclosures' tables allow, by the roles their templates give them. */
export function execution(pairing: Pairing): ExecutionSection[] {
  const { budget, final } = pairing;
  const sections: ExecutionSection[] = [];
  const both = (role: Parameters<typeof gridOf>[1]) => {
    const b = gridOf(budget, role);
    const f = gridOf(final, role);
    return b && f ? ([b, f] as const) : undefined;
  };
  const named = (t: GridTable) => `${t.label} ${t.title}`;

  const spending = both("expenditure");
  if (spending) {
    const [b, f] = spending;
    const [bt, ft] = [totalRow(b), totalRow(f)];
    sections.push({
      id: "basic-project",
      title: "基本支出与项目支出",
      source: `预算：${named(b)}合计行；决算：${named(f)}合计行`,
      rows: (
        [
          ["basic", "基本支出"],
          ["project", "项目支出"],
        ] as const
      ).map(([key, name]) => row(key, name, toWan(bt?.amounts[key], b.unit), toWan(ft?.amounts[key], f.unit), { ...(bt ? { budget: locationOf(bt) } : {}), ...(ft ? { final: locationOf(ft) } : {}) })),
      total: row("total", "合计", toWan(bt?.amounts.total, b.unit), toWan(ft?.amounts.total, f.unit), { ...(bt ? { budget: locationOf(bt) } : {}), ...(ft ? { final: locationOf(ft) } : {}) }),
    });
    const all = (t: GridTable) => t.rows.filter((r) => r.kind !== "total");
    sections.push({
      id: "functional-class",
      title: "支出功能分类（类）",
      source: `预算：${named(b)}；决算：${named(f)}；“合计”列的类级行`,
      rows: byCode(b, f, "functional", (t) => all(t).filter((r) => r.subjects.functional?.code.length === 3)),
      total: row("total", "合计", totalOf(b, "total"), totalOf(f, "total"), { ...(bt ? { budget: locationOf(bt) } : {}), ...(ft ? { final: locationOf(ft) } : {}) }),
    });
    sections.push({
      id: "functional",
      title: "支出功能分类（项）",
      source: `预算：${named(b)}；决算：${named(f)}；“合计”列的明细行`,
      rows: byCode(b, f, "functional", itemRows),
    });
  }
  const general = both("general-budget");
  if (general) {
    const [b, f] = general;
    sections.push({
      id: "functional-general",
      title: "一般公共预算财政拨款支出（按功能分类）",
      source: `预算：${named(b)}；决算：${named(f)}；“合计”列`,
      rows: byCode(b, f, "functional", itemRows),
      total: row("total", "合计", totalOf(b, "total"), totalOf(f, "total"), {}),
    });
  }
  const basic = both("basic-economic");
  if (basic) {
    const [b, f] = basic;
    sections.push({
      id: "economic",
      title: "基本支出（按经济分类）",
      source: `预算：${named(b)}“合计”列；决算：${named(f)}“决算数”列（人员经费、公用经费两栏）`,
      rows: byCode(b, f, "departmentEconomic", itemRows),
      total: row("total", "合计", totalOf(b, "total"), totalOf(f, "total"), {}),
    });
  }
  const three = both("three-public");
  if (three) {
    const [b, f] = three;
    const [br, fr] = [singleRow(b), singleRow(f)];
    sections.push({
      id: "three-public",
      title: "“三公”经费",
      source: `预算：${named(b)}；决算：${named(f)}“决算数”`,
      rows: THREE_PUBLIC.filter(([key]) => key !== "total").map(([key, name]) => row(key, name, toWan(br?.amounts[key], b.unit), toWan(fr?.amounts[key], f.unit), { ...(br ? { budget: locationOf(br) } : {}), ...(fr ? { final: locationOf(fr) } : {}) })),
      total: row("total", "“三公”经费合计", toWan(br?.amounts.total, b.unit), toWan(fr?.amounts.total, f.unit), { ...(br ? { budget: locationOf(br) } : {}), ...(fr ? { final: locationOf(fr) } : {}) }),
    });
  }
  return sections;
}

/**
 * The “三公” table of a 决算 prints its own 预算数 beside each 决算数: the 执行率 it states, whether
 * or not the project holds the 预算.
 */
export function threePublicExecution(final: Disclosure): ExecutionRow[] {
  const t = gridOf(final, "three-public");
  const r = t && singleRow(t);
  if (!t || !r || !t.columns.some((c) => c.key === "totalBudget")) return [];
  return THREE_PUBLIC.map(([key, name]) => row(key, name, toWan(r.amounts[`${key}Budget`], t.unit), toWan(r.amounts[key], t.unit), { budget: locationOf(r), final: locationOf(r) }));
}
