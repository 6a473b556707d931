import { describe, expect, it } from "vitest";
import type { GridTable, StatementTable } from "../../../src/lib/disclosure/tables.ts";
import { readFixture } from "../../helpers.ts";

/** Each table of the Beijing template, read by its definition from a fixture cut from the real seed. */
const grid = (name: string, key: `t${string}`) => {
  const { table, errors } = readFixture(`beijing/${name}.txt`, key);
  expect(errors).toEqual([]);
  return table as GridTable;
};
const statement = (name: string, key: `t${string}`) => {
  const { table, errors } = readFixture(`beijing/${name}.txt`, key);
  expect(errors).toEqual([]);
  return table as StatementTable;
};
const amounts = (t: GridTable) => t.rows.map((r) => [r.kind, r.amounts]);

describe("预算01表 收支总表", () => {
  const t = statement("t01", "t01");

  it("reads each side on its own: items, 本年合计, 结转, 总计", () => {
    expect(t.income.map((r) => [r.kind, r.label, r.amounts.total, r.line])).toEqual([
      ["item", "一、一般公共预算拨款收入", "96722.180672", 7],
      ["item", "二、政府性基金预算拨款收入", null, 8],
      ["item", "三、国有资本经营预算拨款收入", null, 9],
      ["item", "四、财政专户管理资金收入", null, 10],
      ["subtotal", "本年收入合计", "96722.180672", 11],
      ["carry", "上年结转结余", "4950.849947", 12],
      ["total", "收入总计", "101673.030619", 13],
    ]);
    expect(t.expenditure.map((r) => [r.kind, r.label, r.amounts.total])).toEqual([
      ["item", "一、一般公共服务支出", "87574.015036"],
      ["item", "二、外交支出", null],
      ["item", "三、国防支出", null],
      ["item", "四、公共安全支出", null],
      ["subtotal", "本年支出合计", "101605.173803"],
      ["carry", "年终结转结余", "67.856816"],
      ["total", "支出总计", "101673.030619"],
    ]);
  });

  it("keeps the header as printed, its wrap spaces removed", () => {
    expect(t.columns.income.map((c) => c.header)).toEqual([["收入", "项目"], ["收入", "预算数"]]);
    expect([t.label, t.title, t.unit, t.line]).toEqual(["预算01表", "收支总表", "万元", 1]);
  });
});

describe("预算02表 收入总表", () => {
  it("reads its one row by the names of its columns", () => {
    const t = grid("t02", "t02");
    expect(t.rows).toHaveLength(1);
    // by the set's keys: this year's sources as every region's, 上年结转结余's by source under carryOver…
    expect(t.rows[0]?.amounts).toMatchObject({
      total: "101673.030619",
      thisYear: "96722.180672",
      general: "96722.180672",
      governmentFund: null,
      carryOver: "4950.849947",
      carryOverGeneral: "4781.143823",
      carryOverOther: "169.706124",
    });
    expect(t.columns.map((c) => c.header.join("/")).slice(0, 4)).toEqual(["合计", "本年收入/小计", "本年收入/一般公共预算资金", "本年收入/政府性基金预算资金"]);
  });
});

describe("预算03表 支出总表", () => {
  it("reads three subjects and six amounts a row, and the 合计 row", () => {
    const t = grid("t03", "t03");
    expect(t.rows.map((r) => [r.kind, r.subjects.functional?.code, r.subjects.governmentEconomic?.code, r.subjects.departmentEconomic?.name, r.amounts.total, r.amounts.basic, r.amounts.project, r.line])).toEqual([
      ["item", "2010301", "50101", "基本工资", "1077.766800", "1077.766800", null, 7],
      ["item", "2010301", "50101", "津贴补贴", "1619.079600", "1619.079600", null, 8],
      ["item", "2010301", "50101", "奖金", "1403.373900", "1403.373900", null, 9],
      ["total", undefined, undefined, undefined, "101605.173803", "38197.009752", "63408.164051", 10],
    ]);
    expect(t.rows[3]?.texts).toEqual({ functional: "合计" });
  });
});

describe("预算04表 财政拨款收支总表", () => {
  it("keeps the breakdown of 上年结转结余 as the carry line's parts", () => {
    const t = statement("t04", "t04");
    expect(t.income.filter((r) => r.kind === "carry" || r.kind === "carry-item").map((r) => [r.kind, r.label, r.amounts.total])).toEqual([
      ["carry", "上年结转结余", "4781.143823"],
      ["carry-item", "一、一般公共预算拨款", "4781.143823"],
      ["carry-item", "二、政府性基金预算拨款", null],
      ["carry-item", "三、国有资本经营预算拨款", null],
    ]);
  });
});

