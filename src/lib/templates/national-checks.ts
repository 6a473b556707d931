import { columnName, gridOf, lineOf, statementOf, totalOf, totalRow, withoutNumber } from "../disclosure/access.ts";
import { locationOf } from "../disclosure/location.ts";
import { maxDecimals, sum, toAmount, type Unit } from "../disclosure/money.ts";
import type { Check } from "../disclosure/schema.ts";
import type { Column, GridTable, StatementRow, StatementTable } from "../disclosure/tables.ts";
import { figure, type Figure } from "../findings/check.ts";
import { hasFigures } from "../findings/completeness.ts";
import { byFunctionalClass, cross, inUnit } from "../findings/cross.ts";
import type { Read } from "./types.ts";
import { incomeNames } from "./vocabulary.ts";

/**
 * The reconciliations across the national set, by role: whichever of its tables a disclosure prints
 * and under whatever numbers, each figure that two tables both state is compared. Figures in 元 are
 * compared in 万元 where the other table prints 万元 (exactly: the point moves four places).
 */

/** The unit two tables are compared in: their own, or 万元 where one prints 万元. */
const common = (...units: Unit[]): Unit => (units.every((u) => u === "元") ? "元" : "万元");

/** A grid's 合计 in a column, as a figure in `unit`; undefined where the table prints none. */
function totalFigure(t: GridTable | undefined, column: string, unit: Unit): Figure | undefined {
  // a table of one row (北京's 收入总表) is its own 合计
  const row = t && (totalRow(t) ?? (t.rows.length === 1 ? t.rows[0] : undefined));
  if (!t || !row || !t.columns.some((c) => c.key === column)) return undefined;
  // a table printed in halves or blocks has a 合计 for each (人员经费合计, 公用经费合计): the table's is their sum
  const value = t.columns.some((c) => c.half !== undefined) ? totalOf(t, column) : row.amounts[column];
  return figure(inUnit(value, t.unit, unit), locationOf(row));
}

function lineFigure(t: StatementTable, row: StatementRow | undefined, column: string, unit: Unit): Figure | undefined {
  return row && t.columns.expenditure.concat(t.columns.income).some((c) => c.key === column) ? figure(inUnit(row.amounts[column], t.unit, unit), locationOf(row)) : undefined;
}

/** Several lines' sum in a column, as one figure at the first of them. */
function linesFigure(t: StatementTable, rows: readonly StatementRow[], unit: Unit): Figure | undefined {
  const [first] = rows;
  if (!first) return undefined;
  // a line left blank has nothing: it adds nothing
  const values = rows.map((row) => inUnit(row.amounts.total, t.unit, unit));
  return figure(toAmount(sum(values), maxDecimals(values)), locationOf(first));
}

/** The year's own line of a side: its 本年收入合计 (本年支出合计), or its 总计 where the side carries nothing over. */
function yearLine(t: StatementTable, side: "income" | "expenditure"): StatementRow | undefined {
  return lineOf(t, side, "subtotal") ?? (lineOf(t, side, "carry") ? undefined : lineOf(t, side, "total"));
}

/** A 收支总表's income line of a name: 一、财政拨款收入 is 财政拨款收入. */
const named = (t: StatementTable, name: string) => t.income.find((row) => withoutNumber(row.label) === name);
/** The 收支总表's lines of the three funds' 拨款: together its 财政拨款收入, where it prints no line of that name. */
const FUND_LINE = /^(?:一般公共预算|政府性基金预算|国有资本经营预算)(?:财政)?拨款(?:收入)?$/;
const FISCAL_NAMES = ["财政拨款收入", "财政拨款"];

/** The 收支总表's 财政拨款收入: its line of that name, or its three funds' lines together. */
function fiscalIncome(t: StatementTable, unit: Unit): { figure: Figure | undefined; name: string } {
  const line = FISCAL_NAMES.map((name) => named(t, name)).find(Boolean);
  if (line) return { figure: lineFigure(t, line, "total", unit), name: withoutNumber(line.label) };
  const funds = t.income.filter((row) => row.kind === "item" && FUND_LINE.test(withoutNumber(row.label)));
  return { figure: linesFigure(t, funds, unit), name: funds.map((row) => withoutNumber(row.label)).join("、") + (funds.length > 1 ? "之和" : "") };
}

/** Income columns that are not a source of the year's income: 合计, 本年收入, and 上年结转 whole and by source. */
const CARRIED_BY_FUND = ["carryOverGeneral", "carryOverGovernmentFund", "carryOverStateCapital"];
const NOT_A_SOURCE = new Set(["total", "thisYear", "carryOver", "businessFund", ...CARRIED_BY_FUND, "carryOverFiscalSpecialAccount", "carryOverOther"]);

