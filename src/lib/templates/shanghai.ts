import type { DocLine } from "../source/document.ts";
import { soleCell } from "../parse/sections.ts";
import { col, optional, part } from "./define.ts";
import type { ColumnDef, NarrativeDef } from "./types.ts";

/**
 * What Shanghai's 部门预算 and 部门决算 share: how a classification is printed (类, 款 and 项 in
 * columns of their own, or the whole code in one), the names of the parts of the text, and the
 * cover a department's identity is read from.
 */

/** 功能分类: 类, 款, 项 printed apart (or, in some 决算, the whole code in one column), and the name. */
export const functional: ColumnDef[] = [
  optional(part("functional", 1, "类")),
  optional(part("functional", 2, "款")),
  optional(part("functional", 3, "项")),
  optional(col("functional", "code", "功能分类科目编码", "支出功能分类科目编码")),
  col("functional", "name", "功能分类科目名称", "科目名称"),
];
export const functionalGroups = ["项目", "功能分类科目编码", "支出功能分类科目编码", "支出功能分类", "科目编码"];

/** 经济分类: 类 and 款 printed apart, and the name. */
export const economic: ColumnDef[] = [
  optional(part("departmentEconomic", 1, "类")),
  optional(part("departmentEconomic", 2, "款")),
  optional(col("departmentEconomic", "code", "经济分类科目编码", "部门预算经济分类科目编码")),
  col("departmentEconomic", "name", "经济分类科目名称", "部门经济分类科目名称", "部门预算经济分类科目名称", "科目名称"),
];
export const economicGroups = ["项目", "部门预算经济分类科目编码", "经济分类科目编码", "经济分类", "科目编码"];

/** Spending by 功能分类: 合计, 基本支出 and 项目支出 (一般公共预算支出表, in a 预算 and in a 决算). */
export const functionalSpending: ColumnDef[] = [...functional, col("total", "amount", "合计"), col("basic", "amount", "基本支出"), col("project", "amount", "项目支出")];

/** A Shanghai heading may be numbered as its contents list numbers it: "4．", "9. ". */
const NUMBERED = String.raw`(?:\d+\s*[.．、]\s*)?`;

/** The heading of a table, whole line: an optional number, an optional year, then the names given. */
export function titled(...names: string[]): RegExp[] {
  return [new RegExp(`^${NUMBERED}(?:\\d{4}年度?)?(?:${names.join("|")})$`)];
}

/** The parts of the text both kinds print. A heading may name the department first: 上海市普陀区司法局主要职能. */
export const commonNarrative: NarrativeDef[] = [
  { id: "functions", kind: "functions", titles: [/^(?:[一二三四五六七八九十]+、)?[^，。：:、]{0,40}主要职能$/] },
  { id: "organization", kind: "organization", titles: [/^(?:[一二三四五六七八九十]+、)?[^，。：:、]{0,40}(?:机构设置|单位构成)$/] },
  { id: "glossary", kind: "glossary", titles: [/^(?:第[一二三四五六七八九十]+部分\s*)?名词解释$/] },
];

/** 上海市普陀区, from a name or a cover line that starts with it. */
export function regionOf(text: string): string | undefined {
  return /^(.+?(?:省|自治区|市))(.+?(?:区|县|市))?/.exec(text)?.slice(1).filter(Boolean).join("");
}

/** The sole cells of the lines before the first heading (the cover), or of the first lines. */
export function coverTexts(lines: readonly DocLine[], count = 6): string[] {
  return lines.slice(0, count).flatMap((line) => soleCell(line) ?? []);
}
