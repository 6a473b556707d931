import type { Kind } from "../disclosure/schema.ts";
import { ROLES, type Role } from "../disclosure/tables.ts";
import { col, optional, part } from "./define.ts";
import type { ColumnDef, LineDef } from "./types.ts";

/**
 * The Ministry of Finance's table set as every region prints it: each table a role, named in each
 * region's own words, its columns under each region's headers. A region's template reads the set
 * through this vocabulary; what it names otherwise is a word more here, not code.
 *
 * Titles are given as their core: what is left of a printed heading once its number (预算01表,
 * 公开01表, 部门公开表1, 表1：, 一、), its year (2026年度), who it is of (部门, 单位, 市级, 区级 …)
 * and quotes of any kind are taken away (see `titleCore`).
 */

/** A column of the set: its key, what it holds, and every header it is printed under. */
const amount = (key: string, ...headers: (string | readonly string[])[]) => optional(col(key, "amount", ...headers));
const text = (key: string, ...headers: (string | readonly string[])[]) => optional(col(key, "text", ...headers));

/** 功能分类: the code whole, or 类/款/项 apart, and the name; or the subject in one cell (2010301-行政运行, [201]一般公共服务支出). */
const functional: ColumnDef[] = [
  optional(part("functional", 1, "类")),
  optional(part("functional", 2, "款")),
  optional(part("functional", 3, "项")),
  optional(col("functional", "code", "科目编码", "功能分类科目编码", "支出功能分类科目编码", "功能科目编码", "科目代码", "功能分类科目代码", "编码")),
  optional(col("functional", "name", "科目名称", "功能分类科目名称", "功能科目名称", "功能科目", "支出功能分类科目名称", "项目")),
];
const functionalGroups = ["项目", "功能分类科目", "支出功能分类科目", "功能分类科目编码", "支出功能分类科目编码", "科目编码", "功能分类", "支出功能分类", "科目"];

/** 经济分类 (部门预算支出经济分类, or 政府预算支出经济分类): as 功能分类. */
const economic: ColumnDef[] = [
  optional(part("departmentEconomic", 1, "类")),
  optional(part("departmentEconomic", 2, "款")),
  optional(col("departmentEconomic", "code", "科目编码", "经济分类科目编码", "经济科目编码", "部门预算经济分类科目编码", "科目代码", "经济分类科目代码", "编码")),
  optional(col("departmentEconomic", "name", "科目名称", "经济分类科目名称", "经济科目名称", "部门经济分类科目名称", "部门预算经济分类科目名称", "经济科目", "部门预算支出经济科目", "部门预算支出经济分类科目", "支出项目类别", "项目")),
];
const economicGroups = ["项目", "部门预算支出经济分类科目", "部门支出经济分类科目", "经济分类科目", "经济分类科目编码", "部门预算经济分类科目编码", "科目编码", "经济分类", "科目"];

/**
 * A spending row's subjects of each classification, each code and name in one cell (北京's
 * 2010301-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资): the row is the three subjects' cross.
 */
const subjects = {
  functional: optional(col("functional", "subject", "支出功能分类科目")),
  governmentEconomic: optional(col("governmentEconomic", "subject", "政府支出经济分类科目")),
  departmentEconomic: optional(col("departmentEconomic", "subject", "部门支出经济分类科目")),
};

/** Who a row is of, where a table lists its units: 单位名称, 预算单位 … */
const unit = text("unit", "单位名称", "预算单位", "部门名称", "单位", "资金使用单位", "二级预算单位名称");
const unitCode = text("unitCode", "单位编码", "部门代码", "单位代码", "部门编码");
/** Printed numbers of rows and columns (行次), and a row's number in a list (序号). */
const lineNo = text("lineNo", "行次", "序号");

/** 合计: the whole a row's parts make. */
const TOTAL = ["合计", "总计", "小计", "预算数", "本年预算", "金额", "预算", "支出总计", "本年支出合计", "本年支出", "决算数", "本年预算数", "年初预算数", "预算金额", "支出预算"];

