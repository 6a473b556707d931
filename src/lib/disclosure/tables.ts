import { z } from "zod";
import { optionalAmount } from "./money.ts";

/** 源文件行号 (1-based line of the source text this record was read from) */
export const line = z.number().int().positive();

/** 科目 (a classification subject): "2010301-行政运行" → { code: "2010301", name: "行政运行" } */
export const subject = z.object({
  /** 科目编码 */
  code: z.string(),
  /** 科目名称, as the disclosure writes it */
  name: z.string(),
});

/** What every table carries: its title and where it starts. */
const tableMeta = {
  /** 表名, e.g. 收支总表 */
  title: z.string(),
  /** line of the heading (预算01表 …) */
  line,
};

/** One labelled row of 预算01表/预算04表, one side (收入 or 支出). */
const labelledAmount = z.object({
  /** 项目, e.g. 一、一般公共预算拨款收入 */
  label: z.string(),
  /** 预算数, 万元; null for an empty cell */
  amount: optionalAmount,
  line,
});

/** 收支总表 (预算01表) and 财政拨款收支总表 (预算04表) share one shape. */
const summaryTable = z.object({
  ...tableMeta,
  /** 收入 rows above 本年收入合计 */
  income: z.array(labelledAmount),
  /** 支出 rows above 本年支出合计 (by 支出功能分类 类) */
  expenditure: z.array(labelledAmount),
  /** 本年收入合计 */
  incomeSubtotal: labelledAmount,
  /** 上年结转结余 */
  carryOverIn: labelledAmount,
  /** breakdown of 上年结转结余 by source (预算04表 only; empty in 预算01表) */
  carryOverInDetail: z.array(labelledAmount),
  /** 收入总计 */
  incomeTotal: labelledAmount,
  /** 本年支出合计 */
  expenditureSubtotal: labelledAmount,
  /** 年终结转结余 */
  carryOverOut: labelledAmount,
  /** 支出总计 */
  expenditureTotal: labelledAmount,
});

/** 预算02表 收入总表: one row, income by source, 万元 */
const t02 = z.object({
  ...tableMeta,
  /** 合计 */
  total: optionalAmount,
  /** 本年收入 */
  thisYear: z.object({
    /** 小计 */
    subtotal: optionalAmount,
    /** 一般公共预算资金 */
    generalBudget: optionalAmount,
    /** 政府性基金预算资金 */
    governmentFund: optionalAmount,
    /** 国有资本经营预算资金 */
    stateCapital: optionalAmount,
    /** 财政专户管理资金 */
    fiscalSpecialAccount: optionalAmount,
    /** 事业收入 */
    businessIncome: optionalAmount,
    /** 事业单位经营收入 */
    businessOperatingIncome: optionalAmount,
    /** 上级补助收入 */
    superiorSubsidy: optionalAmount,
    /** 附属单位上缴收入 */
    subordinateRemittance: optionalAmount,
    /** 其他收入 */
    otherIncome: optionalAmount,
  }),
  /** 上年结转结余 */
  carryOver: z.object({
    /** 小计 */
    subtotal: optionalAmount,
    /** 一般公共预算资金 */
    generalBudget: optionalAmount,
    /** 政府性基金预算资金 */
    governmentFund: optionalAmount,
    /** 国有资本经营预算资金 */
    stateCapital: optionalAmount,
    /** 财政专户管理资金 */
    fiscalSpecialAccount: optionalAmount,
    /** 单位资金 */
    unitFunds: optionalAmount,
  }),
  /** line of the data row */
  rowLine: line,
});

const t03Amounts = {
  /** 合计, 万元 */
  total: optionalAmount,
  /** 基本支出, 万元 */
  basic: optionalAmount,
  /** 项目支出, 万元 */
  project: optionalAmount,
  /** 其中：事业单位经营支出, 万元 */
  businessOperating: optionalAmount,
  /** 其中：上缴上级支出, 万元 */
  remitToSuperior: optionalAmount,
  /** 其中：对附属单位补助支出, 万元 */
  subsidyToSubordinate: optionalAmount,
};

