import type { Tables } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";

/** 预算10表 政府采购预算明细表: A-货物, B-工程, C-服务, then 合计. */
export function readT10(ctx: TableContext): Tables["t10"] {
  const { rows, total } = ctx.rowsAndTotal(["采购类别"], 0, 2, (row) => ({
    ...ctx.subject(row, 0, "采购类别"),
    amount: ctx.amount(row, 1, "金额"),
    line: row.line,
  }));
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { amount: ctx.amount(total, 1, "金额"), line: total.line },
  };
}
