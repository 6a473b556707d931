import { regionOf } from "../disclosure/regions.ts";
import { national } from "./national.ts";
import { overlay } from "./overlay.ts";
import { commonNarrative, coverTexts, lineFigure, totalFigure, vehicleFigures } from "./shanghai.ts";
import type { Template } from "./types.ts";
import { titleCore } from "./vocabulary.ts";
import { soleCell } from "../parse/sections.ts";

/**
 * 上海市区级部门预算 and 单位预算 (上海市普陀区, 2023–2026): a cover, the text (主要职能, 机构设置,
 * 名词解释, 编制说明), nine tables in 元 (the “三公” table in 万元), then 其他相关情况说明 and a
 * 经费情况说明 per project; 2023 adds a 财政项目支出绩效目标填报表 per project.
 */
export const shanghaiBudget: Template = overlay(national, {
  id: "shanghai-budget",
  name: "上海市区级部门预算、单位预算（财务收支预算总表 … “三公”经费和机关运行经费预算表）",
  // the national set as 上海市 prints it: a 收支总表 called 财务收支预算总表, whatever the cover says
  recognise: (lines) => lines.some((line) => titleCore(soleCell(line) ?? "") === "财务收支预算总表"),
  front: "first-page",
  contents: "until-heading",
  narrative: [
    ...commonNarrative,
    { id: "explanation", kind: "explanation", titles: [/^(?:\d{4}年)?(?:部门|单位)预算编制说明$/] },
    { id: "other", kind: "other", titles: [/^其他相关情况说明$/] },
    { id: "project", kind: "project", titles: [/^[^，。：:]{0,60}项目经费情况说明$/], repeated: true },
  ],
  tables: [
    {
      shape: "form",
      key: "t10",
      role: "projects",
      label: "绩效目标表",
      titles: [/^财政项目支出绩效目标填报表$/],
      units: ["元"],
      optional: true,
      repeated: true,
    },
  ],
  identify(read, diagnostics) {
    const cover = coverTexts(read.front, read.front.length);
    // the cover's title may run over lines: 上海市普陀区 / 2026年区级部门预算, or 上海市2026年市级单位预算
    const title = /^(.*?)(\d{4})年(?:区级|市级|县级)?(部门|单位)预算/.exec(cover.filter((text) => !/[:：]/.test(text)).join(""));
    const who = cover.map((text) => /^预算(?:主管部门|单位)\s*[:：]\s*(.+)$/.exec(text)?.[1]?.trim()).find(Boolean);
    const first = read.front[0] ?? { line: 1 };
    if (!title) diagnostics.add(first, "template", `封面应有“…年部门预算”或“…年单位预算”，未见到；封面见到“${cover.slice(0, 4).join("”“")}”`);
    if (!who) diagnostics.add(first, "template", "封面应有“预算主管部门：…”或“预算单位：…”，未见到");
    return {
      department: who ?? "",
      year: Number(title?.[2] ?? 0),
      kind: "budget",
      scope: title?.[3] === "单位" ? "unit" : "department",
      region: title?.[1] || (regionOf(who ?? "") ?? ""),
    };
  },
  narrativeFigures: [
    { id: "income-total", name: "收入预算", pattern: /收入预算(?:总额)?为?(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "total") },
    { id: "fiscal-income", name: "财政拨款收入", pattern: /财政拨款收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "财政拨款收入") },
    { id: "business-income", name: "事业收入", pattern: /(?<!单位)事业收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "事业收入") },
    { id: "operating-income", name: "事业单位经营收入", pattern: /事业单位经营收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "事业单位经营收入") },
    { id: "other-income", name: "其他收入", pattern: /其他收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "income", "其他收入") },
    { id: "expenditure-total", name: "支出预算", pattern: /(?<!款)支出预算(?:总额)?为?(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "summary", "expenditure", "total") },
    { id: "fiscal-spending", name: "财政拨款支出预算", pattern: /财政拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "fiscal-summary", "expenditure", "total") },
    { id: "general-spending", name: "一般公共预算拨款支出预算", pattern: /一般公共预算拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "fiscal-summary", "expenditure", "total", "general") },
    { id: "fund-spending", name: "政府性基金拨款支出预算", pattern: /政府性基金拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "fiscal-summary", "expenditure", "total", "governmentFund") },
    { id: "capital-spending", name: "国有资本经营预算拨款支出预算", pattern: /国有资本经营预算拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "fiscal-summary", "expenditure", "total", "stateCapital") },
    ...vehicleFigures("three-public", ""),
    { id: "operating-costs", name: "机关运行经费预算", pattern: /机关运行经费预算为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["other"], figure: (read) => totalFigure(read, "three-public", "operatingCosts", "机关运行经费预算数") },
  ],
});
