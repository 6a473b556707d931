import type { FundTable } from "../../disclosure/tables.ts";
import { FUND_COLUMNS } from "../../disclosure/columns.ts";
import type { TableContext } from "../context.ts";

/** 预算07表 政府性基金预算支出表 and 预算08表 国有资本经营预算支出表: 功能分类 rows, then 合计. */
export function readFundTable(ctx: TableContext): FundTable {
  const { rows, total } = ctx.rowsAndTotal(["功能分类科目", "科目编码"], 1, 5, (row) => ({
    ...ctx.codeAndName(row),
    ...ctx.amounts(row, 2, FUND_COLUMNS),
    line: row.line,
  }));
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { ...ctx.amounts(total, 2, FUND_COLUMNS), line: total.line },
  };
}
