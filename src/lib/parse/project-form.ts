import { isLevel1 } from "../disclosure/indicators.ts";
import { locationOf } from "../disclosure/location.ts";
import type { Amount, Unit } from "../disclosure/money.ts";
import type { Indicator, Project } from "../disclosure/schema.ts";
import type { GridTable, ProjectsTable } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { TableContext } from "./context.ts";
import { tableBase } from "./context.ts";
import { normalizeLabel, operatorOf, toBlocks, unwrap } from "./text.ts";

/**
 * A project's performance form as any region prints it (项目绩效目标表, 项目支出绩效自评表): its
 * facts as label and value, its funds, its goal and its indicators under 一级, 二级 and 三级 指标.
 * Read by the labels, wherever in the row they stand; a row of a label the form reader does not know
 * is kept among the project's facts as printed, so nothing of the form is lost.
 */

/** The labels a form states its funds under, by field. */
const FUNDS: Record<string, "total" | "fiscal" | "other" | "carryOver"> = {
  项目资金总额: "total",
  资金总额: "total",
  年度资金总额: "total",
  项目总额: "total",
  年度资金申请总额: "total",
  年度预算资金总额: "total",
  预算资金总额: "total",
  财政拨款: "fiscal",
  其中财政拨款: "fiscal",
  财政资金: "fiscal",
  其中财政资金: "fiscal",
  当年财政拨款: "fiscal",
  其中当年财政拨款: "fiscal",
  其他资金: "other",
  其中其他资金: "other",
  上年结转: "carryOver",
  上年结转资金: "carryOver",
};
const GOALS = new Set(["项目总目标", "年度总体目标", "年度目标", "总体目标", "年度绩效目标", "绩效目标", "项目绩效目标", "预期目标"]);
const NAME = "项目名称";
/** A form's unit, printed in a label: 项目资金（万元）, 专项资金情况（万元）. */
const UNIT = /[(（](万元|元)[)）]/;
const FUNDS_LABEL = /资金/;

/** A label cell as the vocabulary names it: 其中：财政拨款 is 其中财政拨款, 年度资金总额： is 年度资金总额. */
const label = (cell: string) => normalizeLabel(cell).replace(/[:：]/g, "").replace(/\([^)]*\)$/, "");

/** A target as printed: ≥95%, ≤2134.87万元, =100%, ≥330台（套）, ≥13459.00(平方米), or words (按时). */
const TARGET = /^(≥|≤|>|<|=|≠|＝|≧|≦|＞|＜)\s*(-?[\d,]*\.?\d+)\s*[(（]?\s*([^()（）]*?)\s*[)）]?$/;

function targetOf(text: string): Pick<Indicator, "operator" | "value" | "unit"> {
  const found = TARGET.exec(text.replace(/\s+/g, ""));
  if (!found) return { operator: "定性", value: unwrap(text), unit: "" };
  return { operator: operatorOf(found[1] ?? "") as Indicator["operator"], value: found[2] ?? "", unit: found[3] ?? "" };
}

/** Whether a form is what a section holds: a row that says 项目名称 in its first filled cell. */
export function isForm(lines: readonly DocLine[]): boolean {
  return lines.slice(0, 6).some((line) => label(line.cells.find(Boolean) ?? "") === NAME);
}

