import { regionOf } from "../disclosure/regions.ts";
import { gridOf, labelled, lineOf, statementOf, totalRow } from "../disclosure/access.ts";
import type { Check } from "../disclosure/schema.ts";
import type { StatementTable } from "../disclosure/tables.ts";
import { figure } from "../findings/check.ts";
import { byFunctionalClass, cell, cross } from "../findings/cross.ts";
import { col, half } from "./define.ts";
import { commonNarrative, coverTexts, economic, functional, functionalGroups, functionalSpending, lineFigure, linesFigure, threePublicFigures, titled, totalFigure } from "./shanghai.ts";
import type { ColumnDef, GridDef, Read, Template } from "./types.ts";

/** A fund's table: 年初结转和结余, 本年收入, 本年支出 (小计, 基本支出, 项目支出), 年末结转和结余. */
function fundAccount(key: "t08" | "t09", role: GridDef["role"], name: string): GridDef {
  return {
    shape: "grid",
    key,
    role,
    label: `表${Number(key.slice(1))}`,
    titles: titled(`${name}财政拨款收入支出决算表`),
    units: ["万元"],
    groups: [...functionalGroups, "本年支出"],
    columns: [
      ...functional,
      col("opening", "amount", "年初结转和结余"),
      col("income", "amount", "本年收入"),
      col("spending", "amount", ["本年支出", "小计"], ["本年支出", "合计"]),
      col("basic", "amount", ["本年支出", "基本支出"]),
      col("project", "amount", ["本年支出", "项目支出"]),
      col("closing", "amount", "年末结转和结余"),
    ],
    sums: [["spending", ["basic", "project"]]],
    balance: { opening: "opening", income: "income", spending: "spending", closing: "closing" },
    hierarchy: "functional",
  };
}

/** One figure of the “三公” table, 预算数 and 决算数 side by side: the 决算数 has the shared key. */
function budgetAndActual(key: string, ...headers: string[][]): ColumnDef[] {
  return [col(`${key}Budget`, "amount", ...headers.map((h) => [...h, "预算数"])), col(key, "amount", ...headers.map((h) => [...h, "决算数"]))];
}

/** The economic classification of one half of 一般公共预算财政拨款基本支出决算表. */
const economicHalf = (n: 1 | 2): ColumnDef[] => [...economic, col("total", "amount", "决算数")].map((column) => half(n, column));

/**
 * 上海市区级部门决算 (上海市普陀区 2024): a cover, 第一部分 概况 (主要职能, 部门决算单位构成), 第二部分
 * nine tables in 万元, 第三部分 情况说明 (with 预算绩效管理情况 and 其他重要事项说明), 第四部分 名词解释.
 */