/** 基本支出, 项目支出 and the rest of a spending table's columns. */
const spending: ColumnDef[] = [
  amount("total", ...TOTAL),
  amount("basic", "基本支出", ["基本支出", "小计"], ["基本支出", "合计"], "基本支出合计"),
  amount("personnel", "人员经费", "人员支出", "人员类", "工资福利支出", ["基本支出", "人员经费"]),
  amount("publicUse", "公用经费", "日常公用支出", "日常公用经费", "公用支出", ["基本支出", "公用经费"]),
  amount("project", "项目支出", ["项目支出", "小计"], "项目支出合计", "项目支出总数", ["项目支出", "项目支出总数"]),
  amount("projectExcludingCapital", ["项目支出", "扣除基建项目后预算数"]),
  amount("businessOperating", "事业单位经营支出", "经营支出"),
  amount("remitToSuperior", "上缴上级支出"),
  amount("subsidyToSubordinate", "对附属单位补助支出"),
];
const spendingGroups = ["本年支出", "支出预算", "预算数", "本年预算", "一般公共预算支出", "政府性基金预算支出", "国有资本经营预算支出", "国有资本经营财政拨款预算支出", "本年政府性基金预算支出", "本年国有资本经营预算支出", "本年一般公共预算支出", "一般公共预算", "其中", "金额", "本年财政拨款支出", "本年财政拨款基本支出", "本年一般公共预算基本支出", "一般公共预算基本支出", "财政拨款支出", "2026年基本支出", "基本支出预算"];

/** The groups a 收入表 prints 上年结转's sources under. */
const CARRY_GROUPS = ["上年结转结余", "上年结转", "上年结转和结余"];

/** 收入: 合计, 本年收入 and its sources, 上年结转 (whole, and by source). */
const income: ColumnDef[] = [
  amount("total", "合计", "总计", "收入总计", "本年收入合计", "收入合计", "收入预算合计"),
  amount("thisYear", ["本年收入", "小计"], "本年收入", "本年收入小计"),
  amount("fiscal", "财政拨款收入", "财政拨款", ["财政拨款", "小计"], ["财政拨款", "合计"], "本级财政拨款", ["本级财政拨款", "金额"], "财政拨款收入合计"),
  amount("general", "一般公共预算", "一般公共预算拨款收入", "一般公共预算资金", "一般公共预算拨款", "一般公共预算收入", ["本级财政拨款", "其中:经费拨款"], "经费拨款"),
  amount("governmentFund", "政府性基金预算", "政府性基金预算拨款收入", "政府性基金预算资金", "政府性基金预算拨款", "政府性基金"),
  amount("stateCapital", "国有资本经营预算", "国有资本经营预算拨款收入", "国有资本经营预算资金", "国有资本经营预算拨款"),
  amount("fiscalSpecialAccount", "财政专户管理资金", "财政专户管理资金收入", "财政专户拨款收入", "财政专户拨款", "财政专户管理事业收入", "教育收费", "其他专户收入拨款"),
  amount("business", "事业收入"),
  amount("operating", "事业单位经营收入", "经营收入", "事业单位经营服务收入"),
  amount("superior", "上级补助收入"),
  amount("subordinate", "附属单位上缴收入"),
  amount("other", "其他收入", "其它收入", "单位资金", "其他资金收入"),
  amount("carryOver", "上年结转结余", "上年结转", "上年结余、结转", "上年结转和结余", "年初结转和结余", ["上年结转结余", "小计"]),
  amount("businessFund", "用事业基金弥补收支差额"),
  // 上年结转 by source, under its group (北京's 上年结转结余 | 一般公共预算资金 … 单位资金)
  ...(
    [
      ["carryOverGeneral", "一般公共预算资金", "一般公共预算"],
      ["carryOverGovernmentFund", "政府性基金预算资金", "政府性基金预算"],
      ["carryOverStateCapital", "国有资本经营预算资金", "国有资本经营预算"],
      ["carryOverFiscalSpecialAccount", "财政专户管理资金"],
      ["carryOverOther", "单位资金", "其他资金"],
    ] as const
  ).map(([key, ...names]) => amount(key, ...CARRY_GROUPS.flatMap((group) => names.map((name) => [group, name])))),
];
/**
 * A year's income is the sum of its sources as printed: 财政拨款 whole or by fund (not both: the
 * funds would count twice), 事业收入, 其他收入 …; the table's 合计 adds 上年结转 where it prints no
 * 本年收入 of its own.
 */
const SOURCES = ["fiscalSpecialAccount?", "business?", "operating?", "superior?", "subordinate?", "other?", "businessFund?"];
const INCOME_SOURCES: [string, string[]][] = [
  ["thisYear", ["fiscal", "!general", "!governmentFund", "!stateCapital", ...SOURCES]],
  ["thisYear", ["general", "!fiscal", "governmentFund?", "stateCapital?", ...SOURCES]],
  ["total", ["fiscal", "!thisYear", "!general", "!governmentFund", "!stateCapital", "carryOver?", ...SOURCES]],
  ["total", ["general", "!thisYear", "!fiscal", "governmentFund?", "stateCapital?", "carryOver?", ...SOURCES]],
];
const incomeGroups = ["本年收入", "收入预算", "本级财政拨款", "财政拨款", "财政拨款收入", "财政专户拨款收入", "财政专户管理资金", "其他资金收入", "单位资金", "上年结转结余", "项目"];

