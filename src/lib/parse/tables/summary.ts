import type { LabelledAmount, SummaryTable } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";
import { cell, compact, type Row } from "../sections.ts";

/**
 * 预算01表 收支总表 and 预算04表 财政拨款收支总表: 收入 on the left, 支出 on the right, then the
 * 合计, 结转 and 总计 lines. In 预算04表 the 上年结转结余 line is followed by its breakdown.
 */
export function readSummary(ctx: TableContext): SummaryTable {
  const side = (row: Row, offset: 0 | 2, column: string): LabelledAmount => ({
    label: compact(cell(row, offset)),
    amount: ctx.amount(row, offset + 1, column),
    line: row.line,
  });
  const income: LabelledAmount[] = [];
  const expenditure: LabelledAmount[] = [];
  const carryOverInDetail: LabelledAmount[] = [];
  const found: Partial<Record<"subtotal" | "carry" | "total", [LabelledAmount, LabelledAmount]>> = {};
  let phase: "items" | "carry" | "done" = "items";

  const pair = (row: Row, expectedRight: string): [LabelledAmount, LabelledAmount] => {
    const right = side(row, 2, `${expectedRight} 预算数`);
    if (right.label !== expectedRight) {
      ctx.error(row.line, "unreadable-row", `expected "${expectedRight}" beside "${compact(cell(row, 0))}", found "${right.label}"`);
    }
    return [side(row, 0, `${compact(cell(row, 0))} 预算数`), right];
  };

  for (const row of ctx.body(["收入", "项目"])) {
    ctx.within(row, 4);
    const left = compact(cell(row, 0));
    const right = compact(cell(row, 2));
    // an amount whose 项目 is empty cannot be placed: report it rather than pass it over
    for (const [label, amount, side] of [[left, cell(row, 1), "收入"], [right, cell(row, 3), "支出"]] as const) {
      if (!label && amount) ctx.error(row.line, "unreadable-row", `expected a ${side} 项目 beside the amount "${amount}", found an empty cell`);
    }
    if (left === "本年收入合计") {
      found.subtotal = pair(row, "本年支出合计");
      phase = "carry";
    } else if (left === "上年结转结余") {
      found.carry = pair(row, "年终结转结余");
    } else if (left === "收入总计") {
      found.total = pair(row, "支出总计");
      phase = "done";
    } else if (phase === "items") {
      if (left) income.push(side(row, 0, `${left} 预算数`));
      if (right) expenditure.push(side(row, 2, `${right} 预算数`));
    } else if (phase === "carry" && left && !right) {
      carryOverInDetail.push(side(row, 0, `${left} 预算数`));
    } else {
      ctx.error(row.line, "unreadable-row", `expected a row of 收入 and 支出, found "${row.cells.join(" | ")}"`);
    }
  }
  const { subtotal, carry, total } = found;
  if (!subtotal) ctx.missing("本年收入合计");
  if (!carry) ctx.missing("上年结转结余");
  if (!total) ctx.missing("收入总计");
  const placeholder = { label: "", amount: null, line: ctx.section.line };
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    income,
    expenditure,
    incomeSubtotal: subtotal?.[0] ?? placeholder,
    expenditureSubtotal: subtotal?.[1] ?? placeholder,
    carryOverIn: carry?.[0] ?? placeholder,
    carryOverOut: carry?.[1] ?? placeholder,
    carryOverInDetail,
    incomeTotal: total?.[0] ?? placeholder,
    expenditureTotal: total?.[1] ?? placeholder,
  };
}
