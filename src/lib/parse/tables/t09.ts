import type { Tables } from "../../disclosure/tables.ts";
import type { TableContext } from "../context.ts";

const AMOUNTS = [
  ["total", "“三公”经费财政拨款预算总额"],
  ["outboundTravel", "因公出国（境）费用"],
  ["reception", "公务接待费"],
  ["vehicles", "公务用车购置及运行维护费 小计"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行维护费"],
] as const;

/** 预算09表 财政拨款“三公”经费支出表: one row of six amounts. */
export function readT09(ctx: TableContext): Tables["t09"] {
  const row = ctx.singleRow(ctx.body(["“三公”经费财政拨款预算总额", ""]), "“三公”经费");
  ctx.within(row, AMOUNTS.length);
  return { title: ctx.section.title, line: ctx.section.line, ...ctx.amounts(row, 0, AMOUNTS), rowLine: row.line };
}
