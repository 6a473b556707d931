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
export function functionalClassOf(label: string): string | undefined {
  const name = label.replace(/^[一二三四五六七八九十]+、/, "");
  return Object.entries(FUNCTIONAL).find(([code, known]) => code.length === 3 && known === name)?.[0];
}
