import type { Tables } from "../../disclosure/tables.ts";
import { T05_COLUMNS } from "../../disclosure/columns.ts";
import type { TableContext } from "../context.ts";

/**
 * 预算05表 一般公共预算支出表. The table lists the subjects of each unit in turn without naming the
 * unit; a new block starts where the codes, sorted within a block, begin again.
 */
export function readT05(ctx: TableContext): Tables["t05"] {
  let block = 1;
  let previous = "";
  const { rows, total } = ctx.rowsAndTotal(["功能分类科目", "科目编码", ""], 1, 8, (row) => {
    const { code, name } = ctx.codeAndName(row);
    if (previous && code <= previous) block++;
    previous = code;
    return { code, name, block, ...ctx.amounts(row, 2, T05_COLUMNS), line: row.line };
  });
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { ...ctx.amounts(total, 2, T05_COLUMNS), line: total.line },
  };
}
