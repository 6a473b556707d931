import { gridOf, lineOf, statementOf, totalOf, totalRow } from "../disclosure/access.ts";
import { locationOf } from "../disclosure/location.ts";
import type { Unit } from "../disclosure/money.ts";
import type { Check } from "../disclosure/schema.ts";
import type { GridTable, StatementRow, StatementTable } from "../disclosure/tables.ts";
import { figure, type Figure } from "../findings/check.ts";
import { byFunctionalClass, cross, inUnit } from "../findings/cross.ts";
import type { Read } from "./types.ts";

/**
 * The reconciliations across the national set, by role: whichever of its tables a disclosure prints
 * and under whatever numbers, each figure that two tables both state is compared. Figures in 元 are
 * compared in 万元 where the other table prints 万元 (exactly: the point moves four places).
 */

/** The unit two tables are compared in: their own, or 万元 where one prints 万元. */
const common = (...units: Unit[]): Unit => (units.every((u) => u === "元") ? "元" : "万元");

/** A grid's 合计 in a column, as a figure in `unit`; undefined where the table prints none. */
function totalFigure(t: GridTable | undefined, column: string, unit: Unit): Figure | undefined {
  const row = t && totalRow(t);
  if (!t || !row || !t.columns.some((c) => c.key === column)) return undefined;
  // a table printed in halves or blocks has a 合计 for each (人员经费合计, 公用经费合计): the table's is their sum
  const value = t.columns.some((c) => c.half !== undefined) ? totalOf(t, column) : row.amounts[column];
  return figure(inUnit(value, t.unit, unit), locationOf(row));
}

function lineFigure(t: StatementTable, row: StatementRow | undefined, column: string, unit: Unit): Figure | undefined {
  return row && t.columns.expenditure.concat(t.columns.income).some((c) => c.key === column) ? figure(inUnit(row.amounts[column], t.unit, unit), locationOf(row)) : undefined;
}

export function nationalCrossChecks(read: Read): Check[] {
  const checks: Check[] = [];
  const summary = statementOf(read, "summary");
  const fiscal = statementOf(read, "fiscal-summary");
  const income = gridOf(read, "income");
  const spending = gridOf(read, "expenditure");
  const general = gridOf(read, "general-budget");
  const basic = gridOf(read, "basic-economic");
  const fund = gridOf(read, "government-fund");
  const capital = gridOf(read, "state-capital");
  const add = (id: string, tables: [string, string, ...string[]], description: string, unit: Unit, expected: Figure | undefined, parts: readonly (Figure | undefined)[]) => {
    if (expected && parts.length > 0 && parts.every(Boolean)) checks.push(cross(id, tables, description, unit, expected, parts as Figure[]));
  };

  if (summary && income) {
    const unit = common(summary.unit, income.unit);
    // an income table with a column of 上年结转 adds up to 收入总计; one without, to 本年收入合计
    const carried = income.columns.some((c) => c.key === "carryOver");
    const line = carried ? lineOf(summary, "income", "total") : lineOf(summary, "income", "subtotal");
    add(`${summary.key}-${income.key}.income`, [summary.key, income.key], `${summary.title}的${line?.label ?? (carried ? "收入总计" : "本年收入合计")}等于${income.title}的合计`, unit, lineFigure(summary, line, "total", unit), [totalFigure(income, "total", unit)]);
  }
  if (summary && spending) {
    const unit = common(summary.unit, spending.unit);
    const line = lineOf(summary, "expenditure", "subtotal") ?? lineOf(summary, "expenditure", "total");
    add(`${summary.key}-${spending.key}.spending`, [summary.key, spending.key], `${summary.title}的${line?.label ?? "本年支出合计"}等于${spending.title}的合计`, unit, lineFigure(summary, line, "total", unit), [totalFigure(spending, "total", unit)]);
    if (summary.unit === spending.unit || summary.unit === "万元") checks.push(...byFunctionalClass(summary, spending));
  }
  if (fiscal) {
    const line = lineOf(fiscal, "expenditure", "subtotal");
    const detail = [general, fund, capital].filter((t): t is GridTable => t !== undefined && totalRow(t) !== undefined);
    const unit = common(fiscal.unit, ...detail.map((t) => t.unit));
    if (general && detail.length > 0) {
      add(`${fiscal.key}-${general.key}.spending`, [fiscal.key, ...detail.map((t) => t.key)] as [string, string], `${fiscal.title}的${line?.label ?? "本年支出合计"}等于${detail.map((t) => t.title).join("、")}的合计${detail.length > 1 ? "之和" : ""}`, unit, lineFigure(fiscal, line, "total", unit), detail.map((t) => totalFigure(t, "total", unit)));
    }
    // where the fiscal statement splits its spending by fund, its 一般公共预算 is the general table's
    if (general && fiscal.columns.expenditure.some((c) => c.key === "general")) {
      const unit = common(fiscal.unit, general.unit);
      add(`${fiscal.key}-${general.key}.general`, [fiscal.key, general.key], `${fiscal.title}中一般公共预算的${line?.label ?? "本年支出合计"}等于${general.title}的合计`, unit, lineFigure(fiscal, line, "general", unit), [totalFigure(general, "total", unit)]);
    }
  }
  if (general && basic) {
    const unit = common(general.unit, basic.unit);
    const pairs = [
      ["basic", "total", "基本支出合计", "合计"],
      ["personnel", "personnel", "人员经费合计", "人员经费合计"],
      ["publicUse", "publicUse", "公用经费合计", "公用经费合计"],
    ] as const;
    for (const [from, to, name, other] of pairs) {
      add(`${general.key}-${basic.key}.${from}`, [general.key, basic.key], `${general.title}的${name}等于${basic.title}的${other}`, unit, totalFigure(general, from, unit), [totalFigure(basic, to, unit)]);
    }
  }
  return checks;
}
