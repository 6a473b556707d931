import { gridOf, itemRows, lineOf, projectsTable, statementOf, totalRow, withoutNumber } from "../disclosure/access.ts";
import { threePublicOf } from "../disclosure/three-public.ts";
import { locationOf, placeKey, type Location } from "../disclosure/location.ts";
import { type Amount, dec, maxDecimals, sum, toAmount, toWan, type Unit } from "../disclosure/money.ts";
import type { Disclosure, Indicator, Project } from "../disclosure/schema.ts";
import type { GridRow, StatementRow, StatementTable } from "../disclosure/tables.ts";
import { checkSummary } from "./checks.ts";
import { perObject } from "../memo.ts";

/** An amount in 万元, exactly, whatever unit its table printed. */
export const wan = (value: Amount | null | undefined, unit: Unit): Amount | null => toWan(value, unit);

/** A labelled amount of a summary, in 万元, with where it stands. */
export interface Line extends Location {
  label: string;
  amount: Amount;
  /** a carry line (上年结转结余, 年末结转和结余 …), not a source or a use of the year */
  carry: boolean;
}

/** The lines of a side that carry an amount, without their "一、" numbering: items and carry lines. */
function linesOf(t: StatementTable, side: "income" | "expenditure"): Line[] {
  return t[side]
    .filter((r: StatementRow) => (r.kind === "item" || r.kind === "carry") && r.amounts.total != null && !dec(r.amounts.total).isZero())
    .map((r) => ({ label: withoutNumber(r.label), amount: wan(r.amounts.total, t.unit) ?? "0", carry: r.kind === "carry", ...locationOf(r) }));
}

/** 基本支出 where a table prints only its two parts (杭州: 人员支出, 日常公用支出): their exact sum. */
function basicOf(row: GridRow): Amount | null {
  const parts = [row.amounts.personnel, row.amounts.publicUse];
  return parts.every((part) => part != null) ? toAmount(sum(parts as Amount[]), maxDecimals(parts)) : null;
}

/**
 * The disclosure at a glance: the figures of the overview page, each straight from a table of its
 * role and in 万元 (converted exactly from 元 where the table printed 元). Computed once per
 * disclosure: every project page asks for its totals. A figure a template does not print is null.
 */
export const overview = perObject(computeOverview);

function computeOverview(d: Disclosure) {
  const summary = statementOf(d, "summary");
  const expenditure = gridOf(d, "expenditure");
  const fiscal = statementOf(d, "fiscal-summary");
  const three = gridOf(d, "three-public");
  const threeFigures = three && threePublicOf(three, d.year);
  const procurement = gridOf(d, "procurement");
  const services = gridOf(d, "purchased-services");
  const spending = expenditure && totalRow(expenditure);
  const projectUnit = projectsTable(d)?.unit ?? "万元";
  const inWan = (value: Amount | null | undefined, unit: Unit | undefined) => (unit ? wan(value, unit) : null);
  const listed = toAmount(sum(d.projects.map((p) => p.total)), maxDecimals(d.projects.map((p) => p.total)));
  return {
    incomeTotal: summary ? inWan(lineOf(summary, "income", "total")?.amounts.total, summary.unit) : null,
    expenditureTotal: summary ? inWan(lineOf(summary, "expenditure", "total")?.amounts.total, summary.unit) : null,
    /** 收入 by source, with carry lines */
    sources: summary ? linesOf(summary, "income") : [],
    /** 支出 by 功能分类 类, with carry lines */
    uses: summary ? linesOf(summary, "expenditure") : [],
    /** 合计, 基本支出 and 项目支出 of the 支出总表 */
    spending: inWan(spending?.amounts.total, expenditure?.unit),
    basic: inWan(spending && (spending.amounts.basic ?? basicOf(spending)), expenditure?.unit),
    project: inWan(spending?.amounts.project, expenditure?.unit),
    fiscal: fiscal ? inWan(lineOf(fiscal, "income", "total")?.amounts.total, fiscal.unit) : null,
    threePublic: threeFigures
      ? {
          total: inWan(threeFigures.amounts.total, three?.unit),
          outboundTravel: inWan(threeFigures.amounts.outboundTravel, three?.unit),
          reception: inWan(threeFigures.amounts.reception, three?.unit),
          vehicles: inWan(threeFigures.amounts.vehicles, three?.unit),
        }
      : null,
    procurement: procurement ? inWan(totalRow(procurement)?.amounts.total, procurement.unit) : null,
    purchasedServices: services ? inWan(totalRow(services)?.amounts.total, services.unit) : null,
    /** the sum of the projects listed with their performance targets, in 万元 */
    listedProjects: wan(listed, projectUnit),
    /** the same sum in the unit of the projects' table */
    listedProjectsPublished: listed,
    projectUnit,
    largest: largestProjects(d.projects, 10),
    checks: checkSummary(d.checks),
    indicators: d.projects.reduce((n, p) => n + p.indicators.length, 0),
    /** the rows of the 支出总表 (for templates whose classified tables print 类 and 款 rows, the 项) */
    spendingRows: expenditure ? itemRows(expenditure).length : 0,
  };
}

export function largestProjects(projects: readonly Project[], n = projects.length): Project[] {
  return [...projects].sort((a, b) => dec(b.total).cmp(dec(a.total)) || a.id.localeCompare(b.id)).slice(0, n);
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
export const overallAnchor = (at: Location) => `o${placeKey(at)}`;

/**
 * Rows elsewhere in the disclosure that are certainly about this project: a department-wide
 * indicator with the identical text, and the “三公” line whose amount it equals.
 */
export function relatedRows(d: Disclosure, project: Project) {
  const texts = new Set(project.indicators.map((i) => i.level3));
  const overall = d.overallIndicators.filter((o) => texts.has(o.level3));
  const three = gridOf(d, "three-public");
  const figures = three && threePublicOf(three, d.year);
  const threePublic: { label: string; amount: Amount; key: string }[] = [];
  const same = (a: Amount | null | undefined) => a != null && dec(a).eq(dec(project.total));
  if (figures && three.unit === (projectsTable(d)?.unit ?? three.unit)) {
    if (project.name.includes("公务用车购置") && same(figures.amounts.vehiclePurchase)) threePublic.push({ label: "公务用车购置费", amount: project.total, key: three.key });
    if (/因公出国|出国（境）/.test(project.name) && same(figures.amounts.outboundTravel)) threePublic.push({ label: "因公出国（境）费用", amount: project.total, key: three.key });
  }
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
