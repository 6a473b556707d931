import { gridOf, labelled, lineOf, singleRow, statementOf, tableOf, totalRow } from "../disclosure/access.ts";
import { locationOf } from "../disclosure/location.ts";
import type { Check } from "../disclosure/schema.ts";
import type { GridRow } from "../disclosure/tables.ts";
import { figure } from "../findings/check.ts";
import { byFunctionalClass, cell, cross } from "../findings/cross.ts";
import { soleCell } from "../parse/sections.ts";
import { col } from "./define.ts";
import type { ColumnDef, GridDef, Read, StatementDef, Template } from "./types.ts";

/** The heading of a table: 预算03表 支出总表 (表12 reads 预算表12). */
const heading = (n: string) => [new RegExp(`^(?:预算${n}表|预算表${n})\\s*(?<title>.*)$`)];

const summarySides = {
  income: { headers: ["收入"], columns: [col("label", "label", "项目"), col("total", "amount", "预算数")] },
  expenditure: { headers: ["支出"], columns: [col("label", "label", "项目"), col("total", "amount", "预算数")] },
};

/** 预算01表 and 预算04表: the lines a side must have, in this order. */
function summary(key: "t01" | "t04", role: "summary" | "fiscal-summary"): StatementDef {
  return {
    shape: "statement",
    key,
    role,
    label: `预算${key.slice(1)}表`,
    titles: heading(key.slice(1)),
    units: ["万元"],
    sides: summarySides,
    lines: [
      { side: "income", kind: "subtotal", labels: ["本年收入合计"], required: true },
      { side: "income", kind: "carry", labels: ["上年结转结余"], required: true },
      { side: "income", kind: "total", labels: ["收入总计"], required: true },
      { side: "expenditure", kind: "subtotal", labels: ["本年支出合计"], required: true },
      { side: "expenditure", kind: "carry", labels: ["年终结转结余"], required: true },
      { side: "expenditure", kind: "total", labels: ["支出总计"], required: true },
    ],
  };
}

const THIS_YEAR = [
  ["Subtotal", "小计"],
  ["GeneralBudget", "一般公共预算资金"],
  ["GovernmentFund", "政府性基金预算资金"],
  ["StateCapital", "国有资本经营预算资金"],
  ["FiscalSpecialAccount", "财政专户管理资金"],
  ["BusinessIncome", "事业收入"],
  ["BusinessOperatingIncome", "事业单位经营收入"],
  ["SuperiorSubsidy", "上级补助收入"],
  ["SubordinateRemittance", "附属单位上缴收入"],
  ["OtherIncome", "其他收入"],
] as const;
const CARRY_OVER = [
  ["Subtotal", "小计"],
  ["GeneralBudget", "一般公共预算资金"],
  ["GovernmentFund", "政府性基金预算资金"],
  ["StateCapital", "国有资本经营预算资金"],
  ["FiscalSpecialAccount", "财政专户管理资金"],
  ["UnitFunds", "单位资金"],
] as const;
const group = (prefix: string, group: string, columns: readonly (readonly [string, string])[]): ColumnDef[] =>
  columns.map(([key, name]) => col(`${prefix}${key}`, "amount", [group, name]));
const functionalByCode: ColumnDef[] = [col("functional", "code", "科目编码"), col("functional", "name", "科目名称")];

const fund = (key: "t07" | "t08", role: "government-fund" | "state-capital"): GridDef => ({
  shape: "grid",
  key,
  role,
  label: `预算${key.slice(1)}表`,
  titles: heading(key.slice(1)),
  units: ["万元"],
  groups: ["功能分类科目", "预算数"],
  columns: [...functionalByCode, col("total", "amount", "合计"), col("basic", "amount", "基本支出"), col("project", "amount", "项目支出")],
  sums: [["total", ["basic", "project"]]],
});

