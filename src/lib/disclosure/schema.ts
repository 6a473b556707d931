import { z } from "zod";
import { at, location } from "./location.ts";
import { amount, optionalAmount, UNITS } from "./money.ts";
import { narrativeSection } from "./narrative.ts";
import { table, tableKey, textBlock } from "./tables.ts";

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
  /** 实际完成值, where a 决算's self-evaluation states it */
  actual: z.string().optional(),
  ...at,
});

/** 项目编码 of the Beijing template: region 110000, year 24, type T, serial */
export const PROJECT_CODE = /^\d{8}[A-Z]\d{12}$/;

/** 项目 with its 绩效目标 and 绩效指标, in the unit of its table */
export const project = z.object({
  /** the project's page: its code, or p1, p2 … in printed order where the template prints no code */
  id: z.string().regex(/^[0-9A-Za-z-]+$/),
  /** 项目编码, e.g. 11000024T000002771150; absent where the template prints none */
  code: z.string().regex(PROJECT_CODE).optional(),
  /** 项目名称, line-wrap spaces removed */
  name: z.string(),
  /** the 预算单位 that carries the project out, where its table names one a row (杭州: 杭州市西郊监狱) */
  agency: z.string().optional(),
  /** 项目总额 */
  total: amount,
  /** 财政资金 */
  fiscalFunds: optionalAmount,
  /** 其他资金 */
  otherFunds: optionalAmount,
  /** 绩效目标 (项目总目标), as paragraphs and lists */
  goal: z.array(textBlock),
  /** where the goal is printed, where that is not the project's own row (深圳: a table in the text) */
  goalAt: location.optional(),
  /** 年度总体目标, where a form states one beside the project's */
  annualGoal: z.array(textBlock).optional(),
  /** what a form states of the project, label and value as printed: 项目性质, 主管部门, 计划开始日期 … */
  details: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
  /** the year's funds, where a form states them beside the project's: 年度资金申请总额 and its parts */
  annualFunds: z
    .object({
      /** 年度资金申请总额 */
      total: optionalAmount,
      /** 当年财政拨款 */
      fiscal: optionalAmount,
      /** 上年结转资金 */
      carryOver: optionalAmount,
      /** 其他资金 */
      other: optionalAmount,
    })
    .optional(),
  ...at,
  indicators: z.array(indicator),
});

/** 部门整体绩效指标 of 预算13表, under the activity (活动) it belongs to */
export const overallIndicator = indicator.extend({
  /** 活动 */
  activity: z.string(),
});

