import type { Tables } from "../../disclosure/tables.ts";
import { T06_COLUMNS } from "../../disclosure/columns.ts";
import type { TableContext } from "../context.ts";

/** 预算06表 一般公共预算基本支出表: by 政府经济分类 × 部门经济分类, then 合计. */
export function readT06(ctx: TableContext): Tables["t06"] {
  const { rows, total } = ctx.rowsAndTotal(["政府支出经济分类科目", ""], 1, 5, (row) => ({
    governmentEconomic: ctx.subject(row, 0, "政府支出经济分类科目"),
    departmentEconomic: ctx.subject(row, 1, "部门支出经济分类科目"),
    ...ctx.amounts(row, 2, T06_COLUMNS),
    line: row.line,
  }));
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { ...ctx.amounts(total, 2, T06_COLUMNS), line: total.line },
  };
}
