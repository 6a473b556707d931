import { functionalClassOf } from "./classifications.ts";
import { FUND_COLUMNS, T03_COLUMNS, T05_COLUMNS, T06_COLUMNS } from "./columns.ts";
import type Decimal from "decimal.js";
import { dec, sum, toAmount, ZERO, type Amount } from "./money.ts";
import type { Check, Disclosure } from "./schema.ts";
import { TABLE_TITLES, type SummaryTable, type TableKey } from "./tables.ts";

type Model = Omit<Disclosure, "checks">;
type Figure = Amount | null | undefined;

/**
 * A published figure against the parts that should make it up. Empty cells count as zero.
 * A check within one table is described with the table's name in front.
 */
function compare(
  id: string,
  tables: readonly TableKey[],
  description: string,
  expected: Figure,
  parts: readonly Figure[],
  lines: readonly number[],
): Check {
  return check(id, tables, description, dec(expected), sum(parts), lines);
}

/** A check from figures already added up. */
function check(id: string, tables: readonly TableKey[], description: string, expected: Decimal, actual: Decimal, lines: readonly number[]): Check {
  const difference = actual.minus(expected);
  return {
    id,
    table: tables[0] ?? "",
    tables: [...tables],
    description: tables.length === 1 && tables[0] ? `${TABLE_TITLES[tables[0]]}：${description}` : description,
    expected: toAmount(expected),
    actual: toAmount(actual),
    difference: toAmount(difference),
    passed: difference.isZero(),
    lines: [...new Set(lines)].sort((a, b) => a - b),
  };
}

/**
 * The same rule on every row of a table: one check per row that breaks it, and one that says
 * how many rows were compared, so a page can state "all 129 rows add up" or list the rows that do not.
 */
function rowwise<R extends { line: number }>(
  id: string,
  table: TableKey,
  rule: string,
  rows: readonly R[],
  expected: (row: R) => Figure,
  parts: (row: R) => readonly Figure[],
  name: (row: R) => string,
): Check[] {
  // each row is added up once, for its own check and for the summary's
  const sums = rows.map((row) => sum(parts(row)));
  // a check object only for the rows that break the rule: most rows pass, and there can be thousands
  const failing = rows.flatMap((row, i) => {
    const published = dec(expected(row));
    const actual = sums[i] as Decimal;
    return actual.eq(published) ? [] : [check(`${id}@${row.line}`, [table], `${name(row)}：${rule}`, published, actual, [row.line])];
  });
  const summary = check(
    id,
    [table],
    `逐行核对（共 ${rows.length} 行${failing.length ? `，${failing.length} 行不符` : ""}）：${rule}`,
    sum(rows.map(expected)),
    sums.reduce((total, value) => total.plus(value), ZERO),
    rows.map((row) => row.line),
  );
  return [{ ...summary, passed: failing.length === 0 }, ...failing];
}

/** Each named column of the detail rows against the 合计 row. Columns empty on both sides are skipped. */
function columns<R extends { line: number }, K extends keyof R & string>(
  table: TableKey,
  rows: readonly R[],
  total: { [key in K]: Figure } & { line: number },
  names: readonly (readonly [K, string])[],
): Check[] {
  return names
    .filter(([key]) => total[key] != null || rows.some((row) => row[key] != null))
    .map(([key, name]) =>
      compare(
        `${table}.rows.${key}`,
        [table],
        `各行“${name}”之和等于合计行`,
        total[key],
        rows.map((row) => row[key] as Figure),
        [total.line, ...rows.map((row) => row.line)],
      ),
    );
}

