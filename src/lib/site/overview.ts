import { dec, sum, toAmount, type Amount } from "../disclosure/money.ts";
import type { Disclosure, Indicator, Project } from "../disclosure/schema.ts";
import type { LabelledAmount } from "../disclosure/tables.ts";

const numbering = /^[一二三四五六七八九十]+、/;

/** Rows of 预算01表 that carry an amount, without their "一、" numbering. */
function nonEmpty(rows: readonly LabelledAmount[]) {
  return rows.filter((r) => r.amount !== null && !dec(r.amount).isZero()).map((r) => ({ ...r, label: r.label.replace(numbering, "") }));
}

const overviews = new WeakMap<Disclosure, ReturnType<typeof computeOverview>>();

/**
 * The disclosure at a glance: the figures of the overview page, each straight from a table.
 * Computed once per disclosure: every project page asks for its totals.
 */
export function overview(d: Disclosure) {
  let figures = overviews.get(d);
  if (!figures) overviews.set(d, (figures = computeOverview(d)));
  return figures;
}

function computeOverview(d: Disclosure) {
  const { t01, t03, t04, t09, t10, t11 } = d.tables;
  const projectTotal = toAmount(sum(d.projects.map((p) => p.total)));
  return {
    incomeTotal: t01.incomeTotal.amount,
    expenditureTotal: t01.expenditureTotal.amount,
    /** 收入 by source, with 上年结转结余 */
    sources: [...nonEmpty(t01.income), ...nonEmpty([t01.carryOverIn])],
    /** 支出 by 功能分类 类, with 年终结转结余 */
    uses: [...nonEmpty(t01.expenditure), ...nonEmpty([t01.carryOverOut])],
    basic: t03.total.basic,
    project: t03.total.project,
    fiscal: t04.incomeTotal.amount,
    threePublic: t09,
    procurement: t10.total.amount,
    purchasedServices: t11.total.amount,
    /** the sum of the projects listed in 预算表12 (only those with published performance targets) */
    listedProjects: projectTotal,
    largest: largestProjects(d.projects, 10),
    failedChecks: d.checks.filter((c) => !c.passed && !c.id.includes("@")).length,
    checks: d.checks.filter((c) => !c.id.includes("@")).length,
    indicators: d.projects.reduce((n, p) => n + p.indicators.length, 0),
  };
}

export function largestProjects(projects: readonly Project[], n = projects.length): Project[] {
  return [...projects].sort((a, b) => dec(b.total).cmp(dec(a.total)) || a.code.localeCompare(b.code)).slice(0, n);
}

/** Indicators grouped 一级指标 → 二级指标, in the order they first appear. */
export function groupIndicators<I extends Indicator>(indicators: readonly I[]) {
  const groups = new Map<string, Map<string, { indicator: I; index: number }[]>>();
  indicators.forEach((indicator, index) => {
    const level1 = groups.get(indicator.level1) ?? new Map<string, { indicator: I; index: number }[]>();
    groups.set(indicator.level1, level1);
    const level2 = level1.get(indicator.level2) ?? [];
    level1.set(indicator.level2, level2);
    level2.push({ indicator, index });
  });
  return [...groups].map(([level1, level2s]) => ({ level1, level2s: [...level2s].map(([level2, items]) => ({ level2, items })) }));
}

/** Anchor of the n-th (0-based) indicator of a project page: stable while the source is unchanged. */
export const indicatorAnchor = (index: number) => `i${index + 1}`;
/** Anchor of a department-wide indicator on the performance page. */
export const overallAnchor = (line: number) => `o${line}`;

/**
 * Rows elsewhere in the disclosure that are certainly about this project: a department-wide
 * indicator with the identical text, and the “三公” line of 预算09表 whose amount it equals.
 */
export function relatedRows(d: Disclosure, project: Project) {
  const texts = new Set(project.indicators.map((i) => i.level3));
  const overall = d.overallIndicators.filter((o) => texts.has(o.level3));
  const { t09 } = d.tables;
  const threePublic: { label: string; amount: Amount }[] = [];
  const same = (a: Amount | null) => a !== null && dec(a).eq(dec(project.total));
  if (project.name.includes("公务用车购置") && same(t09.vehiclePurchase)) threePublic.push({ label: "公务用车购置费", amount: project.total });
  if (/因公出国|出国（境）/.test(project.name) && same(t09.outboundTravel)) threePublic.push({ label: "因公出国（境）费用", amount: project.total });
  return { overall, threePublic };
}

/** For each department-wide indicator text, the projects (and indicator anchors) that state it too. */
export function projectsByIndicator(d: Disclosure): Map<string, { project: Project; anchor: string }[]> {
  const wanted = new Set(d.overallIndicators.map((o) => o.level3));
  const found = new Map<string, { project: Project; anchor: string }[]>();
  for (const project of d.projects) {
    project.indicators.forEach((indicator, index) => {
      if (!wanted.has(indicator.level3)) return;
      const list = found.get(indicator.level3) ?? [];
      found.set(indicator.level3, list);
      list.push({ project, anchor: indicatorAnchor(index) });
    });
  }
  return found;
}
