import type { Tables } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";
import { cell } from "../sections.ts";
import { unwrap } from "../text.ts";

/** 预算11表 财政拨款政府购买服务明细表: 合计 first, then one row per purchase by 指导性目录. */
export function readT11(ctx: TableContext): Tables["t11"] {
  const { rows, total } = ctx.rowsAndTotal(["指导性目录", "一级"], 0, 4, (row) => ({
    level1: ctx.subject(row, 0, "一级"),
    level2: ctx.subject(row, 1, "二级"),
    level3: unwrap(cell(row, 2)),
    amount: ctx.amount(row, 3, "预算金额"),
    line: row.line,
  }));
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { amount: ctx.amount(total, 3, "预算金额"), line: total.line },
  };
}
