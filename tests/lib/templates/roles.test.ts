import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../../../src/lib/templates/index.ts";
import type { ColumnDef, TableDef } from "../../../src/lib/templates/types.ts";
import { NATIONAL_SET, ROLE_KEYS, roleOfTitle, tableNumber, titleCore } from "../../../src/lib/templates/vocabulary.ts";
import { col } from "../../../src/lib/templates/define.ts";

/** A definition's columns, both sides of a 收支总表 included. */
const columnsOf = (def: TableDef): readonly ColumnDef[] => (def.shape === "grid" ? def.columns : def.shape === "statement" ? [...def.sides.income.columns, ...def.sides.expenditure.columns] : (def.columns ?? []));

/** Each column a definition reads into a key its role does not declare: "role: key". */
const undeclared = (def: TableDef) => columnsOf(def).flatMap((c) => (ROLE_KEYS[def.role].has(c.key) ? [] : [`${def.role}: ${c.key}`]));

describe("the roles of the national set", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s reads every column into a key its table's role declares", (_, template) => {
    expect(template.tables.flatMap(undeclared)).toEqual([]);
  });

  it("catches a template that reads a column into a key no page reads", () => {
    const def = TEMPLATES[0]?.tables.find((d) => d.role === "three-public");
    expect(def?.shape).toBe("grid");
    if (def?.shape !== "grid") return;
    const wrong: TableDef = { ...def, columns: def.columns.map((c) => (c.key === "outboundTravel" ? col("travel", "amount", ...c.headers) : c)) };
    expect(undeclared(wrong)).toEqual(["three-public: travel"]);
  });

  it("declares the keys the pages and checks read", () => {
    expect([...ROLE_KEYS["three-public"]]).toEqual(expect.arrayContaining(["total", "outboundTravel", "reception", "vehicles", "vehiclePurchase", "vehicleOperation"]));
    expect([...ROLE_KEYS.expenditure]).toEqual(expect.arrayContaining(["functional", "total", "basic", "project"]));
    expect([...ROLE_KEYS["basic-economic"]]).toEqual(expect.arrayContaining(["departmentEconomic", "total", "personnel", "publicUse"]));
  });

  it("lists each title core as titleCore reads it, so that a listed title is found", () => {
    for (const vocabulary of NATIONAL_SET) {
      for (const cores of Object.values(vocabulary.titles)) for (const core of cores ?? []) expect([core, titleCore(core)]).toEqual([core, core.replace(/（/g, "(").replace(/）/g, ")")]);
    }
  });

  it.each([
    ["预算01表 收支总表", "summary"],
    ["公开01表收支总表", "summary"],
    ["部门公开表1部门收支总表", "summary"],
    ["表1：2026年市级部门收支预算总表", "summary"],
    ["2026年部门收支总体情况表", "summary"],
    ["2022年部门综合预算收支总表", "summary"],
    ["收入支出决算总表公开01表", "summary"],
    ["一、收支预算总表", "summary"],
    ["2026年度收支预算总表（预算表1）", "summary"],
    ["表7：2026年市级部门一般公共预算“三公”经费预算表", "three-public"],
    ["一般公共预算\"三公\"经费支出表", "three-public"],
    ["一般公共预算支出情况表（按功能分类科目）", "general-budget"],
    ["一般公共预算支出表（按经济分类）", "general-economic"],
    ["2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "basic-economic"],
    ["一般公共预算财政拨款“三公”经费支出决算表", "three-public"],
    // 长春: the year as 本年
    ["本年一般公共预算支出表（预算表5）", "general-budget"],
    // 重庆: numbered in Chinese numerals; 西安: the year run on to the number by the PDF
    ["表八2026年财政拨款“三公”经费支出情况表", "three-public"],
    ["表12022年部门综合预算收支总表", "summary"],
    // 西安 2021: what a table leaves out (不含上年结转) is no part of its name; 部综合预算 as printed
    ["2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）", "general-budget"],
    ["2021年部门综合预算政府性基金收支表（不含上年结转）", "government-fund"],
    ["2021年部综合预算收入总表", "income"],
    // 西安 2022
    ["2022年部门综合预算一般公共预算支出明细表（按功能科目分）", "general-budget"],
    ["2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", "general-economic"],
    ["2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）", "three-public"],
    ["公开09表 财政拨款“三公”经费及会议费、培训费支出决算表", "three-public"],
  ])("reads %s as the %s table", (title, role) => {
    expect(roleOfTitle(title)?.vocabulary.role).toBe(role);
  });

  it.each([
    ["表一2026年部门收支总体情况表", "表一", "2026年部门收支总体情况表"],
    ["表十二2026年市级一般性项目绩效目标表（一级项目）", "表十二", "2026年市级一般性项目绩效目标表（一级项目）"],
    ["表92022年部门综合预算政府性基金收支表", "表9", "2022年部门综合预算政府性基金收支表"],
    ["表12 2022年部门预算专项业务经费绩效目标表", "表12", "2022年部门预算专项业务经费绩效目标表"],
  ])("reads the number of %s as %s", (heading, label, title) => {
    expect(tableNumber(heading)).toEqual({ label, title });
  });
});
