/**
 * The amount columns of the tables read row by row: field of the model, and the column's name in
 * the source. One list each, for the reader (its error messages) and the checks (rows against 合计).
 */
export const T03_COLUMNS = [
  ["total", "合计"],
  ["basic", "基本支出"],
  ["project", "项目支出"],
  ["businessOperating", "事业单位经营支出"],
  ["remitToSuperior", "上缴上级支出"],
  ["subsidyToSubordinate", "对附属单位补助支出"],
] as const;

export const T05_COLUMNS = [
  ["total", "合计"],
  ["basic", "基本支出"],
  ["personnel", "人员经费"],
  ["publicUse", "公用经费"],
  ["project", "项目支出"],
  ["projectExcludingCapital", "扣除基建项目后预算数"],
] as const;

export const T06_COLUMNS = [
  ["total", "合计"],
  ["personnel", "人员经费"],
  ["publicUse", "公用经费"],
] as const;

/** 预算07表 and 预算08表 */
export const FUND_COLUMNS = [
  ["total", "合计"],
  ["basic", "基本支出"],
  ["project", "项目支出"],
] as const;