/** 北京市部门预算: 13 tables 预算01表 … 预算13表 in 万元, as the text of the PDF. */
export const beijing: Template = {
  id: "beijing-budget",
  name: "北京市部门预算（预算01表 … 预算13表）",
  headingLike: /^(?:预算\d{2}表|预算表\d{2})/,
  recognise: (lines) => lines.some((line) => /^预算01表/.test(soleCell(line) ?? "")),
  tables: [
    summary("t01", "summary"),
    {
      shape: "grid",
      key: "t02",
      role: "income",
      label: "预算02表",
      titles: heading("02"),
      units: ["万元"],
      columns: [col("total", "amount", "合计"), ...group("thisYear", "本年收入", THIS_YEAR), ...group("carryOver", "上年结转结余", CARRY_OVER)],
      single: true,
      sums: [
        ["thisYearSubtotal", THIS_YEAR.slice(1).map(([key]) => `thisYear${key}`)],
        ["carryOverSubtotal", CARRY_OVER.slice(1).map(([key]) => `carryOver${key}`)],
        ["total", ["thisYearSubtotal", "carryOverSubtotal"]],
      ],
    },
    {
      shape: "grid",
      key: "t03",
      role: "expenditure",
      label: "预算03表",
      titles: heading("03"),
      units: ["万元"],
      columns: [
        col("functional", "subject", "支出功能分类科目"),
        col("governmentEconomic", "subject", "政府支出经济分类科目"),
        col("departmentEconomic", "subject", "部门支出经济分类科目"),
        col("total", "amount", "合计"),
        col("basic", "amount", "基本支出"),
        col("project", "amount", "项目支出"),
        col("businessOperating", "amount", ["其中", "事业单位经营支出"]),
        col("remitToSuperior", "amount", ["其中", "上缴上级支出"]),
        col("subsidyToSubordinate", "amount", ["其中", "对附属单位补助支出"]),
      ],
      sums: [["total", ["basic", "project"]]],
    },
    summary("t04", "fiscal-summary"),
    {
      shape: "grid",
      key: "t05",
      role: "general-budget",
      label: "预算05表",
      titles: heading("05"),
      units: ["万元"],
      groups: ["功能分类科目", "预算数"],
      columns: [
        ...functionalByCode,
        col("total", "amount", "合计"),
        col("basic", "amount", ["基本支出", "小计"]),
        col("personnel", "amount", ["基本支出", "人员经费"]),
        col("publicUse", "amount", ["基本支出", "公用经费"]),
        col("project", "amount", ["项目支出", "项目支出总数"]),
        col("projectExcludingCapital", "amount", ["项目支出", "扣除基建项目后预算数"]),
      ],
      sums: [
        ["total", ["basic", "project"]],
        ["basic", ["personnel", "publicUse"]],
      ],
      restart: "functional",
    },
    {
      shape: "grid",
      key: "t06",
      role: "basic-economic",
      label: "预算06表",
      titles: heading("06"),
      units: ["万元"],
      groups: ["预算数"],
      columns: [
        col("governmentEconomic", "subject", "政府支出经济分类科目"),
        col("departmentEconomic", "subject", "部门支出经济分类科目"),
        col("total", "amount", "合计"),
        col("personnel", "amount", "人员经费"),
        col("publicUse", "amount", "公用经费"),
      ],
      totalAt: "departmentEconomic",
      sums: [["total", ["personnel", "publicUse"]]],
    },
    fund("t07", "government-fund"),
    fund("t08", "state-capital"),
    {
      shape: "grid",
      key: "t09",
      role: "three-public",
      label: "预算09表",
      titles: heading("09"),
      units: ["万元"],
      groups: ["公务用车购置及运行维护费"],
      columns: [
        col("total", "amount", "“三公”经费财政拨款预算总额"),
        col("outboundTravel", "amount", "因公出国（境）费用"),
        col("reception", "amount", "公务接待费"),
        col("vehicles", "amount", ["公务用车购置及运行维护费", "小计"]),
        col("vehiclePurchase", "amount", "公务用车购置费"),
        col("vehicleOperation", "amount", "公务用车运行维护费"),
      ],
      single: true,
      sums: [
        ["total", ["outboundTravel", "reception", "vehicles"]],
        ["vehicles", ["vehiclePurchase", "vehicleOperation"]],
      ],
    },
    {
      shape: "grid",
      key: "t10",
      role: "procurement",
      label: "预算10表",
      titles: heading("10"),
      units: ["万元"],
      columns: [col("procurement", "subject", "采购类别"), col("total", "amount", "金额")],
    },
    {
      shape: "grid",
      key: "t11",
      role: "purchased-services",
      label: "预算11表",
      titles: heading("11"),
      units: ["万元"],
      columns: [
        col("level1", "subject", ["指导性目录", "一级"]),
        col("level2", "subject", ["指导性目录", "二级"]),
        col("level3", "text", ["指导性目录", "三级"]),
        col("total", "amount", "预算金额"),
      ],
    },
    {
      shape: "projects",
      key: "t12",
      role: "projects",
      label: "预算表12",
      titles: heading("12"),
      units: ["万元"],
      columns: [
        col("name", "name", "项目名称"),
        col("total", "amount", "项目总额"),
        col("fiscalFunds", "amount", ["其中", "财政资金"]),
        col("otherFunds", "amount", ["其中", "其他资金"]),
        col("goal", "text", "绩效目标"),
        col("level1", "text", "一级指标"),
        col("level2", "text", "二级指标"),
        col("level3", "text", "三级指标"),
        col("operator", "text", "绩效指标性质"),
        col("value", "text", "本年绩效指标值"),
        col("unit", "text", "绩效度量单位"),
      ],
    },
    { shape: "overall", key: "t13", role: "overall-performance", label: "预算13表", titles: heading("13"), units: ["万元"] },
  ],
  identify(read) {
    const t13 = tableOf(read, "t13");
    return {
      department: t13?.shape === "overall" ? t13.department : "",
      year: t13?.shape === "overall" ? t13.year : 0,
      kind: "budget",
      scope: "department",
      region: "北京市",
    };
  },
  crossChecks: beijingCrossChecks,
};

