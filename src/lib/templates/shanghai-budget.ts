import { regionOf } from "../disclosure/regions.ts";
import { gridOf, labelled, lineOf, statementOf, totalRow } from "../disclosure/access.ts";
import type { Check } from "../disclosure/schema.ts";
import type { StatementTable } from "../disclosure/tables.ts";
import { byFunctionalClass, cell, cross } from "../findings/cross.ts";
import { col, optional } from "./define.ts";
import { commonNarrative, coverTexts, economic, economicGroups, functional, functionalGroups, functionalSpending, lineFigure, threePublicFigures, titled, totalFigure } from "./shanghai.ts";
import type { GridDef, Read, Template } from "./types.ts";
import { titleCore } from "./vocabulary.ts";
import { soleCell } from "../parse/sections.ts";

/** 部门, 预算单位 or 单位: who the tables are of. */
const WHO = "(?:部门|预算单位|单位)";

/** A table of spending by 功能分类 under one group of amount columns (一般公共预算支出 …). */
function byFunction(key: "t05" | "t06" | "t07", role: GridDef["role"], n: number, name: string, groups: string[]): GridDef {
  return {
    shape: "grid",
    key,
    role,
    label: `表${n}`,
    titles: titled(`${WHO}${name}支出功能分类预算表`),
    units: ["元"],
    groups: [...functionalGroups, ...groups],
    columns: functionalSpending,
    sums: [["total", ["basic", "project"]]],
    hierarchy: "functional",
    optional: key !== "t05",
  };
}

/**
 * 上海市区级部门预算 and 单位预算 (上海市普陀区, 2023–2026): a cover, the text (主要职能, 机构设置,
 * 名词解释, 编制说明), nine tables in 元 (the “三公” table in 万元), then 其他相关情况说明 and a
 * 经费情况说明 per project; 2023 adds a 财政项目支出绩效目标填报表 per project.
 */
