import { locationOf } from "../disclosure/location.ts";
import type { Amount } from "../disclosure/money.ts";
import type { Indicator, Project } from "../disclosure/schema.ts";
import type { ProjectsTable } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { TableContext } from "./context.ts";
import { clip, tableBase } from "./context.ts";
import { fit } from "./grid.ts";
import { compact, normalizeLabel, toBlocks, unwrap } from "./text.ts";

/** The facts a form states about its project, by their printed labels. */
const FACTS = ["项目性质", "项目类别", "主管部门", "实施单位", "计划开始日期", "计划完成日期"];
const NAME = "项目名称";
/** The funds a form states: the project's on the left, the year's on the right. */
const FUNDS: Record<string, { side: "project" | "year"; key: "total" | "fiscal" | "carryOver" | "other" }> = {
  项目资金总额: { side: "project", key: "total" },
  其中财政资金: { side: "project", key: "fiscal" },
  财政资金: { side: "project", key: "fiscal" },
  年度资金申请总额: { side: "year", key: "total" },
  其中当年财政拨款: { side: "year", key: "fiscal" },
  当年财政拨款: { side: "year", key: "fiscal" },
  上年结转资金: { side: "year", key: "carryOver" },
};
const OTHER = "其他资金";
const FUNDS_LABEL = /^项目资金[(（](.+)[)）]$/;
const YEAR_LINE = /^[(（]\d{4}年度[)）]$/;

/** A target as a form prints it: ≥13459.00(平方米), =100.00(%). */
const TARGET = /^(≥|≤|>|<|=|≠)\s*(-?[\d,]*\.?\d+)\s*[(（]\s*([^()（）]*?)\s*[)）]$/;

/** A label cell, as the tables above name it: 其中：财政资金 is 其中财政资金. */
const label = (cell: string) => normalizeLabel(cell).replace(/[:：]/g, "");

/**
 * 财政项目支出绩效目标填报表: one form per project, its facts as label and value side by side, its
 * funds (the project's and the year's), its goals, and its indicators under 一级, 二级 and 三级
 * 指标 with the 指标值 (a 一级 or 二级 printed once stands for the rows below it). Each form is
 * one project; a line the form does not explain is reported.
 */