export const CHECK_KINDS = [
  /** a figure of one table against the parts that make it up in that table */
  "table",
  /** one rule applied to every row of a table: how many rows were compared, how many break it */
  "rows",
  /** one row that breaks a `rows` rule */
  "row",
  /** a figure of one table against another table's */
  "cross",
  /** a figure or a sum the text states, against the tables or against its own arithmetic */
  "narrative",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** What a finding is about: the tables' own arithmetic, what the text says of them, whether the disclosure is whole. */
export const FINDING_GROUPS = ["tables", "narrative", "completeness"] as const;
export type FindingGroup = (typeof FINDING_GROUPS)[number];

/** The unit of a check's figures: an amount's, a percentage, a year the text names, or a count (of tables, notes, units). */
export const checkUnit = z.enum([...UNITS, "%", "年", "个"]);

/** 核对 (a reconciliation check): does the disclosure add up here? */
export const check = z.object({
  /** unique within the disclosure, stable while the source is unchanged; the checks page's anchor */
  id: z.string().regex(/^[0-9A-Za-z.@-]+$/),
  kind: z.enum(CHECK_KINDS),
  group: z.enum(FINDING_GROUPS),
  /** for kind row: the id of the rows check it breaks */
  rule: z.string().optional(),
  /** every table the check reads, the one it is about first (none for the text's own arithmetic) */
  tables: z.array(tableKey),
  /** 核对内容, in Chinese */
  description: z.string(),
  /** unit of the three figures below */
  unit: checkUnit,
  /** 应为 (the published figure) */
  expected: amount,
  /** 实为 (what the parts add up to) */
  actual: amount,
  /** 差额 = actual − expected */
  difference: amount,
  passed: z.boolean(),
  /**
   * The difference is no larger than the printed figures' rounding could make (half of each one's
   * last printed digit): it may be the printing's rounding rather than an error. Absent otherwise.
   */
  rounding: z.literal(true).optional(),
  /**
   * The text cut the figure's last digits off (截尾) where it should have rounded them: 4,651.678 万元
   * said as 4,651.67. The figure agrees but for that; counted apart, as a 取整差 is. Absent otherwise.
   */
  truncation: z.literal(true).optional(),
  /**
   * The table's figure the check reads was printed empty (上海市审计局's 收入总计): it is counted as
   * 0 in the arithmetic, and said to be blank, not 0, where the check fails. Absent otherwise.
   */
  blank: z.literal(true).optional(),
  /** for kind rows: rows compared, and how many of them break the rule */
  rows: z.object({ compared: z.number().int().nonnegative(), failed: z.number().int().nonnegative() }).optional(),
  /** for a narrative check: the words of the text it read, as printed */
  quote: z.string().optional(),
  /**
   * for a narrative check that fails beyond rounding: the one slip of one digit in one of the text's
   * figures that would make it hold (43269.3 read as 3269.3), offered as a possibility, never applied
   */
  typo: z.object({ printed: amount, reading: amount }).optional(),
  /** where the figures come from, in source order */
  at: z.array(location),
});

export const KINDS = ["budget", "final"] as const;
export const SCOPES = ["department", "unit"] as const;

/** The name of a kind and scope as the disclosures write it: 部门预算, 单位决算 … */
export function kindName(d: { kind: (typeof KINDS)[number]; scope: (typeof SCOPES)[number] }): string {
  return `${d.scope === "unit" ? "单位" : "部门"}${d.kind === "final" ? "决算" : "预算"}`;
}

/** A file a disclosure was read from. */
export const sourceFile = z.object({
  /** file name of the source, as published or as copied */
  file: z.string(),
  /** SHA-256 of the file's bytes, hex */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** text (a copy of the disclosure's text) or pdf (the file as the department published it) */
  format: z.enum(["text", "pdf"]),
  /** encoding a text was decoded from */
  encoding: z.enum(["utf-8", "gb18030"]).optional(),
  /** number of lines: of the text, or of all pages as read */
  lines: z.number().int().nonnegative(),
  /** number of pages of a PDF */
  pages: z.number().int().positive().optional(),
});

/** 一份预决算公开 (one department's, or one unit's, budget or final accounts for one year) */
export const disclosure = z.object({
  /** URL slug of the department: stable ASCII, from seeds/<name>.meta.json or the file name */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** 部门名称 (or 单位名称 of a 单位预算) */
  department: z.string(),
  /** 预算年度, or the year a 决算 accounts for */
  year: z.number().int(),
  /** 预算 or 决算 */
  kind: z.enum(KINDS),
  /** 部门 (the department with its units) or 单位 (one unit) */
  scope: z.enum(SCOPES),
  /** 地区: whose classification and template the disclosure follows, e.g. 北京市, 上海市普陀区 */
  region: z.string(),
  /** the template it was read with */
  template: z.string(),
  /** where the text came from, so a reader can verify it */
  source: sourceFile.extend({
    /**
     * The disclosure's text (情况说明) where it is published as a file of its own beside the tables
     * (报表), as Beijing publishes it: the places in it say `part: "text"`
     */
    text: sourceFile.optional(),
    /** 公开网址: where the department published it (from the manifest) */
    url: z.url().optional(),
    /** 发布机关 (from the manifest) */
    publisher: z.string().optional(),
    /** 发布日期, YYYY-MM-DD (from the manifest) */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }),
  /** the tables in printed order */
  tables: z.array(table),
  /** 项目支出绩效目标: one entry per project */
  projects: z.array(project),
  /** 部门整体绩效指标 */
  overallIndicators: z.array(overallIndicator),
  /** the parts of its text (主要职能, 机构设置, 编制说明 …), in printed order; none for a template of tables only */
  narrative: z.array(narrativeSection),
  /** reconciliation checks, failures included */
  checks: z.array(check),
});

export type Indicator = z.infer<typeof indicator>;
export type Project = z.infer<typeof project>;
export type OverallIndicator = z.infer<typeof overallIndicator>;
export type Check = z.infer<typeof check>;
export type Disclosure = z.infer<typeof disclosure>;
export type Kind = Disclosure["kind"];
export type Scope = Disclosure["scope"];
export { location };
