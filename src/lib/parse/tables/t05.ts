import type { Tables } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";

const AMOUNTS = [
  ["total", "合计"],
  ["basic", "基本支出 小计"],
  ["personnel", "人员经费"],
  ["publicUse", "公用经费"],
  ["project", "项目支出总数"],
  ["projectExcludingCapital", "扣除基建项目后预算数"],
] as const;

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
    return { code, name, block, ...ctx.amounts(row, 2, AMOUNTS), line: row.line };
  });
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    rows,
    total: { ...ctx.amounts(total, 2, AMOUNTS), line: total.line },
  };
}