function summaryChecks(key: "t01" | "t04", t: SummaryTable): Check[] {
  const checks = [
    compare(`${key}.income`, [key], "收入各项之和等于本年收入合计", t.incomeSubtotal.amount, t.income.map((r) => r.amount), [t.incomeSubtotal.line, ...t.income.map((r) => r.line)]),
    compare(`${key}.expenditure`, [key], "支出各项之和等于本年支出合计", t.expenditureSubtotal.amount, t.expenditure.map((r) => r.amount), [t.expenditureSubtotal.line, ...t.expenditure.map((r) => r.line)]),
    compare(`${key}.income-total`, [key], "本年收入合计加上年结转结余等于收入总计", t.incomeTotal.amount, [t.incomeSubtotal.amount, t.carryOverIn.amount], [t.incomeTotal.line, t.incomeSubtotal.line, t.carryOverIn.line]),
    compare(`${key}.expenditure-total`, [key], "本年支出合计加年终结转结余等于支出总计", t.expenditureTotal.amount, [t.expenditureSubtotal.amount, t.carryOverOut.amount], [t.expenditureTotal.line, t.expenditureSubtotal.line, t.carryOverOut.line]),
    compare(`${key}.balance`, [key], "收入总计等于支出总计", t.incomeTotal.amount, [t.expenditureTotal.amount], [t.incomeTotal.line, t.expenditureTotal.line]),
  ];
  if (t.carryOverInDetail.length > 0) {
    checks.push(compare(`${key}.carry-over`, [key], "上年结转结余各来源之和等于上年结转结余", t.carryOverIn.amount, t.carryOverInDetail.map((r) => r.amount), [t.carryOverIn.line, ...t.carryOverInDetail.map((r) => r.line)]));
  }
  return checks;
}

/** 预算01表/04表 支出 by 功能分类 类 against the detail of 预算03表/05表 grouped by the same 类. */
function byFunctionalClass(
  key: "t01" | "t04",
  summary: SummaryTable,
  detailKey: "t03" | "t05",
  detail: readonly { code: string; total: Figure; line: number }[],
): Check[] {
  return summary.expenditure.flatMap((row) => {
    const code = functionalClassOf(row.label);
    const rows = code ? detail.filter((d) => d.code.startsWith(code)) : [];
    if (!code || (row.amount === null && rows.length === 0)) return [];
    return [
      compare(
        `${key}-${detailKey}.functional.${code}`,
        [key, detailKey],
        `${row.label.replace(/^[一二三四五六七八九十]+、/, "")}（${code}）等于${detailKey === "t03" ? "支出总表" : "一般公共预算支出表"}中该类各行之和`,
        row.amount,
        rows.map((d) => d.total),
        [row.line, ...rows.map((d) => d.line)],
      ),
    ];
  });
}

function labelled(t: SummaryTable, label: string) {
  return t.income.find((row) => row.label === label);
}