/** The names an income column is printed under on its own (一般公共预算资金, 一般公共预算拨款收入 …): a 收支总表's line of the same source bears one of them. */
export function incomeNames(key: string): string[] {
  return income.filter((c) => c.key === key).flatMap((c) => c.headers.filter((h) => h.length === 1).map((h) => h[0] ?? ""));
}

/** “三公”经费: 合计 and its three parts, two of them of one (公务用车). */
export const THREE_PUBLIC_COLUMNS: ColumnDef[] = [
  amount("total", "合计", "小计", "总计", "“三公”经费合计", "“三公”经费财政拨款预算总额", "三公经费合计", "“三公”经费预算数", ["“三公”经费预算数", "合计"], "“三公”经费", "三公经费"),
  amount("outboundTravel", "因公出国(境)费", "因公出国(境)费用", "因公出国(境)经费", "因公出国(境)支出"),
  amount("vehicles", "公务用车购置及运行费", "公务用车购置及运行维护费", ["公务用车购置及运行费", "小计"], ["公务用车购置及运行维护费", "小计"], "公务用车购置及运行维护支出", "公务用车购置及运行支出"),
  amount("vehiclePurchase", "公务用车购置费", "购置费", "其中:公务用车购置", "公务用车购置"),
  amount("vehicleOperation", "公务用车运行维护费", "公务用车运行费", "运行费", "运行维护费", "其中:公务用车运行费"),
  amount("reception", "公务接待费", "公务接待费支出"),
  amount("meetings", "会议费"),
  amount("training", "培训费"),
  amount("operatingCosts", "机关运行经费", "机关运行经费预算数", "机关运行经费支出"),
];
/**
 * A 决算's “三公” table prints each figure twice, 预算数 then 决算数: the 决算数 is the figure
 * (under the key a budget's figure has), the 预算数 its `…Budget` beside it.
 */
const threePublicFinal: ColumnDef[] = (() => {
  // each header under the group; 公务用车's two parts also under 公务用车 (决算数/公务用车购置及运行维护费/公务用车购置费);
  // or the group under each header (上海: 合计/预算数, 合计/决算数)
  const parents = (column: ColumnDef) => (column.key === "vehiclePurchase" || column.key === "vehicleOperation" ? ["公务用车购置及运行费", "公务用车购置及运行维护费"] : []);
  const under = (groups: readonly string[], column: ColumnDef) =>
    column.headers.flatMap((names) => groups.flatMap((group) => [[group, ...names], ...parents(column).map((vehicles) => [group, vehicles, ...names]), [...names, group]]));
  return THREE_PUBLIC_COLUMNS.slice(0, 6).flatMap((column) => [
    { ...column, headers: under(["决算数", "支出决算数"], column) },
    { ...column, key: `${column.key}Budget`, headers: under(["预算数", "全年预算数", "年初预算数"], column) },
  ]);
})();
export const THREE_PUBLIC_GROUPS = ["“三公”经费预算数", "三公经费预(决)算数(财政拨款)", "公务用车购置及运行费", "公务用车购置及运行维护费", "2026年预算数", "预算数", "财政拨款“三公”经费", "一般公共预算"];

/** A project named in a row: who runs it, its name, its funds and its goal. */
const project: ColumnDef[] = [
  unit,
  unitCode,
  text("projectName", "项目名称", "一级项目名称", "项目", "单位(项目)名称", "支出项目类别(资金使用单位)", "支出项目类别"),
  amount("total", "金额", "总计", "合计", "资金总额", "预算数", "项目总额", "预算数(万元)", "预算数(单位:万元)"),
  amount("fiscal", "财政拨款", ["财政拨款", "合计"], ["财政拨款收入", "小计"], "财政拨款收入"),
  amount("general", "一般公共预算", ["财政拨款收入", "一般公共预算"], "一般公共预算拨款"),
  amount("governmentFund", "政府性基金", "政府性基金预算", "政府性基金预算拨款"),
  amount("stateCapital", "国有资本经营预算", "国有资本经营预算拨款"),
  amount("fiscalSpecialAccount", "财政专户管理资金", "财政专户拨款"),
  amount("other", "单位资金", "其他资金"),
  text("goal", "绩效目标", "项目绩效目标"),
];

