import { z } from "zod";
import { amount, dec, toWan, type Amount } from "../disclosure/money.ts";
import { KINDS, SCOPES, type Disclosure } from "../disclosure/schema.ts";
import { role } from "../disclosure/tables.ts";
import { indicatorQuality } from "../findings/indicator-quality.ts";
import { perObject } from "../memo.ts";
import { byFunctionalClass } from "./corpus.ts";
import { overview } from "./overview.ts";

/**
 * A disclosure as the pages across disclosures read it (home, years, search, downloads, guides):
 * a few kilobytes where the whole takes hundreds. The merge of a build in shards
 * (scripts/build.ts) holds the digests alone; those pages render from digests built whole too.
 * Every field is computed here from the whole disclosure, by the functions its own pages use.
 */

const count = z.number().int().nonnegative();
const figure = amount.nullable();

/** The figures an overview gives, that disclosures are compared by. */
const figures = z.object({
  incomeTotal: figure,
  expenditureTotal: figure,
  spending: figure,
  basic: figure,
  project: figure,
  fiscal: figure,
  threePublic: z.object({ total: figure, outboundTravel: figure, reception: figure, vehicles: figure }).nullable(),
  procurement: figure,
  purchasedServices: figure,
});
export type Figures = z.infer<typeof figures>;

/** How many projects a year's page lists among the largest: each disclosure's largest suffice. */
export const LARGEST = 20;

export const digest = z.object({
  slug: z.string(),
  department: z.string(),
  year: z.number().int(),
  kind: z.enum(KINDS),
  scope: z.enum(SCOPES),
  region: z.string(),
  figures,
  /** the counts of checks/summary, as checkSummary gives them */
  checks: z.object({ total: count, passed: count, failed: count, rounding: count, truncation: count, disagree: count, narrative: count, completeness: count, failedRows: count }),
  projects: count,
  /** its projects' indicators, and how many of them are 定性 */
  indicators: z.object({ indicators: count, qualitative: count }),
  /** spending by 功能分类 类, in 万元 */
  classes: z.array(z.object({ code: z.string(), name: z.string(), amount })),
  /** its largest projects, in 万元 */
  largest: z.array(z.object({ id: z.string(), name: z.string(), agency: z.string().optional(), amount })),
  /** its tables as printed: their roles, numbers and names */
  tables: z.array(z.object({ role, label: z.string(), title: z.string() })),
  /** the first indicator of the first project that states one: an example for the guides */
  indicator: z.object({ project: z.string(), level1: z.string(), level2: z.string(), level3: z.string(), operator: z.string(), value: z.string(), unit: z.string() }).optional(),
});
export type Digest = z.infer<typeof digest>;

/** The order of projects by amount: the largest first, then by name. */
export const byAmount = (a: { amount: Amount; name: string }, b: { amount: Amount; name: string }) => dec(b.amount).cmp(dec(a.amount)) || a.name.localeCompare(b.name, "zh-CN");

/** A disclosure's digest; computed once per disclosure. */
export const digestOf = perObject((d: Disclosure): Digest => {
  const o = overview(d);
  const sample = d.projects.find((p) => p.indicators.length > 0);
  const first = sample?.indicators[0];
  const totals = indicatorQuality(d).totals;
  return {
    slug: d.slug,
    department: d.department,
    year: d.year,
    kind: d.kind,
    scope: d.scope,
    region: d.region,
    figures: {
      incomeTotal: o.incomeTotal,
      expenditureTotal: o.expenditureTotal,
      spending: o.spending,
      basic: o.basic,
      project: o.project,
      fiscal: o.fiscal,
      threePublic: o.threePublic,
      procurement: o.procurement,
      purchasedServices: o.purchasedServices,
    },
    checks: o.checks,
    projects: d.projects.length,
    indicators: { indicators: totals.indicators, qualitative: totals.qualitative },
    classes: [...byFunctionalClass(d)].map(([code, { name, amount: value }]) => ({ code, name, amount: value })),
    largest: d.projects
      .map((p) => ({ id: p.id, name: p.name, ...(p.agency ? { agency: p.agency } : {}), amount: toWan(p.total, o.projectUnit) }))
      .sort(byAmount)
      .slice(0, LARGEST),
    tables: d.tables.map((t) => ({ role: t.role, label: t.label, title: t.title })),
    ...(sample && first ? { indicator: { project: sample.name, level1: first.level1, level2: first.level2, level3: first.level3, operator: first.operator, value: first.value, unit: first.unit } } : {}),
  };
});
