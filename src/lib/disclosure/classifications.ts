import reference from "../../data/classifications.json" with { type: "json" };

/**
 * Names of the upper levels of 政府收支分类科目 (copied from shared/reference). Leaf names come from
 * each disclosure and win over these where both exist.
 */
export const FUNCTIONAL: Readonly<Record<string, string>> = reference.functional;
export const GOVERNMENT_ECONOMIC: Readonly<Record<string, string>> = reference.governmentEconomic;
export const DEPARTMENT_ECONOMIC: Readonly<Record<string, string>> = reference.departmentEconomic;
export const PROCUREMENT: Readonly<Record<string, string>> = reference.procurement;

/** 功能分类 类 code for a 预算01表/04表 label: "一、一般公共服务支出" → "201". */
const CLASS_BY_NAME = new Map(Object.entries(FUNCTIONAL).flatMap(([code, name]) => (code.length === 3 ? [[name, code] as const] : [])));

export function functionalClassOf(label: string): string | undefined {
  return CLASS_BY_NAME.get(label.replace(/^[一二三四五六七八九十]+、/, ""));
}