export function readProjectForm(ctx: TableContext, index: number): { table: ProjectsTable; project?: Project } {
  const { section } = ctx;
  const details: { label: string; value: string }[] = [];
  let name: { text: string; line: DocLine; continued?: boolean } | undefined;
  const funds: Partial<Record<"total" | "fiscal" | "other" | "carryOver", Amount | null>> = {};
  let unit: Unit | undefined;
  const goals: string[] = [];
  let levels: { level1: number; level2: number; level3: number; value: number; actual: number } | undefined;
  const indicators: Indicator[] = [];
  let carried = { level1: "", level2: "" };
  let goalHeader: number[] | undefined;
  // 年初预算数 | 全年预算数 | 全年执行数 …: the columns a self-evaluation states each fund's figures in
  let fundColumns: { c: number; name: string }[] | undefined;

  for (const printed of section.lines) {
    const cells = printed.cells;
    const labels = cells.map(label);
    const filled = cells.filter(Boolean);
    if (filled.length === 0) continue;
    unit ??= (labels.map((text) => UNIT.exec(normalizeLabel(text))?.[1] ?? UNIT.exec(filled[0] ?? "")?.[1]).find(Boolean) as Unit | undefined) ?? (cells.map((c) => UNIT.exec(c)?.[1]).find(Boolean) as Unit | undefined);
    const l1 = labels.indexOf("一级指标");
    if (l1 >= 0 && labels.includes("三级指标")) {
      const value = labels.findIndex((text) => /指标值$/.test(text));
      levels = { level1: l1, level2: labels.indexOf("二级指标"), level3: labels.indexOf("三级指标"), value: value < 0 ? labels.indexOf("三级指标") + 1 : value, actual: labels.indexOf("实际完成值") };
      continue;
    }
    if (labels.some((text) => /^(?:年初预算数|全年预算数|全年执行数)$/.test(text))) {
      fundColumns = labels.flatMap((text, c) => (text !== "" && !FUNDS_LABEL.test(text) ? [{ c, name: unwrap(cells[c] ?? "") }] : []));
      continue;
    }
    if (levels) {
      const cell = (c: number) => cells[c] ?? "";
      const first = unwrap(cell(levels.level1));
      // a row of the form after its indicators (备注, 总分): not an indicator
      if (!isLevel1(first.replace(/\s/g, "")) && first !== "" && cell(levels.level3) === "") {
        details.push({ label: unwrap(filled[0] ?? ""), value: filled.slice(1).map(unwrap).join(" ") });
        continue;
      }
      const level1 = first || carried.level1;
      const level2 = unwrap(cell(levels.level2)) || (first ? "" : carried.level2);
      carried = { level1, level2 };
      const level3 = unwrap(cell(levels.level3));
      if (level3 === "") continue;
      const actual = levels.actual >= 0 ? unwrap(cell(levels.actual)) : "";
      indicators.push({ level1, level2, level3, ...targetOf(cell(levels.value)), ...(actual ? { actual } : {}), ...locationOf(printed) });
      continue;
    }
    if (goalHeader) {
      for (const c of goalHeader) goals.push(cells[c] ?? "");
      goalHeader = undefined;
      continue;
    }
    // 年度总体目标 | 预期目标 | 实际完成情况: the texts are on the row below
    const headed = labels.flatMap((text, c) => (c > 0 && GOALS.has(text) ? [c] : []));
    if (GOALS.has(labels[0] ?? "") && headed.length > 0) {
      goalHeader = headed;
      continue;
    }
    // the project's name run on at the top of the next page, in the value's column: · | 金
    if (name && printed.page !== name.line.page && !name.continued && labels[0] === "" && filled.length === 1 && details.length === 0) {
      name = { ...name, text: name.text + unwrap(filled[0] ?? ""), continued: true };
      continue;
    }
    const understood = readLabels(labels, cells, (key, text, c) => {
      if (key === "name") name ??= { text: unwrap(text), line: printed };
      else if (key === "goal") goals.push(text);
      else if (key === "fact") details.push({ label: labels[c] ?? "", value: unwrap(text) });
      else {
        // a self-evaluation states each fund's 年初预算数, 全年预算数, 全年执行数: the year's budget is 全年预算数
        const columns = (fundColumns ?? []).filter((column) => column.c > c);
        const first = columns.find((column) => column.name === "全年预算数") ?? columns[0];
        const more = columns.filter((column) => column !== first);
        const at = first ? first.c : cells.findIndex((cell, i) => i > c && cell !== "");
        funds[key] ??= ctx.amount(/^[-—–]+$/.test(cells[at] ?? "") ? "" : (cells[at] ?? ""), printed, labels[c] ?? "");
        // a self-evaluation's other figures of the fund (全年预算数, 全年执行数, 执行率, 得分): kept as printed
        for (const column of more) if (cells[column.c]) details.push({ label: `${labels[c]}（${column.name}）`, value: unwrap(cells[column.c] ?? "") });
      }
    });
    // a row the form reader does not name: kept as printed, label and value
    if (!understood && !(filled.length === 1 && /^[(（]\d{4}年度[)）]$/.test(filled[0] ?? ""))) details.push({ label: unwrap(filled[0] ?? ""), value: filled.slice(1).map(unwrap).join(" ") });
  }

  if (!name?.text) ctx.error(section.at, "missing-row", "绩效目标表应有“项目名称”，未见到");
  if (funds.total == null) ctx.error(section.at, "missing-row", "绩效目标表应有项目的资金总额（资金总额、年度资金总额…），未见到");
  if (!unit) ctx.error(section.at, "unit", "绩效目标表应说明金额单位（如“项目资金（万元）”），未见到");
  const table: ProjectsTable = { shape: "projects", ...tableBase(section, unit ?? "万元") };
  if (!name?.text || funds.total == null) return { table };
  const [goal = "", annualGoal] = goals;
  // a form that states 上年结转 states the year's funds: 年度资金总额 = 财政拨款 + 上年结转 + 其他资金
  const yearly = funds.carryOver !== undefined;
  return {
    table,
    project: {
      id: `p${index}`,
      name: name.text,
      total: funds.total,
      fiscalFunds: yearly ? null : (funds.fiscal ?? null),
      otherFunds: yearly ? null : (funds.other ?? null),
      goal: toBlocks(goal),
      ...(annualGoal !== undefined ? { annualGoal: toBlocks(annualGoal) } : {}),
      details,
      ...(yearly ? { annualFunds: { total: funds.total, fiscal: funds.fiscal ?? null, carryOver: funds.carryOver ?? null, other: funds.other ?? null } } : {}),
      ...locationOf(name.line),
      indicators,
    },
  };
}