/** Every reconciliation the disclosure allows, within each table and across tables. */
export function runChecks(m: Model): Check[] {
  const { t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t13 } = m.tables;
  const t03Flat = t03.rows.map((r) => ({ code: r.functional.code, total: r.total, line: r.line }));
  /** A “三公” figure of 预算09表 against the 预算03表 rows of its 部门经济分类 subject. */
  const threePublic = (id: string, figure: string, subject: string, code: string, published: Figure) => {
    const rows = t03.rows.filter((r) => r.departmentEconomic.code.startsWith(code));
    return compare(`t09-t03.${id}`, ["t09", "t03"], `“三公”经费中${figure}等于支出总表中${subject}科目（${code}）之和`, published, rows.map((r) => r.total), [t09.rowLine, ...rows.map((r) => r.line)]);
  };
  const generalIncome = labelled(t01, "一、一般公共预算拨款收入");
  const generalFunds = labelled(t04, "一、一般公共预算资金");

  return [
    // 预算01表 收支总表
    ...summaryChecks("t01", t01),
    // 预算02表 收入总表
    compare("t02.this-year", ["t02"], "本年收入各来源之和等于本年收入小计", t02.thisYear.subtotal, Object.entries(t02.thisYear).filter(([k]) => k !== "subtotal").map(([, v]) => v), [t02.rowLine]),
    compare("t02.carry-over", ["t02"], "上年结转结余各来源之和等于上年结转结余小计", t02.carryOver.subtotal, Object.entries(t02.carryOver).filter(([k]) => k !== "subtotal").map(([, v]) => v), [t02.rowLine]),
    compare("t02.total", ["t02"], "本年收入小计加上年结转结余小计等于合计", t02.total, [t02.thisYear.subtotal, t02.carryOver.subtotal], [t02.rowLine]),
    // 预算03表 支出总表
    ...columns("t03", t03.rows, t03.total, T03_COLUMNS),
    compare("t03.total-split", ["t03"], "合计行：合计等于基本支出加项目支出", t03.total.total, [t03.total.basic, t03.total.project], [t03.total.line]),
    ...rowwise("t03.row-split", "t03", "合计等于基本支出加项目支出", t03.rows, (r) => r.total, (r) => [r.basic, r.project], (r) => `${r.functional.code} ${r.departmentEconomic.code}`),
    // 预算04表 财政拨款收支总表
    ...summaryChecks("t04", t04),
    // 预算05表 一般公共预算支出表
    ...columns("t05", t05.rows, t05.total, T05_COLUMNS),
    compare("t05.total-split", ["t05"], "合计行：合计等于基本支出加项目支出", t05.total.total, [t05.total.basic, t05.total.project], [t05.total.line]),
    compare("t05.total-basic-split", ["t05"], "合计行：基本支出等于人员经费加公用经费", t05.total.basic, [t05.total.personnel, t05.total.publicUse], [t05.total.line]),
    ...rowwise("t05.row-split", "t05", "合计等于基本支出加项目支出", t05.rows, (r) => r.total, (r) => [r.basic, r.project], (r) => `${r.code} ${r.name}`),
    ...rowwise("t05.row-basic-split", "t05", "基本支出等于人员经费加公用经费", t05.rows, (r) => r.basic, (r) => [r.personnel, r.publicUse], (r) => `${r.code} ${r.name}`),
    // 预算06表 一般公共预算基本支出表
    ...columns("t06", t06.rows, t06.total, T06_COLUMNS),
    compare("t06.total-split", ["t06"], "合计行：合计等于人员经费加公用经费", t06.total.total, [t06.total.personnel, t06.total.publicUse], [t06.total.line]),
    ...rowwise("t06.row-split", "t06", "合计等于人员经费加公用经费", t06.rows, (r) => r.total, (r) => [r.personnel, r.publicUse], (r) => r.departmentEconomic.code),
    // 预算07表, 预算08表
    ...(["t07", "t08"] as const).flatMap((key) => {
      const t = key === "t07" ? t07 : t08;
      return [
        ...columns(key, t.rows, t.total, FUND_COLUMNS),
        compare(`${key}.total-split`, [key], "合计行：合计等于基本支出加项目支出", t.total.total, [t.total.basic, t.total.project], [t.total.line]),
      ];
    }),
    // 预算09表 “三公”经费
    compare("t09.total", ["t09"], "因公出国（境）费用、公务接待费、公务用车购置及运行维护费之和等于“三公”经费总额", t09.total, [t09.outboundTravel, t09.reception, t09.vehicles], [t09.rowLine]),
    compare("t09.vehicles", ["t09"], "公务用车购置费加运行维护费等于公务用车小计", t09.vehicles, [t09.vehiclePurchase, t09.vehicleOperation], [t09.rowLine]),
    // 预算10表, 预算11表
    ...columns("t10", t10.rows, t10.total, [["amount", "金额"]]),
    ...columns("t11", t11.rows, t11.total, [["amount", "预算金额"]]),
    // 预算表12
    ...rowwise("t12.project-split", "t12", "项目总额等于财政资金加其他资金", m.projects, (p) => p.total, (p) => [p.fiscalFunds, p.otherFunds], (p) => `${p.code} ${p.name}`),
    // 预算13表
    compare("t13.fiscal", ["t13"], "财政拨款：合计等于基本支出加项目支出", t13.funds.fiscal.total, [t13.funds.fiscal.basic, t13.funds.fiscal.project], [t13.funds.line]),
    compare("t13.other", ["t13"], "其他资金：合计等于基本支出加项目支出", t13.funds.other.total, [t13.funds.other.basic, t13.funds.other.project], [t13.funds.line]),
    compare("t13.total", ["t13"], "预算支出总额等于财政拨款合计加其他资金合计", t13.funds.total, [t13.funds.fiscal.total, t13.funds.other.total], [t13.funds.line]),

    // Across tables
    compare("t01-t02.income", ["t01", "t02"], "收支总表的本年收入合计等于收入总表的本年收入小计", t01.incomeSubtotal.amount, [t02.thisYear.subtotal], [t01.incomeSubtotal.line, t02.rowLine]),
    compare("t01-t02.general-budget", ["t01", "t02"], "收支总表的一般公共预算拨款收入等于收入总表的一般公共预算资金", generalIncome?.amount, [t02.thisYear.generalBudget], [generalIncome?.line ?? t01.line, t02.rowLine]),
    compare("t01-t02.carry-over", ["t01", "t02"], "收支总表的上年结转结余等于收入总表的上年结转结余小计", t01.carryOverIn.amount, [t02.carryOver.subtotal], [t01.carryOverIn.line, t02.rowLine]),
    compare("t01-t02.total", ["t01", "t02"], "收支总表的收入总计等于收入总表的合计", t01.incomeTotal.amount, [t02.total], [t01.incomeTotal.line, t02.rowLine]),
    compare("t01-t03.total", ["t01", "t03"], "收支总表的本年支出合计等于支出总表的合计", t01.expenditureSubtotal.amount, [t03.total.total], [t01.expenditureSubtotal.line, t03.total.line]),
    ...byFunctionalClass("t01", t01, "t03", t03Flat),
    compare("t04-t01.general-budget", ["t04", "t01"], "财政拨款收支总表的一般公共预算资金等于收支总表的一般公共预算拨款收入", generalFunds?.amount, [generalIncome?.amount], [generalFunds?.line ?? t04.line, generalIncome?.line ?? t01.line]),
    compare("t04-t02.carry-over", ["t04", "t02"], "财政拨款收支总表的上年结转结余等于收入总表中一般公共预算资金、政府性基金预算资金和国有资本经营预算资金的上年结转之和", t04.carryOverIn.amount, [t02.carryOver.generalBudget, t02.carryOver.governmentFund, t02.carryOver.stateCapital], [t04.carryOverIn.line, t02.rowLine]),
    compare("t04-t05.total", ["t04", "t05"], "财政拨款收支总表的本年支出合计等于一般公共预算支出表、政府性基金预算支出表和国有资本经营预算支出表的合计之和", t04.expenditureSubtotal.amount, [t05.total.total, t07.total.total, t08.total.total], [t04.expenditureSubtotal.line, t05.total.line, t07.total.line, t08.total.line]),
    ...byFunctionalClass("t04", t04, "t05", t05.rows),
    compare("t05-t06.basic", ["t05", "t06"], "一般公共预算支出表的基本支出合计等于基本支出表的合计", t05.total.basic, [t06.total.total], [t05.total.line, t06.total.line]),
    compare("t05-t06.personnel", ["t05", "t06"], "一般公共预算支出表的人员经费合计等于基本支出表的人员经费合计", t05.total.personnel, [t06.total.personnel], [t05.total.line, t06.total.line]),
    compare("t05-t06.public-use", ["t05", "t06"], "一般公共预算支出表的公用经费合计等于基本支出表的公用经费合计", t05.total.publicUse, [t06.total.publicUse], [t05.total.line, t06.total.line]),
    compare("t13-t01.total", ["t13", "t01"], "部门整体绩效目标表的预算支出总额等于收支总表的支出总计", t13.funds.total, [t01.expenditureTotal.amount], [t13.funds.line, t01.expenditureTotal.line]),
    compare("t13-t04.fiscal", ["t13", "t04"], "部门整体绩效目标表的财政拨款合计等于财政拨款收支总表的支出总计", t13.funds.fiscal.total, [t04.expenditureTotal.amount], [t13.funds.line, t04.expenditureTotal.line]),
    compare("t13-t05.fiscal-basic", ["t13", "t05"], "部门整体绩效目标表的财政拨款基本支出等于一般公共预算支出表的基本支出合计", t13.funds.fiscal.basic, [t05.total.basic], [t13.funds.line, t05.total.line]),
    compare("t13-t05.fiscal-project", ["t13", "t05"], "部门整体绩效目标表的财政拨款项目支出等于一般公共预算支出表的项目支出合计", t13.funds.fiscal.project, [t05.total.project], [t13.funds.line, t05.total.line]),
    compare("t13-t03.basic", ["t13", "t03"], "部门整体绩效目标表的基本支出（财政拨款加其他资金）等于支出总表的基本支出合计", t03.total.basic, [t13.funds.fiscal.basic, t13.funds.other.basic], [t03.total.line, t13.funds.line]),
    threePublic("outbound", "因公出国（境）费用", "因公出国（境）费用", "30212", t09.outboundTravel),
    threePublic("reception", "公务接待费", "公务接待费", "30217", t09.reception),
    threePublic("vehicle-purchase", "公务用车购置费", "公务用车购置", "31013", t09.vehiclePurchase),
    threePublic("vehicle-operation", "公务用车运行维护费", "公务用车运行维护费", "30231", t09.vehicleOperation),
  ];
}
