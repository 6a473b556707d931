import { gridOf, itemRows, totalOf as publishedTotal, totalRow } from "../disclosure/access.ts";
import { threePublicOf, type ThreePublicKey } from "../disclosure/three-public.ts";
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

/** A 部门预算 (or 决算) and the 单位 one of the same department and year, where the project holds both. */
export function unitPairOf(all: readonly Disclosure[], d: Disclosure): { department: Disclosure; unit: Disclosure } | undefined {
  const other = all.find((o) => o.slug === d.slug && o.year === d.year && o.kind === d.kind && o.scope !== d.scope);
  if (!other) return undefined;
  return d.scope === "unit" ? { department: other, unit: d } : { department: d, unit: other };
}

/** What a disclosure lacks for the comparison: said on its overview. */
export function missingCounterpart(all: readonly Disclosure[], d: Disclosure): string | undefined {
  const pairing = pairingOf(all, d);
  if (pairing?.sameYear) return undefined;
  const other = d.kind === "final" ? "预算" : "决算";
  const theirs = pairing ? `；下面对照的是${pairing.final.year}年决算与${pairing.budget.year}年预算，年度不同，不是执行情况` : "";
  return `本站没有${d.department}${d.year}年的${d.scope === "unit" ? "单位" : "部门"}${other}，所以不能对照${d.kind === "final" ? "预算看执行" : "决算看执行"}${theirs}。`;
}

/**
 * One line of two disclosures side by side (a 预算 and its 决算, a 部门 and its 单位): a published
 * figure of each, in 万元 (converted exactly), and where each stands.
 */