export const shanghaiFinal: Template = {
  id: "shanghai-final",
  name: "上海市区级部门决算（收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表）",
  // the national 决算 set as 上海市's districts print it: a cover of the department and its year, no table numbers
  recognise: (lines) => {
    const cover = coverTexts(lines);
    return cover.some((text) => /^\d{4}年度(?:部门|单位)决算$/.test(text)) && cover.some((text) => /^上海市/.test(text));
  },
  front: "first-page",
  contents: "until-repeat",
  // 规划和自然资源局 2024 heads its 第二部分 "上海市规划和自然资源局2024年度部门决算表", without 第二部分
  dividers: [/^第一部分.*概况$/, /^(?:第二部分)?.{2,40}\d{4}年度部门决算表$/],
  narrative: [
    ...commonNarrative,
    { id: "explanation", kind: "explanation", titles: [/^第三部分.*情况说明$/] },
    { id: "performance", kind: "performance", titles: [/^(?:[一二三四五六七八九十]+、)?预算绩效管理情况(?:说明)?$/] },
    { id: "other", kind: "other", titles: [/^(?:[一二三四五六七八九十]+、)?其他重要事项(?:的情况)?说明$/] },
  ],
  tables: [
    {
      shape: "statement",
      key: "t01",
      role: "summary",
      label: "表1",
      titles: titled("收入支出决算总表"),
      units: ["万元"],
      sides: {
        income: { headers: ["收入"], columns: [col("label", "label", "项目"), col("total", "amount", "决算数")] },
        expenditure: { headers: ["支出"], columns: [col("label", "label", "项目"), col("total", "amount", "决算数")] },
      },
      lines: [
        { side: "income", kind: "subtotal", labels: ["本年收入合计"], required: true },
        { side: "income", kind: "carry", labels: ["使用非财政拨款结余（含专用结余）", "使用非财政拨款结余", "年初结转和结余"] },
        { side: "income", kind: "total", labels: ["总计"], required: true },
        { side: "expenditure", kind: "subtotal", labels: ["本年支出合计"], required: true },
        { side: "expenditure", kind: "carry", labels: ["结余分配", "年末结转和结余"] },
        { side: "expenditure", kind: "total", labels: ["总计"], required: true },
      ],
    },
    {
      shape: "grid",
      key: "t02",
      role: "income",
      label: "表2",
      titles: titled("收入决算表"),
      units: ["万元"],
      groups: functionalGroups,
      columns: [
        ...functional,
        col("total", "amount", "本年收入合计"),
        col("fiscal", "amount", "财政拨款收入"),
        col("superior", "amount", "上级补助收入"),
        col("business", "amount", "事业收入"),
        col("operating", "amount", "经营收入"),
        col("subordinate", "amount", "附属单位上缴收入"),
        col("other", "amount", "其他收入"),
      ],
      sums: [["total", ["fiscal", "superior", "business", "operating", "subordinate", "other"]]],
      hierarchy: "functional",
    },
    {
      shape: "grid",
      key: "t03",
      role: "expenditure",
      label: "表3",
      titles: titled("支出决算表"),
      units: ["万元"],
      groups: functionalGroups,
      columns: [
        ...functional,
        col("total", "amount", "本年支出合计"),
        col("basic", "amount", "基本支出"),
        col("project", "amount", "项目支出"),
        col("remitToSuperior", "amount", "上缴上级支出"),
        col("businessOperating", "amount", "经营支出"),
        col("subsidyToSubordinate", "amount", "对附属单位补助支出"),
      ],
      sums: [["total", ["basic", "project", "remitToSuperior", "businessOperating", "subsidyToSubordinate"]]],
      hierarchy: "functional",
    },
    {
      shape: "statement",
      key: "t04",
      role: "fiscal-summary",
      label: "表4",
      titles: titled("财政拨款收入支出决算总表"),
      units: ["万元"],
      sides: {
        income: { headers: ["收入"], columns: [col("label", "label", "项目"), col("total", "amount", "决算数")] },
        expenditure: {
          headers: ["支出"],
          columns: [
            col("label", "label", "项目"),
            col("total", "amount", "合计"),
            col("general", "amount", "一般公共预算财政拨款"),
            col("governmentFund", "amount", "政府性基金预算财政拨款"),
            col("stateCapital", "amount", "国有资本经营预算财政拨款"),
          ],
        },
      },
      lines: [
        { side: "income", kind: "subtotal", labels: ["本年收入合计"], required: true },
        { side: "income", kind: "carry", labels: ["年初财政拨款结转和结余"] },
        { side: "income", kind: "total", labels: ["总计"], required: true },
        { side: "expenditure", kind: "subtotal", labels: ["本年支出合计"], required: true },
        { side: "expenditure", kind: "carry", labels: ["年末财政拨款结转和结余"] },
        { side: "expenditure", kind: "total", labels: ["总计"], required: true },
      ],
      sums: [["total", ["general", "governmentFund", "stateCapital"]]],
    },
    {
      shape: "grid",
      key: "t05",
      role: "general-budget",
      label: "表5",
      titles: titled("一般公共预算财政拨款支出决算表"),
      units: ["万元"],
      groups: functionalGroups,
      columns: functionalSpending,
      sums: [["total", ["basic", "project"]]],
      hierarchy: "functional",
    },
    {
      shape: "grid",
      key: "t06",
      role: "basic-economic",
      label: "表6",
      titles: titled("一般公共预算财政拨款基本支出决算表"),
      units: ["万元"],
      // 人员经费 on the left, 公用经费 on the right, each with its own 合计
      groups: ["经济分类", "科目编码", "经济分类科目编码"],
      columns: [...economicHalf(1), ...economicHalf(2)],
      totals: ["人员经费合计", "公用经费合计"],
      hierarchy: "departmentEconomic",
    },
    {
      shape: "grid",
      key: "t07",
      role: "three-public",
      label: "表7",
      titles: titled("财政拨款“三公”经费支出决算表"),
      units: ["万元"],
      groups: ["财政拨款“三公”经费", "公务用车购置及运行费", "公务用车购置及运行维护费"],
      columns: [
        ...budgetAndActual("total", ["合计"]),
        ...budgetAndActual("outboundTravel", ["因公出国(境)费"]),
        ...budgetAndActual("vehicles", ["公务用车购置及运行费", "小计"], ["公务用车购置及运行维护费", "小计"]),
        ...budgetAndActual("vehiclePurchase", ["公务用车购置费"]),
        ...budgetAndActual("vehicleOperation", ["公务用车运行费"], ["公务用车运行维护费"]),
        ...budgetAndActual("reception", ["公务接待费"]),
      ],
      single: true,
      sums: [
        ["totalBudget", ["outboundTravelBudget", "vehiclesBudget", "receptionBudget"]],
        ["total", ["outboundTravel", "vehicles", "reception"]],
        ["vehiclesBudget", ["vehiclePurchaseBudget", "vehicleOperationBudget"]],
        ["vehicles", ["vehiclePurchase", "vehicleOperation"]],
      ],
    },
    fundAccount("t08", "government-fund", "政府性基金预算"),
    fundAccount("t09", "state-capital", "国有资本经营预算"),
  ],
  identify(read, diagnostics) {
    const cover = read.front.flatMap((line) => line.cells.filter(Boolean));
    const at = cover.findIndex((text) => /^\d{4}年度(?:部门|单位)决算$/.test(text));
    const title = /^(\d{4})年度(部门|单位)决算$/.exec(cover[at] ?? "");
    const department = cover.slice(0, Math.max(0, at)).join("");
    if (!title || !department) diagnostics.add(read.front[0] ?? 1, "template", "封面应有部门名称和“…年度部门决算”，未见到");
    return {
      department,
      year: Number(title?.[1] ?? 0),
      kind: "final",
      scope: title?.[2] === "单位" ? "unit" : "department",
      region: regionOf(department) ?? "",
    };
  },
  crossChecks: finalCrossChecks,
  narrativeFigures: [
    { id: "total", name: "收入支出总计", pattern: /(?<!拨款)收入支出总计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "total") },
    { id: "income", name: "本年收入合计", pattern: /本年收入合计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "subtotal") },
    { id: "fiscal-income", name: "财政拨款收入", pattern: /(?<!一般公共预算)财政拨款收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => linesFigure(read, "t01", "income", FISCAL_INCOME, "三项财政拨款收入之和") },
    { id: "expenditure", name: "本年支出合计", pattern: /本年支出合计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "expenditure", "subtotal") },
    { id: "basic", name: "基本支出", pattern: /其中：基本支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t03", "basic", "基本支出合计") },
    { id: "project", name: "项目支出", pattern: /；项目支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t03", "project", "项目支出合计") },
    { id: "fiscal-total", name: "财政拨款收入支出总计", pattern: /财政拨款收入支出总计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t04", "income", "total") },
    { id: "general", name: "一般公共预算财政拨款支出", pattern: /一般公共预算财政拨款支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t05", "total", "合计") },
    { id: "general-basic", name: "一般公共预算财政拨款基本支出", pattern: /一般公共预算财政拨款基本支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t05", "basic", "基本支出合计") },
    { id: "personnel", name: "人员经费", pattern: /人员经费(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t06", "total", "人员经费合计", 1) },
    { id: "public-use", name: "公用经费", pattern: /公用经费(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t06", "total", "公用经费合计", 2) },
    { id: "three-public-budget", name: "“三公”经费年初预算", pattern: /“三公”经费财政拨款支出年初预算为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t07", "totalBudget", "“三公”经费合计预算数") },
    { id: "three-public", name: "“三公”经费支出决算", pattern: /“三公”经费财政拨款支出年初预算为[\d.]+万元，支出决算为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "t07", "total", "“三公”经费合计决算数") },
    ...threePublicFigures("t07", "(?:支出)?(?:决算)?为?"),
  ],
};

/** The three 财政拨款 lines of 收入支出决算总表's income side. */
const FISCAL_INCOME = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"];

/** The lines of a side whose labels are given, numbering aside. */
const lines = (t: StatementTable, side: "income" | "expenditure", ...labels: string[]) => labels.map((label) => labelled(t, side, label));

/** The reconciliations across the nine tables. */
function finalCrossChecks(read: Read): Check[] {
  const t01 = statementOf(read, "t01");
  const t02 = gridOf(read, "t02");
  const t03 = gridOf(read, "t03");
  const t04 = statementOf(read, "t04");
  const t05 = gridOf(read, "t05");
  const t06 = gridOf(read, "t06");
  const t08 = gridOf(read, "t08");
  const t09 = gridOf(read, "t09");
  if (!t01 || !t02 || !t03 || !t04 || !t05 || !t06) return [];
  const unit = "万元";
  const income = totalRow(t02);
  const general = totalRow(t05);
  const fiscalIncome = lines(t01, "income", ...FISCAL_INCOME);
  const spent = lineOf(t04, "expenditure", "subtotal");
  const checks: Check[] = [
    cross("t01-t02.total", ["t01", "t02"], "收入支出决算总表的本年收入合计等于收入决算表的合计", unit, cell(lineOf(t01, "income", "subtotal"), "total", t01), [cell(income, "total", t02)]),
    cross("t01-t02.fiscal", ["t01", "t02"], "收入支出决算总表的三项财政拨款收入之和等于收入决算表的财政拨款收入合计", unit, cell(income, "fiscal", t02), fiscalIncome.map((line) => cell(line, "total", t01))),
    ...(
      [
        ["superior", "上级补助收入"],
        ["business", "事业收入"],
        ["operating", "经营收入"],
        ["subordinate", "附属单位上缴收入"],
        ["other", "其他收入"],
      ] as const
    ).map(([key, name]) => cross(`t01-t02.${key}`, ["t01", "t02"], `收入支出决算总表的${name}等于收入决算表的${name}合计`, unit, cell(labelled(t01, "income", name), "total", t01), [cell(income, key, t02)])),
    cross("t01-t03.total", ["t01", "t03"], "收入支出决算总表的本年支出合计等于支出决算表的合计", unit, cell(lineOf(t01, "expenditure", "subtotal"), "total", t01), [cell(totalRow(t03), "total", t03)]),
    ...byFunctionalClass(t01, t03),
    cross("t04-t01.fiscal", ["t04", "t01"], "财政拨款收入支出决算总表的本年收入合计等于收入支出决算总表的三项财政拨款收入之和", unit, cell(lineOf(t04, "income", "subtotal"), "total", t04), fiscalIncome.map((line) => cell(line, "total", t01))),
    cross("t04-t05.general", ["t04", "t05"], "财政拨款收入支出决算总表的一般公共预算财政拨款本年支出等于一般公共预算财政拨款支出决算表的合计", unit, cell(spent, "general", t04), [cell(general, "total", t05)]),
    ...byFunctionalClass(t04, t05, "functional", "general"),
    cross("t05-t06.basic", ["t05", "t06"], "一般公共预算财政拨款支出决算表的基本支出合计等于基本支出决算表的人员经费合计加公用经费合计", unit, cell(general, "basic", t05), [cell(totalRow(t06, 1), "total", t06), cell(totalRow(t06, 2), "total", t06)]),
  ];
  if (t08) checks.push(cross("t04-t08.government-fund", ["t04", "t08"], "财政拨款收入支出决算总表的政府性基金预算财政拨款本年支出等于政府性基金预算财政拨款收入支出决算表的本年支出合计", unit, cell(spent, "governmentFund", t04), [figure(totalRow(t08)?.amounts.spending, totalRow(t08) ?? t08)]));
  if (t09) checks.push(cross("t04-t09.state-capital", ["t04", "t09"], "财政拨款收入支出决算总表的国有资本经营预算财政拨款本年支出等于国有资本经营预算财政拨款收入支出决算表的本年支出合计", unit, cell(spent, "stateCapital", t04), [figure(totalRow(t09)?.amounts.spending, totalRow(t09) ?? t09)]));
  return checks;
}