/** The 收支总表's line of an income column: of the column's printed name, or of another name the set gives the column (一般公共预算拨款收入 for 一般公共预算资金). */
function sourceLine(t: StatementTable, column: Pick<Column, "key" | "header">): StatementRow | undefined {
  return [columnName(column), ...incomeNames(column.key)].map((name) => named(t, name)).find(Boolean);
}

/** A column's 合计 as a sentence names it: 事业收入合计, but 上年结转结余小计 as it is. */
const totalName = (name: string) => (/(?:合计|小计|总计)$/.test(name) ? name : `${name}合计`);

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
    // an income table with a column of 上年结转 (or of another line the 总计 adds: 西安's 上年实户资金余额)
    // adds up to 收入总计; one without, to 本年收入合计
    const carries = new Set(summary.income.filter((r) => r.kind === "carry").map((r) => withoutNumber(r.label)));
    const carried = income.columns.some((c) => c.key === "carryOver" || carries.has(c.header.at(-1) ?? ""));
    const line = carried ? lineOf(summary, "income", "total") : yearLine(summary, "income");
    add(`${summary.key}-${income.key}.income`, [summary.key, income.key], `${summary.title}的${line?.label ?? (carried ? "收入总计" : "本年收入合计")}等于${income.title}的合计`, unit, lineFigure(summary, line, "total", unit), [totalFigure(income, "total", unit)]);
    // each source the income table prints a column of, against the 收支总表's line of the same name
    for (const column of income.columns) {
      if (column.kind !== "amount" || NOT_A_SOURCE.has(column.key)) continue;
      const name = columnName(column);
      const line = sourceLine(summary, column);
      const source = column.key === "fiscal" ? fiscalIncome(summary, unit) : { figure: lineFigure(summary, line, "total", unit), name: line ? withoutNumber(line.label) : name };
      add(`${summary.key}-${income.key}.${column.key}`, [summary.key, income.key], `${summary.title}的${source.name}等于${income.title}的${totalName(name)}`, unit, totalFigure(income, column.key, unit), [source.figure]);
    }
    // 上年结转 against the 收支总表's line of it (not 用事业基金弥补收支差额 and the like, which are carry lines too)
    const carryOver = income.columns.find((c) => c.key === "carryOver");
    const carryLine = carryOver && sourceLine(summary, carryOver);
    if (carryOver && carryLine) {
      add(`${summary.key}-${income.key}.carryOver`, [summary.key, income.key], `${summary.title}的${withoutNumber(carryLine.label)}等于${income.title}的${totalName(columnName(carryOver))}`, unit, lineFigure(summary, carryLine, "total", unit), [totalFigure(income, "carryOver", unit)]);
    }
  }
  // 财政拨款's 上年结转 is what the 收入表 carries over of the three funds
  const fiscalCarry = fiscal && lineOf(fiscal, "income", "carry");
  const carried = income ? CARRIED_BY_FUND.filter((key) => income.columns.some((c) => c.key === key)) : [];
  if (fiscal && income && fiscalCarry && carried.length > 0) {
    const unit = common(fiscal.unit, income.unit);
    add(`${fiscal.key}-${income.key}.carryOver`, [fiscal.key, income.key], `${fiscal.title}的${withoutNumber(fiscalCarry.label)}等于${income.title}中${carried.map((key) => columnName(income.columns.find((c) => c.key === key)!)).join("、")}的上年结转${carried.length > 1 ? "之和" : ""}`, unit, lineFigure(fiscal, fiscalCarry, "total", unit), carried.map((key) => totalFigure(income, key, unit)));
  }
  if (summary && spending) {
    const unit = common(summary.unit, spending.unit);
    const line = yearLine(summary, "expenditure") ?? lineOf(summary, "expenditure", "total");
    add(`${summary.key}-${spending.key}.spending`, [summary.key, spending.key], `${summary.title}的${line?.label ?? "本年支出合计"}等于${spending.title}的合计`, unit, lineFigure(summary, line, "total", unit), [totalFigure(spending, "total", unit)]);
    if (summary.unit === spending.unit || summary.unit === "万元") checks.push(...byFunctionalClass(summary, spending));
    // a 单位预算's 收支总表 splits its spending into 人员经费, 公用经费 and 项目支出
    const total = lineOf(summary, "expenditure", "total");
    add(`${summary.key}-${spending.key}.basic`, [summary.key, spending.key], `${summary.title}${total?.label ?? "支出总计"}的人员经费加公用经费等于${spending.title}的基本支出合计`, unit, totalFigure(spending, "basic", unit), [lineFigure(summary, total, "personnel", unit), lineFigure(summary, total, "publicUse", unit)]);
    add(`${summary.key}-${spending.key}.project`, [summary.key, spending.key], `${summary.title}${total?.label ?? "支出总计"}的项目支出等于${spending.title}的项目支出合计`, unit, totalFigure(spending, "project", unit), [lineFigure(summary, total, "project", unit)]);
    // where every 基本支出 is 一般公共预算 (the two tables' 基本支出 agree), 基本支出表 splits the same 基本支出
    const basicTotal = totalRow(spending)?.amounts.basic;
    if (basic && general && basicTotal != null && basicTotal === totalRow(general)?.amounts.basic && spending.unit === general.unit) {
      const unit = common(summary.unit, basic.unit);
      for (const [key, name] of [["personnel", "人员经费"], ["publicUse", "公用经费"]] as const) {
        add(`${summary.key}-${basic.key}.${key}`, [summary.key, basic.key], `基本支出全部为一般公共预算时，${summary.title}${total?.label ?? "支出总计"}的${name}等于${basic.title}的${name}合计`, unit, totalFigure(basic, key, unit), [lineFigure(summary, total, key, unit)]);
      }
    }
  }
  if (summary && fiscal) {
    const unit = common(summary.unit, fiscal.unit);
    const line = yearLine(fiscal, "income");
    const source = fiscalIncome(summary, unit);
    add(`${fiscal.key}-${summary.key}.fiscal`, [fiscal.key, summary.key], `${fiscal.title}的${line?.label ?? "本年收入合计"}等于${summary.title}的${source.name}`, unit, lineFigure(fiscal, line, "total", unit), [source.figure]);
  }
  if (fiscal) {
    const line = yearLine(fiscal, "expenditure");
    const printed = [general, fund, capital].filter((t): t is GridTable => t !== undefined);
    const detail = printed.filter((t) => totalRow(t) !== undefined);
    const unit = common(fiscal.unit, ...detail.map((t) => t.unit));
    // a fund's table without a 合计 adds nothing only where it holds no figure (else the difference would be false)
    const unsummed = printed.filter((t) => totalRow(t) === undefined && hasFigures(t));
    if (general && detail.length > 0 && unsummed.length === 0) {
      add(`${fiscal.key}-${general.key}.spending`, [fiscal.key, ...detail.map((t) => t.key)] as [string, string], `${fiscal.title}的${line?.label ?? "本年支出合计"}等于${detail.map((t) => t.title).join("、")}的合计${detail.length > 1 ? "之和" : ""}`, unit, lineFigure(fiscal, line, "total", unit), detail.map((t) => totalFigure(t, "total", unit)));
    }
    // where the fiscal statement splits its spending by fund, its 一般公共预算 is the general table's
    if (general && fiscal.columns.expenditure.some((c) => c.key === "general")) {
      const unit = common(fiscal.unit, general.unit);
      add(`${fiscal.key}-${general.key}.general`, [fiscal.key, general.key], `${fiscal.title}中一般公共预算的${line?.label ?? "本年支出合计"}等于${general.title}的合计`, unit, lineFigure(fiscal, line, "general", unit), [totalFigure(general, "total", unit)]);
      if (fiscal.unit === general.unit || fiscal.unit === "万元") checks.push(...byFunctionalClass(fiscal, general, "functional", "general"));
    } else if (general && (fiscal.unit === general.unit || fiscal.unit === "万元") && [fund, capital].every((t) => !t || !hasFigures(t))) {
      // where the funds' tables spend nothing, every 类 of 财政拨款 is 一般公共预算's
      checks.push(...byFunctionalClass(fiscal, general));
    }
    // each fund's column against its own table: a budget's 合计, a 决算's 本年支出
    for (const [column, table, name] of [["governmentFund", fund, "政府性基金预算"], ["stateCapital", capital, "国有资本经营预算"]] as const) {
      if (!table || !fiscal.columns.expenditure.some((c) => c.key === column)) continue;
      const unit = common(fiscal.unit, table.unit);
      const own = table.columns.some((c) => c.key === "spending") ? "spending" : "total";
      add(`${fiscal.key}-${table.key}.${column}`, [fiscal.key, table.key], `${fiscal.title}中${name}的${line?.label ?? "本年支出合计"}等于${table.title}的${own === "spending" ? "本年支出合计" : "合计"}`, unit, lineFigure(fiscal, line, column, unit), [totalFigure(table, own, unit)]);
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
