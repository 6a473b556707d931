import { splitFused } from "../disclosure/indicators.ts";
import { locationOf } from "../disclosure/location.ts";
import { OPERATORS, type OverallIndicator } from "../disclosure/schema.ts";
import type { OverallTable } from "../disclosure/tables.ts";
import { printedCells, type DocLine } from "../source/document.ts";
import type { TableContext } from "./context.ts";
import { clip, tableBase } from "./context.ts";
import { strippedLines } from "./grid.ts";
import { compact, operatorOf, toBlocks, unwrap } from "./text.ts";

/** （2026年度）, or as a PDF may print it, 2026（年度） */
const YEAR = /^[(（]?\s*(\d{4})\s*[(（]?\s*年度\s*[)）]?$/;
const FUNDS = [
  ["total", "预算支出总额"],
  ["fiscalTotal", "财政拨款 合计"],
  ["fiscalBasic", "财政拨款 基本支出"],
  ["fiscalProject", "财政拨款 项目支出"],
  ["otherTotal", "其他资金 合计"],
  ["otherBasic", "其他资金 基本支出"],
  ["otherProject", "其他资金 项目支出"],
] as const;
const FUNDS_SUBHEADER = "合计 基本支出 项目支出 合计 基本支出 项目支出";

const cell = (line: DocLine, index: number) => line.cells[index] ?? "";

function operatorAt(line: DocLine): number {
  return line.cells.findIndex((c) => (OPERATORS as readonly string[]).includes(operatorOf(c)));
}

/**
 * 部门整体支出绩效目标表 (预算13表): the year, 部门名称, 总体资金情况, 整体绩效目标, 其他说明, then
 * indicators under their 活动, the three indicator levels fused in one cell.
 */
export function readOverall(ctx: TableContext): { table: OverallTable; indicators: OverallIndicator[] } {
  const { section } = ctx;
  let yearRow: DocLine | undefined;
  let departmentRow: DocLine | undefined;
  let fundsTitle: DocLine | undefined;
  let fundsHeader: DocLine | undefined;
  let fundsRow: DocLine | undefined;
  let goal: DocLine | undefined;
  let notes: DocLine | undefined;
  let activity = "";
  const indicators: OverallIndicator[] = [];

  /** A row of a label and one text: a second filled cell is a text split at a stray separator. */
  const textOnly = (line: DocLine, what: string) => {
    const extra = line.cells.slice(3).filter(Boolean);
    if (extra.length > 0) ctx.error(line, "unreadable-row", `“${what}”应为一段文字，其后见到“${clip(extra.join(" | "))}”：是否多了一个分隔？`);
  };

  // a PDF gives a merged cell a cell per column it covers; the rows below are read as printed. A text
  // whose lines all lost their trailing tabs (an editor's strip on save) lost an empty 度量单位 with them
  const stripped = strippedLines(section.lines);
  const lines = section.lines.map((line) => {
    const cells = line.spans ? printedCells(line) : line.cells;
    const at = stripped ? operatorAt(line) : -1;
    return at >= 2 && cells.length < at + 3 ? { ...line, cells: [...cells, ...Array<string>(at + 3 - cells.length).fill("")] } : line.spans ? { ...line, cells } : line;
  });
  lines.forEach((line, index) => {
    const first = compact(cell(line, 0));
    const second = compact(cell(line, 1));
    if (line.cells.length === 1 && YEAR.test(first)) {
      yearRow = ctx.once(yearRow, line, "年度");
    } else if (first === "部门名称") {
      departmentRow = ctx.once(departmentRow, line, "部门名称");
      const names = line.cells.slice(1).filter(Boolean);
      if (names.length > 1) ctx.error(line, "unreadable-row", `应只有一个部门名称，见到“${clip(names.join(" | "))}”`);
    } else if (first.startsWith("总体资金情况")) {
      fundsTitle = ctx.once(fundsTitle, line, "总体资金情况");
      fundsHeader = lines[index + 1];
      fundsRow = lines[index + 2];
    } else if (line === fundsHeader) {
      // Only this line may look like a header: elsewhere a row of 合计 would be dropped unread.
      const labels = line.cells.map(compact).filter(Boolean).join(" ");
      if (labels !== FUNDS_SUBHEADER) ctx.error(line, "unreadable-row", `应为“总体资金情况”的第二行表头（${FUNDS_SUBHEADER}），见到“${clip(labels)}”`);
    } else if (line === fundsRow) {
      // read below, once the whole section is known
    } else if (first === "整体绩效目标" && line.cells.length === 1) {
      // the label of the column the indicators stand under, which a PDF may print between rows
    } else if ((first === "整体绩效目标" || first === "") && second === "整体绩效目标") {
      goal = ctx.once(goal, line, "整体绩效目标");
      textOnly(line, "整体绩效目标");
    } else if (second === "其他说明") {
      notes = ctx.once(notes, line, "其他说明");
      textOnly(line, "其他说明");
    } else if (second === "活动" && compact(cell(line, 2)) === "绩效指标") {
      // the indicators' header, repeated on each page
    } else if (operatorAt(line) >= 2) {
      // Usually ["" or 整体绩效目标, 活动, 绩效指标, 性质, 值, 单位]; a page's last row loses its first cell.
      const at = operatorAt(line);
      activity = unwrap(cell(line, at - 2)) || activity;
      // [整体绩效目标 or nothing, 活动, 绩效指标, 性质, 值, 单位]; a page's last row loses its first cell. The
      // first column says 整体绩效目标 or nothing: anything else, or glued to an activity, is a separator added or lost
      const first = compact(cell(line, 0));
      if (at > 3 || (at === 3 && first !== "" && first !== "整体绩效目标") || (at === 2 && first.startsWith("整体绩效目标"))) {
        ctx.error(line, "unreadable-row", `应为“整体绩效目标、活动、绩效指标、指标性质、指标值、度量单位”，见到“${clip(line.cells.filter(Boolean).join(" | "))}”：是否多了或少了一个分隔？`);
        return;
      }
      const fused = compact(cell(line, at - 1));
      const levels = splitFused(fused);
      if (!levels) ctx.error(line, "unreadable-row", `“绩效指标”应以一级指标和二级指标开头（如 产出指标数量指标…），见到“${clip(fused, 40)}”`);
      if (!activity) ctx.error(line, "unreadable-row", "指标应有所属活动，见到空格");
      if (line.cells.length < at + 3) ctx.error(line, "unreadable-row", `绩效指标应有指标性质、指标值、度量单位 3 格，见到 ${line.cells.length - at} 格：是否少了一个分隔？`);
      const trailing = line.cells.slice(at + 3).filter(Boolean);
      if (trailing.length > 0) ctx.error(line, "unreadable-row", `“度量单位”之后应无内容，见到“${clip(trailing.join(" | "))}”`);
      indicators.push({
        activity,
        ...(levels ?? { level1: "", level2: "", level3: fused }),
        operator: operatorOf(cell(line, at)) as OverallIndicator["operator"],
        value: unwrap(cell(line, at + 1)),
        unit: ctx.measure(cell(line, at + 2), line, "度量单位"),
        ...locationOf(line),
      });
    } else {
      ctx.error(line, "unreadable-row", `应为绩效指标行（活动、绩效指标、指标性质、指标值、度量单位），见到“${clip(line.cells.filter(Boolean).join(" | "))}”`);
    }
  });

  const year = yearRow ? Number(YEAR.exec(compact(cell(yearRow, 0)))?.[1]) : undefined;
  const department = departmentRow ? unwrap(departmentRow.cells.slice(1).find(Boolean) ?? "") : undefined;
  if (year === undefined) ctx.error(section.at, "missing-row", "应有年度，如 (2026年度)，未见到");
  if (!department) ctx.missing("部门名称");
  if (!fundsRow) ctx.missing("总体资金情况");
  if (!goal) ctx.missing("整体绩效目标");
  // the row has two empty cells, then the seven amounts; a row that lost its leading empty cells is aligned right
  const width = 2 + FUNDS.length;
  const printed = fundsRow ?? { ...section.at, cells: [] };
  const funds = { ...printed, cells: [...Array<string>(Math.max(0, width - printed.cells.length)).fill(""), ...printed.cells] };
  if (funds.cells.slice(0, 2).some(Boolean)) ctx.error(funds, "unreadable-row", `“总体资金情况”的金额之前应为两格空白，见到“${clip(funds.cells.slice(0, 2).join(" | "))}”`);
  const amounts = Object.fromEntries(FUNDS.map(([key, name], i) => [key, ctx.amount(cell(funds, i + 2), funds, name)])) as Record<(typeof FUNDS)[number][0], string | null>;
  const extra = funds.cells.slice(width).filter(Boolean);
  if (extra.length > 0) ctx.error(funds, "unreadable-row", `“总体资金情况”应有 ${FUNDS.length} 个金额，见到更多：“${clip(extra.join(" | "))}”`);
  const goalRow = goal ?? { ...section.at, cells: [] };
  return {
    table: {
      shape: "overall",
      ...tableBase(section, "万元"),
      department: department ?? "",
      year: year ?? 0,
      funds: {
        total: amounts.total,
        fiscal: { total: amounts.fiscalTotal, basic: amounts.fiscalBasic, project: amounts.fiscalProject },
        other: { total: amounts.otherTotal, basic: amounts.otherBasic, project: amounts.otherProject },
        ...locationOf(funds),
      },
      goal: toBlocks(cell(goalRow, 2)),
      goalAt: locationOf(goalRow),
      remarks: notes ? toBlocks(cell(notes, 2)) : [],
    },
    indicators,
  };
}