/** 预算03表 支出总表: all funds by 功能分类 × 政府经济分类 × 部门经济分类 */
const t03 = z.object({
  ...tableMeta,
  rows: z.array(
    z.object({
      /** 支出功能分类科目 (项, 7 digits) */
      functional: subject,
      /** 政府预算支出经济分类科目 (款, 5 digits) */
      governmentEconomic: subject,
      /** 部门预算支出经济分类科目 (款, 5 digits, or a 7-digit Beijing sub-item) */
      departmentEconomic: subject,
      ...t03Amounts,
      line,
    }),
  ),
  /** 合计 row */
  total: z.object({ ...t03Amounts, line }),
});

const t05Amounts = {
  /** 合计, 万元 */
  total: optionalAmount,
  /** 基本支出 小计, 万元 */
  basic: optionalAmount,
  /** 基本支出 人员经费, 万元 */
  personnel: optionalAmount,
  /** 基本支出 公用经费, 万元 */
  publicUse: optionalAmount,
  /** 项目支出 项目支出总数, 万元 */
  project: optionalAmount,
  /** 项目支出 扣除基建项目后预算数, 万元 */
  projectExcludingCapital: optionalAmount,
};

/** 预算05表 一般公共预算支出表: 财政拨款 by 功能分类, repeated once per unit in unnamed blocks */
const t05 = z.object({
  ...tableMeta,
  rows: z.array(
    z.object({
      /** 科目编码 (功能分类 项) */
      code: z.string(),
      /** 科目名称 */
      name: z.string(),
      /** 1-based block: the table lists each unit's subjects in turn, without naming the unit */
      block: z.number().int().positive(),
      ...t05Amounts,
      line,
    }),
  ),
  /** 合计 row */
  total: z.object({ ...t05Amounts, line }),
});

const t06Amounts = {
  /** 合计, 万元 */
  total: optionalAmount,
  /** 人员经费, 万元 */
  personnel: optionalAmount,
  /** 公用经费, 万元 */
  publicUse: optionalAmount,
};

/** 预算06表 一般公共预算基本支出表: by 政府经济分类 × 部门经济分类 */
const t06 = z.object({
  ...tableMeta,
  rows: z.array(
    z.object({
      /** 政府预算支出经济分类科目 */
      governmentEconomic: subject,
      /** 部门预算支出经济分类科目 */
      departmentEconomic: subject,
      ...t06Amounts,
      line,
    }),
  ),
  /** 合计 row */
  total: z.object({ ...t06Amounts, line }),
});

const fundAmounts = {
  /** 合计, 万元 */
  total: optionalAmount,
  /** 基本支出, 万元 */
  basic: optionalAmount,
  /** 项目支出, 万元 */
  project: optionalAmount,
};

/** 预算07表 政府性基金预算支出表 and 预算08表 国有资本经营预算支出表: often empty */
const fundTable = z.object({
  ...tableMeta,
  rows: z.array(z.object({ code: z.string(), name: z.string(), ...fundAmounts, line })),
  /** 合计 row */
  total: z.object({ ...fundAmounts, line }),
});

/** 预算09表 财政拨款“三公”经费支出表 */
const t09 = z.object({
  ...tableMeta,
  /** “三公”经费财政拨款预算总额, 万元 */
  total: optionalAmount,
  /** 因公出国（境）费用, 万元 */
  outboundTravel: optionalAmount,
  /** 公务接待费, 万元 */
  reception: optionalAmount,
  /** 公务用车购置及运行维护费 小计, 万元 */
  vehicles: optionalAmount,
  /** 公务用车购置费, 万元 */
  vehiclePurchase: optionalAmount,
  /** 公务用车运行维护费, 万元 */
  vehicleOperation: optionalAmount,
  /** line of the data row */
  rowLine: line,
});

/** 预算10表 政府采购预算明细表: by 采购类别 (A 货物, B 工程, C 服务) */
const t10 = z.object({
  ...tableMeta,
  rows: z.array(z.object({ ...subject.shape, amount: optionalAmount, line })),
  /** 合计 row */
  total: z.object({ amount: optionalAmount, line }),
});