/** What a 收支总表's lines are, on either side, by their labels (numbering aside). */
const summaryLines: LineDef[] = [
  { side: "income", kind: "subtotal", labels: ["本年收入合计", "本年收入小计", "本年收入"] },
  { side: "income", kind: "carry", labels: ["上年结转结余", "上年结转", "上年结余、结转", "上年结转和结余", "年初结转和结余", "年初财政拨款结转和结余", "使用非财政拨款结余", "使用非财政拨款结余(含专用结余)", "用事业基金弥补收支差额", "上年财政拨款结转结余"] },
  { side: "income", kind: "total", labels: ["收入总计", "总计", "收入合计", "合计"] },
  { side: "expenditure", kind: "subtotal", labels: ["本年支出合计", "本年支出小计", "本年支出"] },
  { side: "expenditure", kind: "carry", labels: ["年终结转结余", "年末结转结余", "年末结转和结余", "年末财政拨款结转和结余", "结余分配", "结转下年", "年终结转", "年终结余"] },
  { side: "expenditure", kind: "total", labels: ["支出总计", "总计", "支出合计", "合计"] },
];

/** How a table of a role is read: its shape and columns, and what its rows must keep. */
export interface RoleVocabulary {
  readonly role: Role;
  /** title cores by the kind of disclosure that prints them */
  readonly titles: Readonly<Partial<Record<Kind, readonly string[]>>>;
  readonly shape: "grid" | "statement";
  readonly columns: readonly ColumnDef[];
  readonly groups?: readonly string[];
  /** for a statement: each side's columns, and its lines */
  readonly sides?: { readonly income: readonly ColumnDef[]; readonly expenditure: readonly ColumnDef[] };
  readonly lines?: readonly LineDef[];
  readonly sums?: readonly (readonly [string, readonly string[]])[];
  readonly hierarchy?: string;
  /** the subject whose codes begin again where the rows of another unit begin (see GridDef) */
  readonly restart?: string;
  readonly balance?: { readonly opening: string; readonly income: string; readonly spending: string; readonly closing: string };
  /** a 决算's columns besides, read first: its 决算数 under the role's keys, its 预算数 beside them */
  readonly finalColumns?: readonly ColumnDef[];
}

// 西安 prints 支出 three times, by 功能分类, by 部门预算经济分类 and by 政府预算经济分类, each its own label
const statementColumns = [col("label", "label", "项目", "收入项目", "支出项目", "支出功能分类科目(按大类)", "部门预算支出经济分类科目(按大类)", "政府预算支出经济分类科目(按大类)"), lineNo, amount("total", "预算数", "本年预算", "金额", "合计", "总计", "决算数", "预算", "2026年预算数", "本年预算数", "年初预算数")];