describe("预算05表 一般公共预算支出表", () => {
  it("reads code and name from cells of their own, under a three-line header", () => {
    const t = grid("t05", "t05");
    // codes that never begin again are one listing: no groups
    expect(t.rows.map((r) => [r.kind, r.subjects.functional?.code, r.subjects.functional?.name, r.group])).toEqual([
      ["item", "2010301", "行政运行", undefined],
      ["item", "2010302", "一般行政管理事务", undefined],
      ["item", "2014102", "一般行政管理事务", undefined],
      ["total", undefined, undefined, undefined],
    ]);
    expect(t.rows[3]?.amounts).toEqual({ total: "101503.324495", basic: "38186.119752", personnel: "36546.620316", publicUse: "1639.499436", project: "63317.204743", projectExcludingCapital: "60711.673383" });
    expect(t.columns.map((c) => c.header.join("/"))).toEqual(["功能分类科目/科目编码", "功能分类科目/科目名称", "预算数/合计", "预算数/基本支出/小计", "预算数/基本支出/人员经费", "预算数/基本支出/公用经费", "预算数/项目支出/项目支出总数", "预算数/项目支出/扣除基建项目后预算数"]);
  });

  it("numbers the unnamed per-unit blocks where the codes begin again", () => {
    const t = grid("t05-blocks", "t05");
    expect([...new Set(t.rows.filter((r) => r.kind === "item").map((r) => r.group))]).toEqual([1, 2, 3]);
  });
});

describe("预算06表 一般公共预算基本支出表", () => {
  it("finds 合计 in the second subject column, where this table prints it", () => {
    const t = grid("t06", "t06");
    expect(amounts(t)).toEqual([
      ["item", { total: "1077.766800", personnel: "1077.766800", publicUse: null }],
      ["item", { total: "2298.326372", personnel: "2298.326372", publicUse: null }],
      ["total", { total: "38186.119752", personnel: "36546.620316", publicUse: "1639.499436" }],
    ]);
  });
});

describe("预算07表 政府性基金预算支出表", () => {
  it("reads an empty table: only the 合计 row, with no amounts", () => {
    expect(amounts(grid("t07", "t07"))).toEqual([["total", { total: null, basic: null, project: null }]]);
  });

  // every Beijing input so far prints this table empty; a department with 政府性基金 fills it
  it("reads its rows, codes and 合计 where the department has such funds", () => {
    const t = grid("t07-rows", "t07");
    expect(t.rows.map((r) => [r.kind, r.subjects.functional?.code ?? null, r.subjects.functional?.name ?? null, r.amounts, r.line])).toEqual([
      ["item", "2120803", "城市基础设施配套费安排的支出", { total: "1200.500000", basic: null, project: "1200.500000" }, 7],
      ["item", "2296002", "用于社会福利的彩票公益金支出", { total: "35.000000", basic: "5.000000", project: "30.000000" }, 8],
      ["total", null, null, { total: "1235.500000", basic: "5.000000", project: "1230.500000" }, 9],
    ]);
  });
});

describe("预算09表 财政拨款“三公”经费支出表", () => {
  it("reads its one row of six amounts", () => {
    expect(amounts(grid("t09", "t09"))).toEqual([
      ["item", { total: "80.109836", outboundTravel: "51.300000", reception: "7.249836", vehicles: "21.560000", vehiclePurchase: "12.530000", vehicleOperation: "9.030000" }],
    ]);
  });
});

describe("预算10表 政府采购预算明细表", () => {
  it("reads 采购类别 as printed, code and name together", () => {
    const t = grid("t10", "t10");
    expect(t.rows.map((r) => [r.kind, r.texts.category, r.amounts.total])).toEqual([
      ["item", "A-货物", "1168.302000"],
      ["item", "B-工程", "105.200000"],
      ["item", "C-服务", "54033.944001"],
      ["total", "合计", "55307.446001"],
    ]);
  });
});

describe("预算11表 财政拨款政府购买服务明细表", () => {
  it("reads 合计 printed first, then one row per purchase", () => {
    const t = grid("t11", "t11");
    expect(t.rows.map((r) => [r.kind, r.subjects.level1?.code, r.subjects.level2?.code, r.texts.level3, r.amounts.total])).toEqual([
      ["total", undefined, undefined, undefined, "13185.311974"],
      ["item", "01", "0108", "广播电视网络视听活动服务", "216.270000"],
      ["item", "01", "0108", "广播电视网络视听活动服务", "45.000000"],
    ]);
  });
});