export function readForm(ctx: TableContext, index: number): { table: ProjectsTable; project?: Project } {
  const { section } = ctx;
  const details: { label: string; value: string }[] = [];
  let name: { text: string; line: DocLine } | undefined;
  const funds: Record<"project" | "year", Partial<Record<"total" | "fiscal" | "carryOver" | "other", Amount | null>>> = { project: {}, year: {} };
  let yearColumn: number | undefined;
  let unit: ProjectsTable["unit"] | undefined;
  let goals: { columns: number[]; names: string[] } | undefined;
  const goalTexts: string[] = [];
  let levels: { level1: number; level2: number; level3: number; value: number } | undefined;
  const indicators: Indicator[] = [];
  let carried = { level1: "", level2: "" };

  // The form is one grid of ruled cells: every row as wide as its first. Its parts are read by the
  // columns their label rows name, so a row a cell wider or narrower cannot be placed, and is refused.
  const width = section.lines[0]?.cells.length ?? 0;
  for (const line of section.lines) {
    const cells = fit(ctx, line, width, true);
    if (!cells) continue;
    const filled = cells.filter(Boolean);
    if (levels) {
      const cell = (c: number) => cells[c] ?? "";
      const level1 = compact(cell(levels.level1)) || carried.level1;
      const level2 = compact(cell(levels.level2)) || (compact(cell(levels.level1)) ? "" : carried.level2);
      carried = { level1, level2 };
      const level3 = unwrap(cell(levels.level3));
      if (!level1 || !level2 || !level3) {
        ctx.error(line, "unreadable-row", `绩效指标应有一级、二级和三级指标，见到“${clip(filled.join(" | "))}”`);
        continue;
      }
      indicators.push({ level1, level2, level3, ...target(unwrap(cell(levels.value))), ...locationOf(line) });
      continue;
    }
    if (goals && goalTexts.length === 0 && !filled.some((cell) => label(cell) === "一级指标")) {
      for (const c of goals.columns) goalTexts.push(cells[c] ?? "");
      continue;
    }
    if (filled.length === 1 && YEAR_LINE.test(compact(filled[0] ?? ""))) continue;
    const labels = cells.map(label);
    const l1 = labels.indexOf("一级指标");
    if (l1 >= 0) {
      const value = labels.findIndex((text) => /指标值$/.test(text));
      levels = { level1: l1, level2: labels.indexOf("二级指标"), level3: labels.indexOf("三级指标"), value };
      if (levels.level2 < 0 || levels.level3 < 0 || value < 0) ctx.error(line, "missing-column", "绩效指标应有一级指标、二级指标、三级指标和指标值");
      if (levels.level2 < 0 || levels.level3 < 0 || value < 0) levels = undefined;
      continue;
    }
    const goalColumns = labels.flatMap((text, c) => (text === "项目总目标" || text === "年度总体目标" ? [c] : []));
    if (goalColumns.length > 0) {
      goals = { columns: goalColumns, names: goalColumns.map((c) => labels[c] ?? "") };
      continue;
    }
    let understood = false;
    labels.forEach((text, c) => {
      const value = () => cells.slice(c + 1).find((cell) => cell !== "") ?? "";
      const fundsUnit = FUNDS_LABEL.exec(text)?.[1];
      if (fundsUnit !== undefined) {
        understood = true;
        if (fundsUnit === "元" || fundsUnit === "万元") unit = fundsUnit;
        else ctx.error(line, "unit", `项目资金的单位应为元或万元，见到“${clip(fundsUnit)}”`);
      } else if (text === NAME) {
        understood = true;
        name = { text: unwrap(value()), line };
      } else if (FACTS.includes(text)) {
        understood = true;
        details.push({ label: text, value: unwrap(value()) });
      } else if (FUNDS[text] || text === OTHER) {
        understood = true;
        if (text === "年度资金申请总额") yearColumn = c;
        const { side, key } = FUNDS[text] ?? { side: yearColumn !== undefined && c >= yearColumn ? "year" : "project", key: "other" as const };
        const next = cells.slice(c + 1).findIndex((cell) => cell !== "");
        funds[side][key] = ctx.amount(next < 0 ? "" : (cells[c + 1 + next] ?? ""), line, text);
      }
    });
    if (!understood) ctx.error(line, "unreadable-row", `绩效目标表中应为项目信息、资金、目标或指标，见到“${clip(filled.join(" | "))}”`);
  }

  if (!name?.text) ctx.error(section.at, "missing-row", "绩效目标表应有“项目名称”，未见到");
  if (funds.project.total == null) ctx.error(section.at, "missing-row", "绩效目标表应有“项目资金总额”，未见到");
  if (!levels) ctx.error(section.at, "missing-row", "绩效目标表应有绩效指标（一级指标、二级指标、三级指标），未见到");
  const table: ProjectsTable = { shape: "projects", ...tableBase(section, unit ?? "元") };
  if (!name?.text || funds.project.total == null) return { table };
  const [goal = "", annualGoal] = goalTexts;
  return {
    table,
    project: {
      id: `p${index}`,
      name: name.text,
      total: funds.project.total,
      fiscalFunds: funds.project.fiscal ?? null,
      otherFunds: funds.project.other ?? null,
      goal: toBlocks(goal),
      ...(annualGoal !== undefined ? { annualGoal: toBlocks(annualGoal) } : {}),
      details,
      ...(funds.year.total !== undefined ? { annualFunds: { total: funds.year.total ?? null, fiscal: funds.year.fiscal ?? null, carryOver: funds.year.carryOver ?? null, other: funds.year.other ?? null } } : {}),
      ...locationOf(name.line),
      indicators,
    },
  };
}

/** A target's comparison, value and unit; a target in words (及时率, 不低于80%) is kept whole, as 定性. */
function target(text: string): Pick<Indicator, "operator" | "value" | "unit"> {
  const found = TARGET.exec(text);
  if (!found) return { operator: "定性", value: text, unit: "" };
  return { operator: found[1] as Indicator["operator"], value: found[2] ?? "", unit: found[3] ?? "" };
}
