import { indicatorQuality, signalPhrases, SIGNALS } from "../findings/indicator-quality.ts";
import { projectsTable, tableByRole } from "../disclosure/access.ts";
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
  // the table that lists the projects: of their goals and indicators, or else (深圳's 项目支出总表) of their funds only
  const table = projectsTable(d);
  const listing = table?.role === "project-expenditure";
  return {
    code: p.code ? describeCode(p.code) : undefined,
    listedProjects,
    project,
    unit,
    table,
    /** what the page says where the project has no goal: the source left it empty, or its table lists funds only */
    noGoal: listing && table ? `${table.label} ${table.title}只列出各项目的资金，不列绩效目标和绩效指标。` : "原文未填写绩效目标。",
    expenditure: tableByRole(d, "expenditure"),
    performance: d.tables.find((t) => t.shape === "overall"),
    related: relatedRows(d, p),
    /** a self-evaluation (绩效自评表) gives each indicator its 实际完成值 beside its target */
    assessed: p.indicators.some((i) => i.actual !== undefined),
    signalText: signals && [...signalPhrases(signals), signals.noCost ? SIGNALS.noCost.name : "有成本指标"].join("，"),
    /** an amount with its unit, or what the table left empty */
    amountText: (value: string | null) => (value === null ? "原表未填" : `${money(value)} ${unit}`),
  };
}
