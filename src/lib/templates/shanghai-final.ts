import { regionOf } from "../disclosure/regions.ts";
import { national } from "./national.ts";
import { overlay } from "./overlay.ts";
import { commonNarrative, coverTexts, lineFigure, linesFigure, totalFigure, vehicleFigures } from "./shanghai.ts";
import type { Template } from "./types.ts";

/** The three 财政拨款 lines of 收入支出决算总表's income side. */
const FISCAL_INCOME = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"];

/**
 * 上海市区级部门决算 (上海市普陀区 2024): a cover, 第一部分 概况 (主要职能, 部门决算单位构成), 第二部分
 * nine tables in 万元, 第三部分 情况说明 (with 预算绩效管理情况 and 其他重要事项说明), 第四部分 名词解释.
 */
export const shanghaiFinal: Template = overlay(national, {
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
  narrativeFigures: [
    { id: "total", name: "收入支出总计", pattern: /(?<!拨款)收入支出总计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "total") },
    { id: "income", name: "本年收入合计", pattern: /本年收入合计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "subtotal") },
    { id: "fiscal-income", name: "财政拨款收入", pattern: /(?<!一般公共预算)财政拨款收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => linesFigure(read, "summary", "income", FISCAL_INCOME, "三项财政拨款收入之和") },
    { id: "expenditure", name: "本年支出合计", pattern: /本年支出合计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "expenditure", "subtotal") },
    { id: "basic", name: "基本支出", pattern: /其中：基本支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "expenditure", "basic", "基本支出合计") },
    { id: "project", name: "项目支出", pattern: /；项目支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "expenditure", "project", "项目支出合计") },
    { id: "fiscal-total", name: "财政拨款收入支出总计", pattern: /财政拨款收入支出总计(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "fiscal-summary", "income", "total") },
    { id: "general", name: "一般公共预算财政拨款支出", pattern: /一般公共预算财政拨款支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "general-budget", "total", "合计") },
    { id: "general-basic", name: "一般公共预算财政拨款基本支出", pattern: /一般公共预算财政拨款基本支出(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "general-budget", "basic", "基本支出合计") },
    { id: "personnel", name: "人员经费", pattern: /人员经费(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "basic-economic", "total", "人员经费合计", 1) },
    { id: "public-use", name: "公用经费", pattern: /公用经费(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "basic-economic", "total", "公用经费合计", 2) },
    { id: "three-public-budget", name: "“三公”经费年初预算", pattern: /“三公”经费财政拨款支出年初预算为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "three-public", "totalBudget", "“三公”经费合计预算数") },
    { id: "three-public", name: "“三公”经费支出决算", pattern: /“三公”经费财政拨款支出年初预算为[\d.]+万元，支出决算为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => totalFigure(read, "three-public", "total", "“三公”经费合计决算数") },
    ...vehicleFigures("three-public", "(?:支出)?(?:决算)?为?"),
  ],
});