/** The facts of a form's row, each label with the value after it: a project's name, its funds, goal and the rest. */
function readLabels(labels: readonly string[], cells: readonly string[], found: (key: "name" | "goal" | "fact" | "total" | "fiscal" | "other" | "carryOver", text: string, c: number) => void): boolean {
  let understood = false;
  labels.forEach((text, c) => {
    const value = cells.slice(c + 1).find((cell) => cell !== "") ?? "";
    const key = text === NAME ? "name" : GOALS.has(text) ? "goal" : FUNDS[text];
    if (key) {
      understood = true;
      found(key, value, c);
    } else if (c === 0 && text !== "" && !FUNDS_LABEL.test(text) && value !== "" && !UNIT.test(cells[c] ?? "")) {
      understood = true;
      found("fact", value, c);
    } else if (c === 0 && FUNDS_LABEL.test(text)) understood = true;
  });
  return understood;
}

/**
 * The projects a table of them lists, row by row (项目支出绩效目标表 as a grid): a row with a
 * project's name and amount begins it, the rows under it add its indicators. A project's row printed
 * again atop the next page goes on with it; a row of a name and an amount and nothing else, above
 * projects, is their unit's (shown in the table, not a project).
 */
export function projectsOfGrid(table: GridTable, first: number, listing = false): Project[] {
  const projects: Project[] = [];
  let current: Project | undefined;
  let carried = { level1: "", level2: "" };
  let page: number | undefined;
  // the goal as printed so far: a page break may split its cell, the rest on a row of its own
  let goalText = "";
  for (const row of table.rows) {
    // a 合计, or a unit's row its projects add up to
    if (row.kind !== "item") continue;
    const name = row.texts.projectName ?? "";
    const total = row.amounts.total;
    const goal = row.texts.goal ?? "";
    const level3 = row.texts.level3 ?? "";
    if (current && name === "" && total == null && level3 === "" && goal !== "" && Object.keys(row.texts).length === 1) {
      goalText += goal;
      current.goal = toBlocks(goalText);
      continue;
    }
    // the first row of a page that is the project's row again
    const top = row.page !== undefined && row.page !== page;
    page = row.page;
    if (name !== "" && total != null) {
      const again = top && current !== undefined && current.name === name && current.total === total;
      if (!again && (goal !== "" || level3 !== "" || listing)) {
        const agency = row.texts.unit;
        current = { id: `p${first + projects.length}`, name, ...(agency ? { agency } : {}), total, fiscalFunds: row.amounts.fiscal ?? null, otherFunds: row.amounts.other ?? null, goal: toBlocks(goal), ...locationOf(row), indicators: [] };
        goalText = goal;
        projects.push(current);
        carried = { level1: "", level2: "" };
      } else if (!again) {
        current = undefined;
        continue;
      }
    }
    if (!current || level3 === "") continue;
    const level1 = row.texts.level1 || carried.level1;
    const level2 = row.texts.level2 || (row.texts.level1 ? "" : carried.level2);
    carried = { level1, level2 };
    const operator = operatorOf(row.texts.valueType ?? "");
    const target = /^(?:≥|≤|=|>|<|≠)$/.test(operator) ? { operator: operator as Indicator["operator"], value: row.texts.value ?? "", unit: row.texts.measure ?? "" } : { ...targetOf(row.texts.value ?? ""), ...(row.texts.measure ? { unit: row.texts.measure } : {}) };
    current.indicators.push({ level1, level2, level3, ...target, ...locationOf(row) });
  }
  return projects;
}