/** The set, in the order the Ministry of Finance lists it, then the tables regions add. */
export const NATIONAL_SET: readonly RoleVocabulary[] = [
  {
    role: "summary",
    titles: {
      budget: ["收支总表", "收支预算总表", "收支总体情况表", "综合预算收支总表", "财务收支预算总表", "收支预算表", "收支预算总体情况表", "预算收支总表"],
      final: ["收入支出决算总表", "收支决算总表", "收入支出决算表"],
    },
    shape: "statement",
    columns: [],
    sides: {
      income: statementColumns,
      // a 单位预算 splits its spending into 基本支出 (人员经费, 公用经费) and 项目支出
      expenditure: [...statementColumns, ...spending.filter((c) => c.key !== "total")],
    },
    groups: ["本年收入", "本年支出", "收入", "支出", "基本支出", "预算数"],
    lines: summaryLines,
    sums: [["total", ["personnel", "publicUse", "project"]]],
  },
  {
    role: "income",
    titles: { budget: ["收入总表", "收入预算总表", "收入总体情况表", "收入预算表", "收入预算总体情况表", "预算收入总表"], final: ["收入决算表", "收入决算总表"] },
    shape: "grid",
    columns: [...functional, unit, unitCode, lineNo, ...income],
    groups: [...functionalGroups, ...incomeGroups],
    sums: [["total", ["thisYear", "carryOver"]], ...INCOME_SOURCES, ["carryOver", ["carryOverGeneral?", "carryOverGovernmentFund?", "carryOverStateCapital?", "carryOverFiscalSpecialAccount?", "carryOverOther?"]]],
    hierarchy: "functional",
  },
  {
    role: "expenditure",
    titles: { budget: ["支出总表", "支出预算总表", "支出总体情况表", "支出预算表", "支出预算总体情况表", "预算支出总表"], final: ["支出决算表", "支出决算总表"] },
    shape: "grid",
    columns: [...functional, subjects.functional, subjects.governmentEconomic, subjects.departmentEconomic, unit, unitCode, lineNo, ...spending],
    groups: [...functionalGroups, ...spendingGroups],
    sums: [["total", ["basic", "project", "businessOperating?", "remitToSuperior?", "subsidyToSubordinate?"]], ["basic", ["personnel", "publicUse"]]],
    hierarchy: "functional",
  },
  {
    role: "fiscal-summary",
    titles: {
      budget: ["财政拨款收支总表", "财政拨款收支预算总表", "财政拨款收支总体情况表", "财政拨款收支预算表", "预算财政拨款收支总表"],
      final: ["财政拨款收入支出决算总表", "财政拨款收支决算总表"],
    },
    shape: "statement",
    columns: [],
    sides: {
      income: statementColumns,
      expenditure: [
        ...statementColumns,
        amount("general", "一般公共预算", "一般公共预算财政拨款", "一般公共预算拨款"),
        amount("governmentFund", "政府性基金预算", "政府性基金预算财政拨款", "政府性基金预算拨款"),
        amount("stateCapital", "国有资本经营预算", "国有资本经营预算财政拨款", "国有资本经营预算拨款"),
      ],
    },
    groups: ["收入", "支出", "财政拨款收入", "财政拨款支出", "预算数"],
    lines: summaryLines,
    sums: [["total", ["general", "governmentFund", "stateCapital"]]],
  },
  {
    role: "general-budget",
    titles: {
      budget: ["一般公共预算支出表", "一般公共预算支出预算表", "一般公共预算拨款支出预算表", "一般公共预算支出情况表", "一般公共预算支出功能分类预算表", "一般公共预算财政拨款支出表", "一般公共预算拨款支出表", "一般公共预算财政拨款支出预算表", "一般公共预算支出明细表"],
      final: ["一般公共预算财政拨款支出决算表", "一般公共预算支出决算表"],
    },
    shape: "grid",
    columns: [...functional, unit, unitCode, lineNo, ...spending],
    groups: [...functionalGroups, ...spendingGroups],
    sums: [["total", ["basic", "project"]], ["basic", ["personnel", "publicUse"]]],
    hierarchy: "functional",
    restart: "functional",
  },
  {
    role: "basic-economic",
    titles: {
      budget: ["一般公共预算基本支出表", "一般公共预算基本支出预算表", "一般公共预算基本支出情况表", "一般公共预算基本支出经济分类情况表", "一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出经济分类预算表", "一般公共预算财政拨款基本支出表", "一般公共预算基本支出情况表(按经济分类科目)", "一般公共预算基本支出表(经济分类科目)", "一般公共预算基本支出明细表(按支出经济分类科目)"],
      final: ["一般公共预算财政拨款基本支出决算表", "一般公共预算基本支出决算表"],
    },
    shape: "grid",
    columns: [...economic, subjects.governmentEconomic, subjects.departmentEconomic, unit, lineNo, ...spending],
    groups: [...economicGroups, ...spendingGroups],
    sums: [["total", ["personnel", "publicUse"]]],
    hierarchy: "departmentEconomic",
  },
  {
    role: "general-economic",
    titles: {
      budget: ["一般公共预算支出表(按经济分类)", "一般公共预算支出表(按经济分类科目)", "一般公共预算支出经济分类情况表", "一般公共预算支出经济分类表", "一般公共预算支出情况表(按经济分类科目)", "一般公共预算支出明细表(按支出经济分类科目)", "一般公共预算支出明细表(按经济分类科目分)"],
    },
    shape: "grid",
    columns: [...economic, unit, lineNo, ...spending],
    groups: [...economicGroups, ...spendingGroups],
    sums: [["total", ["basic", "project"]]],
    hierarchy: "departmentEconomic",
  },
  fundTable("government-fund", "政府性基金预算"),
  fundTable("state-capital", "国有资本经营预算"),
  {
    role: "three-public",
    titles: {
      budget: [
        "一般公共预算“三公”经费支出表",
        "“三公”经费支出表",
        "一般公共预算“三公”经费预算表",
        "一般公共预算“三公”经费支出预算表",
        "一般公共预算“三公”经费支出情况表",
        "财政拨款预算“三公”经费支出表",
        "财政拨款“三公”经费支出表",
        "财政拨款“三公”经费支出情况表",
        "“三公”经费和机关运行经费预算表",
        "一般公共预算“三公”经费、会议费、培训费支出表",
        "财政拨款安排的行政经费及“三公”经费预算表",
        "“三公”经费预算表",
        "“三公”经费支出预算表",
        "一般公共预算拨款“三公”经费支出预算表",
        "一般公共预算拨款“三公”经费及会议费、培训费支出预算表",
        "一般公共预算拨款“三公”经费、会议费、培训费表",
      ],
      final: ["财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表", "“三公”经费支出决算表", "财政拨款“三公”经费及会议费、培训费支出决算表"],
    },
    shape: "grid",
    columns: [unit, unitCode, lineNo, text("item", "项目"), ...THREE_PUBLIC_COLUMNS],
    finalColumns: threePublicFinal,
    groups: THREE_PUBLIC_GROUPS,
    // a 决算's 预算数 beside its 决算数 keep the same sums
    sums: [
      ["total", ["outboundTravel", "vehicles", "reception"]],
      ["vehicles", ["vehiclePurchase", "vehicleOperation"]],
      ["totalBudget", ["outboundTravelBudget", "vehiclesBudget", "receptionBudget"]],
      ["vehiclesBudget", ["vehiclePurchaseBudget", "vehicleOperationBudget"]],
    ],
  },
  {
    role: "overall-performance",
    titles: { budget: ["整体支出绩效目标表", "整体绩效目标表"], final: ["整体支出绩效自评表", "整体绩效自评表"] },
    shape: "grid",
    columns: [unit, unitCode, lineNo],
  },
  {
    role: "operating-costs",
    titles: { budget: ["一般公共预算机关运行经费支出预算表", "机关运行经费支出预算表", "机关运行经费预算表", "一般公共预算机关运行经费支出表"], final: ["机关运行经费支出决算表"] },
    shape: "grid",
    columns: [...economic, unit, lineNo, amount("total", "机关运行经费支出", "合计", "预算数", "金额", "机关运行经费")],
    groups: economicGroups,
    hierarchy: "departmentEconomic",
  },
  {
    role: "procurement",
    titles: { budget: ["政府采购支出表", "政府采购预算表", "政府采购支出预算表", "政府采购预算明细表"], final: ["政府采购支出决算表"] },
    shape: "grid",
    columns: [
      unit,
      lineNo,
      text("category", "采购品目大类", "采购类别", "采购项目类别"),
      text("item", "采购品目名称", "采购项目", "采购品目"),
      text("projectName", "专项名称", "项目名称"),
      text("economic", "经济科目"),
      text("method", "采购组织形式", "采购方式"),
      amount("general", "一般公共预算资金", "一般公共预算"),
      amount("governmentFund", "政府性基金"),
      amount("other", "其他资金"),
      amount("carryOver", "上年结转和结余资金"),
      amount("total", "总计", "合计", "金额", "预算金额"),
    ],
    groups: ["资金来源"],
  },
  {
    role: "purchased-services",
    titles: { budget: ["政府购买服务明细表", "财政拨款政府购买服务明细表", "政府购买服务预算表", "政府购买服务预算明细表", "政府购买服务支出预算表", "政府购买服务预算财政拨款明细表"] },
    shape: "grid",
    // the 指导性目录's levels: 01-公共服务 | 0108-文化公共服务 | 广播电视网络视听活动服务
    columns: [
      unit,
      lineNo,
      optional(col("level1", "subject", ["指导性目录", "一级"])),
      optional(col("level2", "subject", ["指导性目录", "二级"])),
      text("level3", ["指导性目录", "三级"]),
      amount("total", "预算金额", "金额", "合计", "预算数"),
    ],
    groups: ["指导性目录"],
  },
  {
    role: "projects",
    titles: {
      budget: ["项目支出绩效目标表", "项目支出绩效表", "项目绩效目标表", "项目支出绩效目标申报表", "重点项目绩效目标表", "项目支出绩效目标情况表"],
      final: ["项目支出绩效自评表", "项目绩效自评表"],
    },
    shape: "grid",
    columns: [
      unit,
      unitCode,
      text("projectName", "项目名称", "单位(项目)名称", "一级项目名称", "项目", "支出项目类别(资金使用单位)", "支出项目类别"),
      amount("total", "资金总额", "金额", "预算数", "合计", "总计", "项目总额", "预算金额"),
      amount("fiscal", "财政拨款", "财政资金"),
      amount("other", "其他资金"),
      text("goal", "绩效目标", "项目绩效目标", "年度绩效目标"),
      text("level1", "一级指标"),
      text("level2", "二级指标"),
      text("level3", "三级指标"),
      text("value", "指标值", "年度指标值", "本年绩效指标值"),
      text("valueText", "指标值内容"),
      text("standard", "评(扣)分标准", "评分标准"),
      text("measure", "度量单位", "计量单位", "绩效度量单位"),
      text("valueType", "指标值类型", "指标性质", "绩效指标性质"),
      text("note", "备注"),
    ],
    groups: ["绩效指标", "资金"],
  },
  {
    role: "project-expenditure",
    titles: { budget: ["项目支出表", "项目支出总表", "项目支出预算表", "预算项目支出及其他支出预算表", "项目支出预算总表"] },
    shape: "grid",
    columns: project,
    // 深圳 prints 支出项目类别 over the names and over their 总计 both
    groups: ["2026年预算", "财政拨款", "财政拨款收入", "单位资金", "其他资金", "支出项目类别"],
  },
];