export const shanghaiBudget: Template = {
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
      shape: "statement",
      key: "t01",
      role: "summary",
      label: "表1",
      titles: titled(`${WHO}财务收支预算总表`),
      units: ["元"],
      groups: ["预算数", "基本支出"],
      sides: {
        income: { headers: ["本年收入"], columns: [col("label", "label", "项目"), col("total", "amount", "预算数")] },
        expenditure: {
          headers: ["本年支出"],
          // a 单位预算 splits 预算数 into 合计, 基本支出 (人员经费, 公用经费) and 项目支出
          columns: [
            col("label", "label", "项目"),
            col("total", "amount", "预算数", "合计"),
            optional(col("personnel", "amount", ["基本支出", "人员经费"])),
            optional(col("publicUse", "amount", ["基本支出", "公用经费"])),
            optional(col("project", "amount", "项目支出")),
          ],
        },
      },
      lines: [
        { side: "income", kind: "total", labels: ["收入总计"], required: true },
        { side: "expenditure", kind: "total", labels: ["支出总计"], required: true },
      ],
      sums: [["total", ["personnel", "publicUse", "project"]]],
    },
    {
      shape: "grid",
      key: "t02",
      role: "income",
      label: "表2",
      titles: titled(`${WHO}收入预算总表`),
      units: ["元"],
      groups: [...functionalGroups, "收入预算"],
      columns: [
        ...functional,
        col("total", "amount", "合计"),
        col("fiscal", "amount", "财政拨款收入"),
        col("business", "amount", "事业收入"),
        col("operating", "amount", "事业单位经营收入"),
        col("other", "amount", "其他收入"),
      ],
      sums: [["total", ["fiscal", "business", "operating", "other"]]],
      hierarchy: "functional",
    },
    {
      shape: "grid",
      key: "t03",
      role: "expenditure",
      label: "表3",
      titles: titled(`${WHO}支出预算总表`),
      units: ["元"],
      groups: [...functionalGroups, "支出预算"],
      columns: functionalSpending,
      sums: [["total", ["basic", "project"]]],
      hierarchy: "functional",
    },
    {
      shape: "statement",
      key: "t04",
      role: "fiscal-summary",
      label: "表4",
      titles: titled(`${WHO}财政拨款收支预算总表`),
      units: ["元"],
      sides: {
        income: { headers: ["财政拨款收入"], columns: [col("label", "label", "项目"), col("total", "amount", "预算数")] },
        expenditure: {
          headers: ["财政拨款支出"],
          columns: [
            col("label", "label", "项目"),
            col("total", "amount", "合计"),
            col("general", "amount", "一般公共预算"),
            col("governmentFund", "amount", "政府性基金预算"),
            col("stateCapital", "amount", "国有资本经营预算"),
          ],
        },
      },
      lines: [
        { side: "income", kind: "total", labels: ["收入总计"], required: true },
        { side: "expenditure", kind: "total", labels: ["支出总计"], required: true },
      ],
      sums: [["total", ["general", "governmentFund", "stateCapital"]]],
    },
    byFunction("t05", "general-budget", 5, "一般公共预算", ["一般公共预算支出"]),
    byFunction("t06", "government-fund", 6, "政府性基金预算", ["政府性基金预算支出"]),
    byFunction("t07", "state-capital", 7, "国有资本经营预算", ["国有资本经营预算支出", "国有资本经营财政拨款预算支出"]),
    {
      shape: "grid",
      key: "t08",
      role: "basic-economic",
      label: "表8",
      titles: titled(`${WHO}一般公共预算基本支出部门预算经济分类预算表`),
      units: ["元"],
      groups: [...economicGroups, "一般公共预算基本支出"],
      columns: [...economic, col("total", "amount", "合计"), col("personnel", "amount", "人员经费"), col("publicUse", "amount", "公用经费")],
      sums: [["total", ["personnel", "publicUse"]]],
      hierarchy: "departmentEconomic",
    },
    {
      shape: "grid",
      key: "t09",
      role: "three-public",
      label: "表9",
      // 2024 prints this one heading without its year
      titles: titled(`${WHO}“三公”经费和机关运行经费预算表`),
      units: ["万元"],
      groups: ["“三公”经费预算数", "公务用车购置及运行费"],
      columns: [
        col("total", "amount", "合计"),
        col("outboundTravel", "amount", "因公出国(境)费"),
        col("reception", "amount", "公务接待费"),
        col("vehicles", "amount", ["公务用车购置及运行费", "小计"]),
        col("vehiclePurchase", "amount", "购置费"),
        col("vehicleOperation", "amount", "运行费"),
        col("operatingCosts", "amount", "机关运行经费预算数"),
      ],
      single: true,
      sums: [
        ["total", ["outboundTravel", "reception", "vehicles"]],
        ["vehicles", ["vehiclePurchase", "vehicleOperation"]],
      ],
    },
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
  crossChecks: budgetCrossChecks,
  narrativeFigures: [
    { id: "income-total", name: "收入预算", pattern: /收入预算(?:总额)?为?(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "total") },
    { id: "fiscal-income", name: "财政拨款收入", pattern: /财政拨款收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "财政拨款收入") },
    { id: "business-income", name: "事业收入", pattern: /(?<!单位)事业收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "事业收入") },
    { id: "operating-income", name: "事业单位经营收入", pattern: /事业单位经营收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "事业单位经营收入") },
    { id: "other-income", name: "其他收入", pattern: /其他收入(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "income", "其他收入") },
    { id: "expenditure-total", name: "支出预算", pattern: /(?<!款)支出预算(?:总额)?为?(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t01", "expenditure", "total") },
    { id: "fiscal-spending", name: "财政拨款支出预算", pattern: /财政拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t04", "expenditure", "total") },
    { id: "general-spending", name: "一般公共预算拨款支出预算", pattern: /一般公共预算拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t04", "expenditure", "total", "general") },
    { id: "fund-spending", name: "政府性基金拨款支出预算", pattern: /政府性基金拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t04", "expenditure", "total", "governmentFund") },
    { id: "capital-spending", name: "国有资本经营预算拨款支出预算", pattern: /国有资本经营预算拨款支出预算(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["explanation"], figure: (read) => lineFigure(read, "t04", "expenditure", "total", "stateCapital") },
    { id: "three-public", name: "“三公”经费预算数", pattern: /“三公”经费预算数为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["other"], figure: (read) => totalFigure(read, "t09", "total", "“三公”经费合计") },
    ...threePublicFigures("t09", ""),
    { id: "operating-costs", name: "机关运行经费预算", pattern: /机关运行经费预算为(?<amount>\d+(?:\.\d+)?)万元/g, sections: ["other"], figure: (read) => totalFigure(read, "t09", "operatingCosts", "机关运行经费预算数") },
  ],
};

/** A 收支总表's income line by its label, in either of the names printings give it. */
function incomeLine(t: StatementTable, ...labels: string[]) {
  return labels.map((label) => labelled(t, "income", label)).find(Boolean);
}

/** The reconciliations across the nine tables. */
function budgetCrossChecks(read: Read): Check[] {
  const t01 = statementOf(read, "t01");
  const t02 = gridOf(read, "t02");
  const t03 = gridOf(read, "t03");
  const t04 = statementOf(read, "t04");
  const t05 = gridOf(read, "t05");
  const t06 = gridOf(read, "t06");
  const t07 = gridOf(read, "t07");
  const t08 = gridOf(read, "t08");
  if (!t01 || !t02 || !t03 || !t04 || !t05 || !t08) return [];
  const unit = "元";
  const income = totalRow(t02);
  const spending = totalRow(t03);
  const general = totalRow(t05);
  const basic = totalRow(t08);
  const fiscalLine = lineOf(t04, "expenditure", "total");
  const checks: Check[] = [
    cross("t01-t02.total", ["t01", "t02"], "财务收支预算总表的收入总计等于收入预算总表的合计", unit, cell(lineOf(t01, "income", "total"), "total", t01), [cell(income, "total", t02)]),
    ...(
      [
        ["fiscal", ["财政拨款收入"], "财政拨款收入"],
        ["business", ["事业收入"], "事业收入"],
        ["operating", ["事业单位经营收入"], "事业单位经营收入"],
        ["other", ["其他收入"], "其他收入"],
      ] as const
    ).map(([key, labels, name]) =>
      cross(`t01-t02.${key}`, ["t01", "t02"], `财务收支预算总表的${name}等于收入预算总表的${name}合计`, unit, cell(incomeLine(t01, ...labels), "total", t01), [cell(income, key, t02)]),
    ),
    cross("t01-t03.total", ["t01", "t03"], "财务收支预算总表的支出总计等于支出预算总表的合计", unit, cell(lineOf(t01, "expenditure", "total"), "total", t01), [cell(spending, "total", t03)]),
    ...byFunctionalClass(t01, t03),
    cross("t04-t01.fiscal", ["t04", "t01"], "财政拨款收支预算总表的收入总计等于财务收支预算总表的财政拨款收入", unit, cell(lineOf(t04, "income", "total"), "total", t04), [cell(incomeLine(t01, "财政拨款收入"), "total", t01)]),
    cross("t04-t05.general", ["t04", "t05"], "财政拨款收支预算总表的一般公共预算支出等于一般公共预算支出功能分类预算表的合计", unit, cell(fiscalLine, "general", t04), [cell(general, "total", t05)]),
    ...byFunctionalClass(t04, t05, "functional", "general"),
    cross("t05-t08.basic", ["t05", "t08"], "一般公共预算支出功能分类预算表的基本支出合计等于基本支出经济分类预算表的合计", unit, cell(general, "basic", t05), [cell(basic, "total", t08)]),
  ];
  // a 单位预算's 表1 splits 支出 into 人员经费, 公用经费 and 项目支出
  const spendingTotal = lineOf(t01, "expenditure", "total");
  if (t01.columns.expenditure.some((c) => c.key === "personnel")) {
    checks.push(
      cross("t01-t03.basic", ["t01", "t03"], "财务收支预算总表支出总计的人员经费加公用经费等于支出预算总表的基本支出合计", unit, cell(spending, "basic", t03), [cell(spendingTotal, "personnel", t01), cell(spendingTotal, "publicUse", t01)]),
      cross("t01-t03.project", ["t01", "t03"], "财务收支预算总表支出总计的项目支出等于支出预算总表的项目支出合计", unit, cell(spending, "project", t03), [cell(spendingTotal, "project", t01)]),
    );
    // where every 基本支出 is 一般公共预算 (表3 and 表5 agree), 表8 splits the same 基本支出
    if (spending?.amounts.basic != null && spending.amounts.basic === general?.amounts.basic) {
      checks.push(
        cross("t01-t08.personnel", ["t01", "t08"], "基本支出全部为一般公共预算时，财务收支预算总表支出总计的人员经费等于基本支出经济分类预算表的人员经费合计", unit, cell(basic, "personnel", t08), [cell(spendingTotal, "personnel", t01)]),
        cross("t01-t08.public-use", ["t01", "t08"], "基本支出全部为一般公共预算时，财务收支预算总表支出总计的公用经费等于基本支出经济分类预算表的公用经费合计", unit, cell(basic, "publicUse", t08), [cell(spendingTotal, "publicUse", t01)]),
      );
    }
  }
  if (t06) checks.push(cross("t04-t06.government-fund", ["t04", "t06"], "财政拨款收支预算总表的政府性基金预算支出等于政府性基金预算支出功能分类预算表的合计", unit, cell(fiscalLine, "governmentFund", t04), [cell(totalRow(t06), "total", t06)]));
  if (t07) checks.push(cross("t04-t07.state-capital", ["t04", "t07"], "财政拨款收支预算总表的国有资本经营预算支出等于国有资本经营预算支出功能分类预算表的合计", unit, cell(fiscalLine, "stateCapital", t04), [cell(totalRow(t07), "total", t07)]));
  return checks;
}
