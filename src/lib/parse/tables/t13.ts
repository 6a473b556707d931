import { splitFused } from "../../disclosure/indicators.ts";
import { OPERATORS, type OverallIndicator } from "../../disclosure/schema.ts";
import type { Tables } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";
import { cell, compact, isFilled, type Row } from "../sections.ts";
import { toBlocks, unwrap } from "../text.ts";

const YEAR = /^[(（]?\s*(\d{4})\s*年度\s*[)）]?$/;
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

/**
 * 预算13表 部门整体支出绩效目标表: the year, 部门名称, 总体资金情况, 整体绩效目标, 其他说明, then
 * indicators under their 活动, the three indicator levels fused in one cell.
 */
function operatorAt(row: Row): number {
  return row.cells.findIndex((c) => (OPERATORS as readonly string[]).includes(c));
}

export function readT13(ctx: TableContext): { table: Tables["t13"]; indicators: OverallIndicator[] } {
  const { section } = ctx;
  let yearRow: Row | undefined;
  let departmentRow: Row | undefined;
  let fundsTitle: Row | undefined;
  let fundsHeader: Row | undefined;
  let fundsRow: Row | undefined;
  let goal: Row | undefined;
  let notes: Row | undefined;
  let activity = "";
  const indicators: OverallIndicator[] = [];

  section.rows.forEach((row, index) => {
    const first = compact(cell(row, 0));
    const second = compact(cell(row, 1));
    if (row.cells.length === 1 && YEAR.test(first)) {
      yearRow = ctx.once(yearRow, row, "year");
    } else if (first === "部门名称") {
      departmentRow = ctx.once(departmentRow, row, "部门名称");
      const names = row.cells.slice(1).filter(isFilled);
      if (names.length > 1) ctx.error(row.line, "unreadable-row", `expected one 部门名称, found "${names.join(" | ").slice(0, 60)}"`);
    } else if (first.startsWith("总体资金情况")) {
      fundsTitle = ctx.once(fundsTitle, row, "总体资金情况");
      fundsHeader = section.rows[index + 1];
      fundsRow = section.rows[index + 2];
    } else if (row === fundsHeader) {
      // Only this line may look like a header: elsewhere a row of 合计 would be dropped unread.
      const labels = row.cells.map(compact).filter(Boolean).join(" ");
      if (labels !== FUNDS_SUBHEADER) ctx.error(row.line, "unreadable-row", `expected the second line of 总体资金情况 (${FUNDS_SUBHEADER}), found "${labels.slice(0, 60)}"`);
    } else if (row === fundsRow) {
      // read below, once the whole section is known
    } else if (first === "整体绩效目标" && second === "整体绩效目标") {
      goal = ctx.once(goal, row, "整体绩效目标");
    } else if (second === "其他说明") {
      notes = ctx.once(notes, row, "其他说明");
    } else if (second === "活动" && compact(cell(row, 2)) === "绩效指标") {
      // the indicators' header, repeated on each page
    } else if (operatorAt(row) >= 2) {
      // Usually ["" or 整体绩效目标, 活动, 绩效指标, 性质, 值, 单位]; a page's last row loses its first cell.
      const at = operatorAt(row);
      activity = unwrap(cell(row, at - 2)) || activity;
      const fused = compact(cell(row, at - 1));
      const levels = splitFused(fused);
      if (!levels) {
        ctx.error(row.line, "unreadable-row", `expected 绩效指标 to begin with 一级指标 and 二级指标 (such as 产出指标数量指标…), found "${fused.slice(0, 40)}"`);
      }
      if (!activity) ctx.error(row.line, "unreadable-row", "expected an 活动 for the indicator, found an empty cell");
      indicators.push({
        activity,
        ...(levels ?? { level1: "", level2: "", level3: fused }),
        operator: cell(row, at) as OverallIndicator["operator"],
        value: cell(row, at + 1),
        unit: cell(row, at + 2),
        line: row.line,
      });
    } else {
      ctx.error(row.line, "unreadable-row", `expected an indicator row (活动, 绩效指标, 指标性质, 指标值, 度量单位), found "${row.cells.filter(Boolean).join(" | ").slice(0, 60)}"`);
    }
  });

  const year = yearRow ? Number(YEAR.exec(compact(cell(yearRow, 0)))?.[1]) : undefined;
  const department = departmentRow ? unwrap(departmentRow.cells.slice(1).find(isFilled) ?? "") : undefined;
  if (year === undefined) ctx.error(section.line, "missing-row", "expected the year, such as (2026年度), found none");
  if (!department) ctx.missing("部门名称");
  const funds = ctx.required(fundsRow, "总体资金情况");
  const amounts = ctx.amounts(funds, 2, FUNDS);
  const goalRow = ctx.required(goal, "整体绩效目标");
  return {
    table: {
      title: section.title,
      line: section.line,
      department: department ?? "",
      year: year ?? 0,
      funds: {
        total: amounts.total,
        fiscal: { total: amounts.fiscalTotal, basic: amounts.fiscalBasic, project: amounts.fiscalProject },
        other: { total: amounts.otherTotal, basic: amounts.otherBasic, project: amounts.otherProject },
        line: funds.line,
      },
      goal: toBlocks(cell(goalRow, 2)),
      goalLine: goalRow.line,
      notes: notes ? toBlocks(cell(notes, 2)) : [],
    },
    indicators,
  };
}