/** A fund's account in a 决算: 年初结转和结余, 本年收入, 本年支出 (小计, 基本支出, 项目支出), 年末结转和结余. */
function fundAccount(): ColumnDef[] {
  return [
    amount("opening", "年初结转和结余"),
    amount("income", "本年收入"),
    amount("spending", ["本年支出", "小计"], ["本年支出", "合计"]),
    amount("closing", "年末结转和结余"),
  ];
}

/**
 * A fund's table (政府性基金预算, 国有资本经营预算): in a budget its spending by 功能分类, in a 决算
 * its account, each under the names regions give it.
 */
function fundTable(role: "government-fund" | "state-capital", fund: string): RoleVocabulary {
  return {
    role,
    titles: {
      budget: [`${fund}支出表`, `${fund}支出预算表`, `${fund}拨款支出预算表`, `${fund}支出情况表`, `${fund}支出功能分类预算表`, `${fund}财政拨款支出表`, `${fund.replace(/预算$/, "")}收支表`],
      final: [`${fund}财政拨款收入支出决算表`, `${fund}财政拨款支出决算表`],
    },
    shape: "grid",
    columns: [...functional, unit, lineNo, ...spending, ...fundAccount()],
    groups: [...functionalGroups, ...spendingGroups],
    sums: [["total", ["basic", "project"]], ["spending", ["basic", "project"]]],
    hierarchy: "functional",
    balance: { opening: "opening", income: "income", spending: "spending", closing: "closing" },
  };
}

