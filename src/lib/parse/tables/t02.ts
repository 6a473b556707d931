import type { Tables } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";
import { cell, compact } from "../sections.ts";

const THIS_YEAR = [
  ["subtotal", "小计"],
  ["generalBudget", "一般公共预算资金"],
  ["governmentFund", "政府性基金预算资金"],
  ["stateCapital", "国有资本经营预算资金"],
  ["fiscalSpecialAccount", "财政专户管理资金"],
  ["businessIncome", "事业收入"],
  ["businessOperatingIncome", "事业单位经营收入"],
  ["superiorSubsidy", "上级补助收入"],
  ["subordinateRemittance", "附属单位上缴收入"],
  ["otherIncome", "其他收入"],
] as const;

const CARRY_OVER = [
  ["subtotal", "小计"],
  ["generalBudget", "一般公共预算资金"],
  ["governmentFund", "政府性基金预算资金"],
  ["stateCapital", "国有资本经营预算资金"],
  ["fiscalSpecialAccount", "财政专户管理资金"],
  ["unitFunds", "单位资金"],
] as const;

/** 预算02表 收入总表: one row; its columns are read by position, so the header is checked name by name. */
export function readT02(ctx: TableContext): Tables["t02"] {
  const { header, body } = ctx.split(["合计", ""]);
  const names = header[1];
  if (names) {
    [...THIS_YEAR, ...CARRY_OVER].forEach(([, name], index) => {
      const found = compact(cell(names, index + 1));
      if (found !== name) {
        ctx.error(names.line, "unexpected-column", `expected column ${index + 2} to be ${name}, found "${found}"`);
      }
    });
  }
  const row = ctx.singleRow(body, "收入");
  ctx.within(row, 1 + THIS_YEAR.length + CARRY_OVER.length);
  return {
    title: ctx.section.title,
    line: ctx.section.line,
    total: ctx.amount(row, 0, "合计"),
    thisYear: ctx.amounts(row, 1, THIS_YEAR.map(([key, name]) => [key, `本年收入 ${name}`] as const)),
    carryOver: ctx.amounts(row, 1 + THIS_YEAR.length, CARRY_OVER.map(([key, name]) => [key, `上年结转结余 ${name}`] as const)),
    rowLine: row.line,
  };
}
