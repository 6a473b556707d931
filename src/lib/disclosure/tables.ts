import { z } from "zod";
import { at, location } from "./location.ts";
import { optionalAmount, unit } from "./money.ts";

/** 科目 (a classification subject): "2010301-行政运行" → { code: "2010301", name: "行政运行" } */
export const subject = z.object({
  /** 科目编码, wrap spaces removed; the 类/款/项 parts joined where the table prints them apart */
  code: z.string(),
  /** 科目名称, as the disclosure writes it */
  name: z.string(),
  /** the 类/款/项 parts as printed, where one lost its leading zero (款 “2” for 02): the code has it back */
  printed: z.array(z.string()).optional(),
});

/** A goal or narrative text: paragraphs and lists recovered from the source. */
export const textBlock = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()) }),
]);

/**
 * What a table means, whatever a template calls it or numbers it: tables of one role are read,
 * checked, drawn and compared alike across templates.
 */
export const ROLES = [
  /** 收支总表: income and expenditure side by side */
  "summary",
  /** 收入总表: income by source */
  "income",
  /** 支出总表: all expenditure, by 功能分类 (and 经济分类) */
  "expenditure",
  /** 财政拨款收支总表 */
  "fiscal-summary",
  /** 一般公共预算支出表, by 功能分类 */
  "general-budget",
  /** 一般公共预算基本支出表, by 经济分类 */
  "basic-economic",
  /** 一般公共预算支出表 by 经济分类 (基本支出 and 项目支出 alike), where a region prints one */
  "general-economic",
  /** 政府性基金预算支出表 */
  "government-fund",
  /** 国有资本经营预算支出表 */
  "state-capital",
  /** “三公”经费 (and 机关运行经费) */
  "three-public",
  /** 机关运行经费, by 经济分类 */
  "operating-costs",
  /** 政府采购 */
  "procurement",
  /** 政府购买服务 */
  "purchased-services",
  /** 项目支出绩效目标 */
  "projects",
  /** 部门整体支出绩效目标 */
  "overall-performance",
  /** 项目支出表: each project's funds by source */
  "project-expenditure",
  /** a table a region adds that the set does not name: kept as printed */
  "other",
] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** What a column holds. A subject is read from one "code-name" cell, or from code (parts) and name cells. */
export const COLUMN_KINDS = ["amount", "subject", "code", "code-part", "name", "label", "text"] as const;

/** A column as the disclosure prints it. Its meaning comes from the template; its header from the source. */
export const column = z.object({
  /** the row's field: amounts.<key>, subjects.<key>, texts.<key>, or a statement row's label */
  key: z.string(),
  kind: z.enum(COLUMN_KINDS),
  /** the header as printed, from the outermost group to the column's own name */
  header: z.array(z.string()),
  /** for a code-part column: 1 类, 2 款, 3 项 */
  level: z.number().int().min(1).max(3).optional(),
  /**
   * for a table printed in halves or blocks side by side: which one, from the left (its rows'
   * `block`, or their `group` where each block is a group of its own)
   */
  half: z.number().int().positive().optional(),
});

/** 表号 within a disclosure: t01 … t13 (or as many as it prints); the URL of the table's page (tables/03/). */
export const tableKey = z.string().regex(/^t\d{2}$/);
export type TableKey = z.infer<typeof tableKey>;

/** The key of the nth table printed: t01, t02 … */
export const nthTableKey = (n: number) => `t${String(n).padStart(2, "0")}` as TableKey;

/** What every table carries. */
const tableBase = {
  key: tableKey,
  role,
  /** 表号 as printed, or as the template numbers the table: 预算03表, 表3 */
  label: z.string(),
  /** 表名 as printed */
  title: z.string(),
  /** 金额单位 as printed */
  unit,
  /** 注 printed under the table, e.g. 注：本部门2026年无政府性基金预算…故本表为空表。 */
  note: z.string().optional(),
  ...at,
};

export const ROW_KINDS = ["item", "subtotal", "total"] as const;

/** A row of a grid table: its subjects, amounts and texts by column key. */
export const gridRow = z.object({
  /** item: a detail row; subtotal: a 类 or 款 row its children add up to; total: the 合计 row */
  kind: z.enum(ROW_KINDS),
  /** 科目 by column key: functional, governmentEconomic, departmentEconomic … */
  subjects: z.record(z.string(), subject),
  /** amounts by column key, exact as published; null for an empty cell */
  amounts: z.record(z.string(), optionalAmount),
  /** other text by column key; on a 合计 row, its printed label under the column it stood in */
  texts: z.record(z.string(), z.string()),
  /** 1-based group: 预算05表's unnamed per-unit blocks; the halves of a table printed side by side */
  group: z.number().int().positive().optional(),
  /**
   * in a table printed in blocks side by side where blocks share a group (人员经费 | 公用经费 | 公用经费):
   * the block the row's cells stand in, its columns' `half`
   */
  block: z.number().int().positive().optional(),
  /** in a table whose levels were told by sums (no codes): how deep the row stands under the 合计, 1 at the top */
  depth: z.number().int().positive().optional(),
  ...at,
});