/** What a document must print to be read: its 收支总表, under one of the names regions give it. */
export const ANCHOR_TITLES = (() => {
  const summary = NATIONAL_SET.find((v) => v.role === "summary");
  return `收支总表（${[...(summary?.titles.budget ?? []).slice(1, 4), ...(summary?.titles.final ?? []).slice(0, 1)].join("、")}等）`;
})();

/** A table's number printed before or after its name: 预算01表, 公开01表, 部门公开表1, 表1, 表一, 预算表12 (表9 of "表92022年…", where a PDF ran the year on). */
const LABEL = String.raw`(?:部门|单位)?(?:预算|公开|决算)?表\s*(?:\d{1,2}(?!\d{3}\s*年)|[一二三四五六七八九十]{1,3}(?!般))|(?:预算|公开|决算)\d{1,2}表`;
/** A number before a title: 预算01表, 公开01表, 部门公开表1, 表1：, 表11., 一、, 1、, （一）. */
const NUMBER = String.raw`(?:(?:${LABEL})\s*[：:．.、]?|[一二三四五六七八九十]+\s*[、．.]|\d{1,2}\s*[、．.](?!\d)|[（(][一二三四五六七八九十\d]+[)）])`;
/** Who a table is of, as a title says it before its name. */
const WHO = "(?:部门综合预算(?=.)|部综合预算(?=.)|部门综合|预算单位|市级部门|区级部门|县级部门|省级部门|本部门|本级|市级|区级|县级|省级|部门|单位)";
/** A qualifier that says only what a 功能分类 table is by (按功能分类科目, 按功能科目分): the name says the same. */
const FUNCTIONAL_QUALIFIER = /[(（](?:按)?(?:支出)?功能(?:分类)?(?:科目)?分?[)）]$/;

/**
 * A heading's core: its number, year, publisher and scope words, a trailing number (公开01表 printed
 * after the name), quotes and brackets normalized. "表1：2026年市级部门收支预算总表" → 收支预算总表.
 */