/** 预算11表 财政拨款政府购买服务明细表: by 指导性目录 一级 → 二级 → 三级 */
const t11 = z.object({
  ...tableMeta,
  rows: z.array(
    z.object({
      /** 一级目录, e.g. 01-公共服务 */
      level1: subject,
      /** 二级目录, e.g. 0108-文化公共服务 */
      level2: subject,
      /** 三级目录 (name only in the source) */
      level3: z.string(),
      /** 预算金额, 万元 */
      amount: optionalAmount,
      line,
    }),
  ),
  /** 合计 row */
  total: z.object({ amount: optionalAmount, line }),
});

/** A goal text: paragraphs and lists recovered from the source's HTML fragments. */
export const textBlock = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()) }),
]);

/** 预算13表 部门整体支出绩效目标表 (its indicators are `overallIndicators` of the disclosure) */
const t13 = z.object({
  ...tableMeta,
  /** 部门名称 */
  department: z.string(),
  /** 年度, from "(2026年度)" */
  year: z.number().int(),
  /** 总体资金情况, 万元 */
  funds: z.object({
    /** 预算支出总额 */
    total: optionalAmount,
    /** 财政拨款 合计 / 基本支出 / 项目支出 */
    fiscal: z.object(fundAmounts),
    /** 其他资金 合计 / 基本支出 / 项目支出 */
    other: z.object(fundAmounts),
    line,
  }),
  /** 整体绩效目标 */
  goal: z.array(textBlock),
  /** line of 整体绩效目标 */
  goalLine: line,
  /** 其他说明 (empty when absent) */
  notes: z.array(textBlock),
});

export const tables = z.object({
  /** 预算01表 收支总表 */
  t01: summaryTable,
  /** 预算02表 收入总表 */
  t02,
  /** 预算03表 支出总表 */
  t03,
  /** 预算04表 财政拨款收支总表 */
  t04: summaryTable,
  /** 预算05表 一般公共预算支出表 */
  t05,
  /** 预算06表 一般公共预算基本支出表 */
  t06,
  /** 预算07表 政府性基金预算支出表 */
  t07: fundTable,
  /** 预算08表 国有资本经营预算支出表 */
  t08: fundTable,
  /** 预算09表 财政拨款“三公”经费支出表 */
  t09,
  /** 预算10表 政府采购预算明细表 */
  t10,
  /** 预算11表 财政拨款政府购买服务明细表 */
  t11,
  /** 预算表12 项目支出绩效目标表 (its rows are the disclosure's `projects`) */
  t12: z.object(tableMeta),
  /** 预算13表 部门整体支出绩效目标表 */
  t13,
});

export type Tables = z.infer<typeof tables>;
export type TableKey = keyof Tables;
export type SummaryTable = z.infer<typeof summaryTable>;
export type LabelledAmount = z.infer<typeof labelledAmount>;
export type FundTable = z.infer<typeof fundTable>;
export type TextBlock = z.infer<typeof textBlock>;
export type Subject = z.infer<typeof subject>;

/** 表名 as the standard prescribes them, for labels where the model's own title is not at hand. */
export const TABLE_TITLES: Readonly<Record<TableKey, string>> = {
  t01: "收支总表",
  t02: "收入总表",
  t03: "支出总表",
  t04: "财政拨款收支总表",
  t05: "一般公共预算支出表",
  t06: "一般公共预算基本支出表",
  t07: "政府性基金预算支出表",
  t08: "国有资本经营预算支出表",
  t09: "财政拨款“三公”经费支出表",
  t10: "政府采购预算明细表",
  t11: "财政拨款政府购买服务明细表",
  t12: "项目支出绩效目标表",
  t13: "部门整体支出绩效目标表",
};

/** Keys in the order the disclosure prints them. */
export const TABLE_KEYS = [
  "t01", "t02", "t03", "t04", "t05", "t06", "t07",
  "t08", "t09", "t10", "t11", "t12", "t13",
] as const satisfies readonly TableKey[];


/** The table as the disclosure names it: 预算03表, but 预算表12. */
export function labelOf(key: TableKey): string {
  return key === "t12" ? "预算表12" : `预算${key.slice(1)}表`;
}
