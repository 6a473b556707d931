import { indicatorQuality, signalPhrases, SIGNALS } from "../findings/indicator-quality.ts";
import { describeCode } from "../disclosure/project-code.ts";
import type { Disclosure, Project } from "../disclosure/schema.ts";
import { money } from "./format.ts";
import { overview, relatedRows } from "./overview.ts";

/**
 * A project's page: what its code says, its share of the department's project spending, the rows
 * elsewhere in the disclosure about it, its indicators' quality signals. The route renders what
 * this computes.
 */
export function projectView(d: Disclosure, p: Project) {
  const { listedProjects, project, projectUnit: unit } = overview(d);
  const signals = indicatorQuality(d).projects.find((s) => s.project.id === p.id);
  return {
    code: p.code ? describeCode(p.code) : undefined,
    listedProjects,
    project,
    unit,
    table: d.tables.find((t) => t.role === "projects"),
    expenditure: d.tables.find((t) => t.role === "expenditure"),
    performance: d.tables.find((t) => t.shape === "overall"),
    related: relatedRows(d, p),
    /** a self-evaluation (绩效自评表) gives each indicator its 实际完成值 beside its target */
    assessed: p.indicators.some((i) => i.actual !== undefined),
    signalText: signals && [...signalPhrases(signals), signals.noCost ? SIGNALS.noCost.name : "有成本指标"].join("，"),
    /** an amount with its unit, or what the table left empty */
    amountText: (value: string | null) => (value === null ? "原表未填" : `${money(value)} ${unit}`),
  };
}