export function titleCore(heading: string): string {
  // quotes of any kind as “…”: "三公", ‘三公’, “三公”
  let text = heading.replace(/\s+/g, "").replace(/"([^"]*)"/g, "“$1”").replace(/['‘’“”]/g, (q) => (q === "‘" || q === "“" ? "“" : "”"));
  text = text.replace(/(^|[^“])三公”/g, "$1“三公”").replace(/“三公(?!”)/g, "“三公”");
  if (!text.includes("“三公”")) text = text.replace(/三公/g, "“三公”");
  text = text.replace(new RegExp(`^${NUMBER}`), "");
  // a number after the name: 公开01表, （预算表3）, (表3)
  text = text.replace(new RegExp(`[（(]?(?:${LABEL})[)）]?$`), "");
  // the year, with whatever comes before it (苏州市审计局2026年度…), or after the name: （2026年度）
  text = text.replace(/^.{0,40}?\d{4}\s*年度?/, "").replace(/[(（]\d{4}年度?[)）]$/, "");
  // 本年一般公共预算支出表 is the year's, as 2026年… is
  text = text.replace(new RegExp(`^${WHO}`), "").replace(/^本年度?/, "");
  // 西安: （不含上年结转）, or （按支出功能分类科目-不含上年结转）: what the table leaves out, not what it is
  text = text.replace(/[(（]不含上年结转[)）]$/, "").replace(/[-－]不含上年结转(?=[)）]$)/, "");
  text = text.replace(FUNCTIONAL_QUALIFIER, "");
  return text.replace(/（/g, "(").replace(/）/g, ")");
}

/** A heading's 表号, where it prints one, and its 表名 without it. */
export function tableNumber(heading: string): { label?: string; title: string } {
  const text = heading.trim();
  const before = new RegExp(`^(${LABEL})\\s*[：:．.、]?\\s*(.*)$`).exec(text);
  if (before?.[2]) return { label: before[1]?.replace(/\s+/g, ""), title: before[2] };
  const after = new RegExp(`^(.*?)\\s*(${LABEL})$`).exec(text);
  if (after?.[1]) return { label: after[2]?.replace(/\s+/g, ""), title: after[1] };
  return { title: text };
}

/** Whether a line is a table's number alone (公开01表, 表1), printed on a line of its own beside its name. */
export function isTableNumber(text: string): boolean {
  return new RegExp(`^(?:${LABEL})$`).test(text.replace(/\s+/g, ""));
}

/** The role of a heading's core, and the kind of disclosure that prints it, by the vocabulary. */
const BY_CORE = new Map<string, { vocabulary: RoleVocabulary; kind: Kind }>(
  NATIONAL_SET.flatMap((vocabulary) =>
    (Object.entries(vocabulary.titles) as [Kind, readonly string[]][]).flatMap(([kind, cores]) => cores.map((core) => [core.replace(/（/g, "(").replace(/）/g, ")"), { vocabulary, kind }] as const)),
  ),
);

export function roleOfTitle(heading: string): { vocabulary: RoleVocabulary; kind: Kind } | undefined {
  return BY_CORE.get(titleCore(heading));
}

/** Keys a region's overlay reads a role's columns into beyond the set's own: the columns of 北京's 项目支出绩效目标表. */
const OVERLAY_KEYS: Partial<Record<Role, readonly string[]>> = {
  projects: ["name", "fiscalFunds", "otherFunds", "operator"],
};

const keysOf = (v: RoleVocabulary) => [...v.columns, ...(v.finalColumns ?? []), ...(v.sides?.income ?? []), ...(v.sides?.expenditure ?? [])].map((c) => c.key);

/**
 * Every column key a table of a role may hold: what the site and the checks can read from it. A
 * template that reads a column into another key (travel for outboundTravel) is held to these by
 * tests/lib/templates/roles.test.ts, so a page never reads nothing where a table printed a figure.
 */
export const ROLE_KEYS: Readonly<Record<Role, ReadonlySet<string>>> = (() => {
  const keys = Object.fromEntries(ROLES.map((role) => [role, new Set<string>(OVERLAY_KEYS[role] ?? [])])) as Record<Role, Set<string>>;
  for (const vocabulary of NATIONAL_SET) for (const key of keysOf(vocabulary)) keys[vocabulary.role].add(key);
  // a table the set does not name may hold any column the set names
  for (const vocabulary of NATIONAL_SET) for (const key of keysOf(vocabulary)) keys.other.add(key);
  return keys;
})();
