import type { Tables } from "../../disclosure/tables.ts";
import { T03_COLUMNS } from "../../disclosure/columns.ts";
import type { TableContext } from "../context.ts";

/** 预算03表 支出总表: one row per 功能分类 × 政府经济分类 × 部门经济分类, then 合计. */
export function readT03(ctx: TableContext): Tables["t03"] {
  const { rows, total } = ctx.rowsAndTotal(["支出功能分类科目", ""], 0, 9, (row) => ({
    functional: ctx.subject(row, 0, "支出功能分类科目"),
    governmentEconomic: ctx.subject(row, 1, "政府支出经济分类科目"),
    departmentEconomic: ctx.subject(row, 2, "部门支出经济分类科目"),
    ...ctx.amounts(row, 3, T03_COLUMNS),
    line: row.line,
  }));
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { ...ctx.amounts(total, 3, T03_COLUMNS), line: total.line },
  };
}