/** Every reconciliation across the 13 tables. */
function beijingCrossChecks(read: Read): Check[] {
  const t01 = statementOf(read, "t01");
  const t02 = gridOf(read, "t02");
  const t03 = gridOf(read, "t03");
  const t04 = statementOf(read, "t04");
  const t05 = gridOf(read, "t05");
  const t06 = gridOf(read, "t06");
  const t07 = gridOf(read, "t07");
  const t08 = gridOf(read, "t08");
  const t09 = gridOf(read, "t09");
  const t13 = tableOf(read, "t13");
  if (!t01 || !t02 || !t03 || !t04 || !t05 || !t06 || !t07 || !t08 || !t09 || t13?.shape !== "overall") return [];
  const unit = "万元";
  const income = singleRow(t02);
  const total03 = totalRow(t03);
  const total05 = totalRow(t05);
  const total06 = totalRow(t06);
  const three = singleRow(t09);
  const funds = (value: string | null) => figure(value, locationOf(t13.funds));
  const generalIncome = labelled(t01, "income", "一般公共预算拨款收入");
  const generalFunds = labelled(t04, "income", "一般公共预算资金");
  /** A “三公” figure of 预算09表 against the 预算03表 rows of its 部门经济分类 subject. */
  const threePublic = (id: string, figureName: string, subject: string, code: string, column: string) => {
    const rows = t03.rows.filter((r: GridRow) => r.kind === "item" && r.subjects.departmentEconomic?.code.startsWith(code));
    return cross(`t09-t03.${id}`, ["t09", "t03"], `“三公”经费中${figureName}等于支出总表中${subject}科目（${code}）之和`, unit, cell(three, column, t09), rows.map((r) => cell(r, "total", r)));
  };
  return [
    cross("t01-t02.income", ["t01", "t02"], "收支总表的本年收入合计等于收入总表的本年收入小计", unit, cell(lineOf(t01, "income", "subtotal"), "total", t01), [cell(income, "thisYearSubtotal", t02)]),
    cross("t01-t02.general-budget", ["t01", "t02"], "收支总表的一般公共预算拨款收入等于收入总表的一般公共预算资金", unit, cell(generalIncome, "total", t01), [cell(income, "thisYearGeneralBudget", t02)]),
    cross("t01-t02.carry-over", ["t01", "t02"], "收支总表的上年结转结余等于收入总表的上年结转结余小计", unit, cell(lineOf(t01, "income", "carry"), "total", t01), [cell(income, "carryOverSubtotal", t02)]),
    cross("t01-t02.total", ["t01", "t02"], "收支总表的收入总计等于收入总表的合计", unit, cell(lineOf(t01, "income", "total"), "total", t01), [cell(income, "total", t02)]),
    cross("t01-t03.total", ["t01", "t03"], "收支总表的本年支出合计等于支出总表的合计", unit, cell(lineOf(t01, "expenditure", "subtotal"), "total", t01), [cell(total03, "total", t03)]),
    ...byFunctionalClass(t01, t03),
    cross("t04-t01.general-budget", ["t04", "t01"], "财政拨款收支总表的一般公共预算资金等于收支总表的一般公共预算拨款收入", unit, cell(generalFunds, "total", t04), [cell(generalIncome, "total", t01)]),
    cross("t04-t02.carry-over", ["t04", "t02"], "财政拨款收支总表的上年结转结余等于收入总表中一般公共预算资金、政府性基金预算资金和国有资本经营预算资金的上年结转之和", unit, cell(lineOf(t04, "income", "carry"), "total", t04), ["carryOverGeneralBudget", "carryOverGovernmentFund", "carryOverStateCapital"].map((key) => cell(income, key, t02))),
    cross("t04-t05.total", ["t04", "t05"], "财政拨款收支总表的本年支出合计等于一般公共预算支出表、政府性基金预算支出表和国有资本经营预算支出表的合计之和", unit, cell(lineOf(t04, "expenditure", "subtotal"), "total", t04), [cell(total05, "total", t05), cell(totalRow(t07), "total", t07), cell(totalRow(t08), "total", t08)]),
    ...byFunctionalClass(t04, t05),
    cross("t05-t06.basic", ["t05", "t06"], "一般公共预算支出表的基本支出合计等于基本支出表的合计", unit, cell(total05, "basic", t05), [cell(total06, "total", t06)]),
    cross("t05-t06.personnel", ["t05", "t06"], "一般公共预算支出表的人员经费合计等于基本支出表的人员经费合计", unit, cell(total05, "personnel", t05), [cell(total06, "personnel", t06)]),
    cross("t05-t06.public-use", ["t05", "t06"], "一般公共预算支出表的公用经费合计等于基本支出表的公用经费合计", unit, cell(total05, "publicUse", t05), [cell(total06, "publicUse", t06)]),
    cross("t13-t01.total", ["t13", "t01"], "部门整体绩效目标表的预算支出总额等于收支总表的支出总计", unit, funds(t13.funds.total), [cell(lineOf(t01, "expenditure", "total"), "total", t01)]),
    cross("t13-t04.fiscal", ["t13", "t04"], "部门整体绩效目标表的财政拨款合计等于财政拨款收支总表的支出总计", unit, funds(t13.funds.fiscal.total), [cell(lineOf(t04, "expenditure", "total"), "total", t04)]),
    cross("t13-t05.fiscal-basic", ["t13", "t05"], "部门整体绩效目标表的财政拨款基本支出等于一般公共预算支出表的基本支出合计", unit, funds(t13.funds.fiscal.basic), [cell(total05, "basic", t05)]),
    cross("t13-t05.fiscal-project", ["t13", "t05"], "部门整体绩效目标表的财政拨款项目支出等于一般公共预算支出表的项目支出合计", unit, funds(t13.funds.fiscal.project), [cell(total05, "project", t05)]),
    cross("t13-t03.basic", ["t13", "t03"], "部门整体绩效目标表的基本支出（财政拨款加其他资金）等于支出总表的基本支出合计", unit, cell(total03, "basic", t03), [funds(t13.funds.fiscal.basic), funds(t13.funds.other.basic)]),
    threePublic("outbound", "因公出国（境）费用", "因公出国（境）费用", "30212", "outboundTravel"),
    threePublic("reception", "公务接待费", "公务接待费", "30217", "reception"),
    threePublic("vehicle-purchase", "公务用车购置费", "公务用车购置", "31013", "vehiclePurchase"),
    threePublic("vehicle-operation", "公务用车运行维护费", "公务用车运行维护费", "30231", "vehicleOperation"),
  ];
}