/** A table of rows under one header: classified spending, income by source, “三公” … */
export const gridTable = z.object({
  shape: z.literal("grid"),
  ...tableBase,
  columns: z.array(column),
  /** in printed order, 合计 and subtotals included */
  rows: z.array(gridRow),
  /**
   * How its subtotal rows were told, where the table's definition does not say: by their codes, by
   * their sums (a table printed without codes: its rows then add up by construction), or not at all
   * (no reading adds up, so its rows are not checked against its 合计)
   */
  levels: z.enum(["codes", "sums", "unknown"]).optional(),
  /**
   * A table no check reads (a performance form, a table the set does not name) that its reader
   * could not read by rows and columns: each printed line is a row of its cells, all text, and this
   * says why, where, and what the table is of (its role, where the set names one: projects). The
   * document is read all the same.
   */
  asPrinted: z.object({ reason: z.string(), role: z.enum(ROLES).optional(), ...at }).optional(),
});

export const STATEMENT_LINES = [
  /** a source or a use: 一、一般公共预算拨款收入 */
  "item",
  /** part of the item above it: 1. 一般公共预算 under 一、财政拨款收入 */
  "subitem",
  /**
   * a line under an item at a depth the printing does not mark (款 and 项 under their 类, by name
   * only): shown as printed, never added up
   */
  "detail",
  /** 本年收入合计, 本年支出合计 */
  "subtotal",
  /** 上年结转结余, 年终结转结余, 年初结转和结余 … */
  "carry",
  /** part of the carry line above it, by source */
  "carry-item",
  /** 收入总计, 支出总计, 总计 */
  "total",
] as const;
export type StatementLine = (typeof STATEMENT_LINES)[number];

/** One side's row of a 收支总表. */
export const statementRow = z.object({
  /** 项目, e.g. 一、一般公共预算拨款收入 */
  label: z.string(),
  kind: z.enum(STATEMENT_LINES),
  /** amounts by column key (total: 预算数, 决算数 or 合计) */
  amounts: z.record(z.string(), optionalAmount),
  ...at,
});

/** 收支总表 and 财政拨款收支总表: 收入 on the left, 支出 on the right. */
export const statementTable = z.object({
  shape: z.literal("statement"),
  ...tableBase,
  columns: z.object({ income: z.array(column), expenditure: z.array(column) }),
  income: z.array(statementRow),
  expenditure: z.array(statementRow),
});

/** 项目支出绩效目标表: its rows are the disclosure's `projects`. */
export const projectsTable = z.object({
  shape: z.literal("projects"),
  ...tableBase,
});

const fundAmounts = {
  /** 合计 */
  total: optionalAmount,
  /** 基本支出 */
  basic: optionalAmount,
  /** 项目支出 */
  project: optionalAmount,
};

/** 部门整体支出绩效目标表 (its indicators are `overallIndicators` of the disclosure) */
export const overallTable = z.object({
  shape: z.literal("overall"),
  ...tableBase,
  /** 部门名称 */
  department: z.string(),
  /** 年度, from "(2026年度)" */
  year: z.number().int(),
  /** 总体资金情况 */
  funds: z.object({
    /** 预算支出总额 */
    total: optionalAmount,
    /** 财政拨款 合计 / 基本支出 / 项目支出 */
    fiscal: z.object(fundAmounts),
    /** 其他资金 合计 / 基本支出 / 项目支出 */
    other: z.object(fundAmounts),
    ...at,
  }),
  /** 整体绩效目标 */
  goal: z.array(textBlock),
  /** where 整体绩效目标 stands */
  goalAt: location,
  /** 其他说明 (empty when absent) */
  remarks: z.array(textBlock),
});

export const table = z.discriminatedUnion("shape", [gridTable, statementTable, projectsTable, overallTable]);

export type Table = z.infer<typeof table>;
export type GridTable = z.infer<typeof gridTable>;
export type GridRow = z.infer<typeof gridRow>;
export type StatementTable = z.infer<typeof statementTable>;
export type StatementRow = z.infer<typeof statementRow>;
export type OverallTable = z.infer<typeof overallTable>;
export type ProjectsTable = z.infer<typeof projectsTable>;
export type Column = z.infer<typeof column>;
export type ColumnKind = Column["kind"];
export type RowKind = GridRow["kind"];
export type TextBlock = z.infer<typeof textBlock>;
export type Subject = z.infer<typeof subject>;
