import { z } from "zod";
import { amount, optionalAmount } from "./money.ts";
import { line, tables, textBlock } from "./tables.ts";

/** 绩效指标性质: the comparison a target states; 定性 for a qualitative target */
export const OPERATORS = ["≥", "≤", "=", ">", "<", "≠", "定性"] as const;

/** 绩效指标 (performance indicator) of a project or of the department as a whole */
export const indicator = z.object({
  /** 一级指标, e.g. 产出指标 */
  level1: z.string(),
  /** 二级指标, e.g. 数量指标 */
  level2: z.string(),
  /** 三级指标: what is measured */
  level3: z.string(),
  /** 绩效指标性质 */
  operator: z.enum(OPERATORS),
  /** 指标值, as written (a number, or words for 定性) */
  value: z.string(),
  /** 度量单位 (empty when none) */
  unit: z.string(),
  line,
});

/** 项目 (a project of 预算表12) with its 绩效目标 and 绩效指标 */
export const project = z.object({
  /** 项目编码, e.g. 11000024T000002771150 (region 110000, year 24, type T, serial) */
  code: z.string().regex(/^\d{8}[A-Z]\d{12}$/),
  /** 项目名称, line-wrap spaces removed */
  name: z.string(),
  /** 项目总额, 万元 */
  total: amount,
  /** 财政资金, 万元 */
  fiscalFunds: optionalAmount,
  /** 其他资金, 万元 */
  otherFunds: optionalAmount,
  /** 绩效目标, as paragraphs and lists */
  goal: z.array(textBlock),
  line,
  indicators: z.array(indicator),
});

/** 部门整体绩效指标 of 预算13表, under the activity (活动) it belongs to */
export const overallIndicator = indicator.extend({
  /** 活动 */
  activity: z.string(),
});

/** 核对 (a reconciliation check): does the disclosure add up here? */
export const check = z.object({
  /** stable identifier, e.g. t03.rows-total */
  id: z.string(),
  /** the table the check is about (t01 … t13) */
  table: z.string(),
  /** every table the check reads */
  tables: z.array(z.string()),
  /** 核对内容, in Chinese */
  description: z.string(),
  /** 应为 (the published figure), 万元 */
  expected: amount,
  /** 实为 (what the parts add up to), 万元 */
  actual: amount,
  /** 差额 = actual − expected, 万元 */
  difference: amount,
  passed: z.boolean(),
  /** source lines the figures come from */
  lines: z.array(line),
});

/** 一份部门预算公开 (one department's budget disclosure for one year) */
export const disclosure = z.object({
  /** URL slug of the department: stable ASCII, from seeds/<name>.meta.json or the file name */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** 部门名称 */
  department: z.string(),
  /** 预算年度 */
  year: z.number().int(),
  /** 金额单位 */
  unit: z.literal("万元"),
  /** where the text came from, so a reader can verify it */
  source: z.object({
    /** file name of the source text */
    file: z.string(),
    /** SHA-256 of the file's bytes, hex */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** encoding the bytes were decoded from */
    encoding: z.enum(["utf-8", "gb18030"]),
    /** number of lines */
    lines: z.number().int().nonnegative(),
  }),
  tables,
  /** 预算表12: one entry per project */
  projects: z.array(project),
  /** 预算13表: 部门整体绩效指标 */
  overallIndicators: z.array(overallIndicator),
  /** reconciliation checks, failures included */
  checks: z.array(check),
});

export type Indicator = z.infer<typeof indicator>;
export type Project = z.infer<typeof project>;
export type OverallIndicator = z.infer<typeof overallIndicator>;
export type Check = z.infer<typeof check>;
export type Disclosure = z.infer<typeof disclosure>;