export interface ExecutionRow {
  code: string;
  name: string;
  /** the 预算's figure (or the 部门's) */
  left: Amount | null;
  /** the 决算's figure (or the 单位's) */
  right: Amount | null;
  /** right − left, exact */
  difference: Amount;
  /** right ÷ left as a percentage with one decimal (执行率); null where left is nothing */
  rate: string | null;
  at: { left?: Location; right?: Location };
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

function row(code: string, name: string, left: Amount | null | undefined, right: Amount | null | undefined, at: ExecutionRow["at"]): ExecutionRow {
  const decimals = Math.max(decimalsOf(left), decimalsOf(right));
  const difference = toAmount(dec(right).minus(dec(left)), decimals);
  const base = dec(left);
  const rate = base.isZero() ? null : `${dec(right).div(base).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)}%`;
  return { code, name, left: left ?? null, right: right ?? null, difference, rate, at };
}

/** Largest deviations first; equal ones in code order. */
const byDeviation = (a: ExecutionRow, b: ExecutionRow) => dec(b.difference).abs().cmp(dec(a.difference).abs()) || a.code.localeCompare(b.code);

/** Rows of a classified table by code, their 合计 (or 决算数) in 万元: every row of either table gets a line. */
function byCode(left: GridTable, right: GridTable, key: string, rows: (t: GridTable) => readonly GridRow[]): ExecutionRow[] {
  const index = (t: GridTable) => new Map(rows(t).flatMap((r) => (r.subjects[key] ? [[r.subjects[key].code, r] as const] : [])));
  const lefts = index(left);
  const rights = index(right);
  const codes = [...new Set([...lefts.keys(), ...rights.keys()])];
  return codes
    .map((code) => {
      const l = lefts.get(code);
      const r = rights.get(code);
      return row(code, r?.subjects[key]?.name ?? l?.subjects[key]?.name ?? "", l ? toWan(l.amounts.total, left.unit) : null, r ? toWan(r.amounts.total, right.unit) : null, {
        ...(l ? { left: locationOf(l) } : {}),
        ...(r ? { right: locationOf(r) } : {}),
      });
    })
    .filter((r) => r.left !== null || r.right !== null)
    .sort(byDeviation);
}

/** A table's published 合计 of a column, in 万元. */
const totalOf = (t: GridTable, column: string) => toWan(publishedTotal(t, column), t.unit);

const THREE_PUBLIC: [key: ThreePublicKey, name: string][] = [
  ["total", "“三公”经费合计"],
  ["outboundTravel", "因公出国（境）费"],
  ["vehicles", "公务用车购置及运行费"],
  ["vehiclePurchase", "其中：公务用车购置费"],
  ["vehicleOperation", "其中：公务用车运行费"],
  ["reception", "公务接待费"],
];

/** Every comparison a 预算's and its 决算's tables allow. */
export function execution(pairing: Pairing): ExecutionSection[] {
  return sideBySide(pairing.budget, pairing.final, ["预算", "决算"]);
}

/**
 * Every comparison two disclosures' tables allow, by the roles their templates give them: the
 * first's figures on the left, the second's on the right; `names` say which is which in sources.
 */
export function sideBySide(left: Disclosure, right: Disclosure, names: readonly [string, string]): ExecutionSection[] {
  const sections: ExecutionSection[] = [];
  // b: the left table, f: the right one
  const both = (role: Parameters<typeof gridOf>[1]) => {
    const b = gridOf(left, role);
    const f = gridOf(right, role);
    return b && f ? ([b, f] as const) : undefined;
  };
  const [leftName, rightName] = names;
  const named = (t: GridTable) => `${t.label} ${t.title}`;

  const spending = both("expenditure");
  if (spending) {
    const [b, f] = spending;
    const [bt, ft] = [totalRow(b), totalRow(f)];
    sections.push({
      id: "basic-project",
      title: "基本支出与项目支出",
      source: `${leftName}：${named(b)}合计行；${rightName}：${named(f)}合计行`,
      rows: (
        [
          ["basic", "基本支出"],
          ["project", "项目支出"],
        ] as const
      ).map(([key, name]) => row(key, name, toWan(bt?.amounts[key], b.unit), toWan(ft?.amounts[key], f.unit), { ...(bt ? { left: locationOf(bt) } : {}), ...(ft ? { right: locationOf(ft) } : {}) })),
      total: row("total", "合计", toWan(bt?.amounts.total, b.unit), toWan(ft?.amounts.total, f.unit), { ...(bt ? { left: locationOf(bt) } : {}), ...(ft ? { right: locationOf(ft) } : {}) }),
    });
    const all = (t: GridTable) => t.rows.filter((r) => r.kind !== "total");
    sections.push({
      id: "functional-class",
      title: "支出功能分类（类）",
      source: `${leftName}：${named(b)}；${rightName}：${named(f)}；“合计”列的类级行`,
      rows: byCode(b, f, "functional", (t) => all(t).filter((r) => r.subjects.functional?.code.length === 3)),
      total: row("total", "合计", totalOf(b, "total"), totalOf(f, "total"), { ...(bt ? { left: locationOf(bt) } : {}), ...(ft ? { right: locationOf(ft) } : {}) }),
    });
    sections.push({
      id: "functional",
      title: "支出功能分类（项）",
      source: `${leftName}：${named(b)}；${rightName}：${named(f)}；“合计”列的明细行`,
      rows: byCode(b, f, "functional", itemRows),
    });
  }
  const general = both("general-budget");
  if (general) {
    const [b, f] = general;
    sections.push({
      id: "functional-general",
      title: "一般公共预算财政拨款支出（按功能分类）",
      source: `${leftName}：${named(b)}；${rightName}：${named(f)}；“合计”列`,
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
      source: `${leftName}：${named(b)}；${rightName}：${named(f)}（两栏的表，人员经费与公用经费两栏合看）`,
      rows: byCode(b, f, "departmentEconomic", itemRows),
      total: row("total", "合计", totalOf(b, "total"), totalOf(f, "total"), {}),
    });
  }
  const three = both("three-public");
  const [bf, ff] = three ? [threePublicOf(three[0], left.year), threePublicOf(three[1], right.year)] : [];
  if (three && (bf || ff)) {
    const [b, f] = three;
    const at = (key: ThreePublicKey) => {
      const [lr, rr] = [bf?.rows[key], ff?.rows[key]];
      return { ...(lr ? { left: locationOf(lr) } : {}), ...(rr ? { right: locationOf(rr) } : {}) };
    };
    const figures = (key: ThreePublicKey, name: string) => row(key, name, toWan(bf?.amounts[key], b.unit), toWan(ff?.amounts[key], f.unit), at(key));
    sections.push({
      id: "three-public",
      title: "“三公”经费",
      source: `${leftName}：${named(b)}；${rightName}：${named(f)}（决算表取“决算数”）`,
      rows: THREE_PUBLIC.filter(([key]) => key !== "total").map(([key, name]) => figures(key, name)),
      total: figures("total", "“三公”经费合计"),
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
  const figures = t && threePublicOf(t, final.year);
  if (!t || !figures || !t.columns.some((c) => c.key === "totalBudget")) return [];
  return THREE_PUBLIC.map(([key, name]) => {
    const r = figures.rows[key];
    return row(key, name, toWan(figures.amounts[`${key}Budget`], t.unit), toWan(figures.amounts[key], t.unit), r ? { left: locationOf(r), right: locationOf(r) } : {});
  });
}
