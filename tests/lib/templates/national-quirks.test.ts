import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GridTable, StatementTable } from "../../../src/lib/disclosure/tables.ts";
import { threePublicOf } from "../../../src/lib/disclosure/three-public.ts";
import { beijing } from "../../../src/lib/templates/beijing.ts";
import { national } from "../../../src/lib/templates/national.ts";
import { TableContext } from "../../../src/lib/parse/context.ts";
import { Diagnostics } from "../../../src/lib/parse/errors.ts";
import { parseText, readTable } from "../../../src/lib/parse/index.ts";
import { readPreamble } from "../../../src/lib/parse/preamble.ts";
import { splitSections } from "../../../src/lib/parse/sections.ts";
import { readText } from "../../../src/lib/source/text.ts";
import { readFixture } from "../../helpers.ts";

/*
 * Regions' ways with the national set met in a corpus of unseen PDFs, each in a small text fixture
 * copied from the page (tests/fixtures/national/text): 烟台 (公开表1, 公开表3, 公开表4), 重庆 (表一), 湖州 (表09) and 西安 (表1).
 */
const read = (name: string) => readFixture(`national/text/${name}`, "t01", national);

describe("the national set as regions print it", () => {
  it("reads a 收支总表 that prints 支出 three times, by three classifications, as the table and two of its own (西安 表1)", () => {
    const { table, also, errors } = read("xian-summary.txt");
    expect(errors).toEqual([]);
    const t = table as StatementTable;
    // the first 支出 is the table's, its label headed as 西安 prints it in one year (功能分科目, sic)
    expect(t.columns.expenditure.map((c) => [c.key, c.header.join("/")])).toEqual([
      ["label", "支出/支出功能分科目（按大类）"],
      ["total", "支出/预算数"],
    ]);
    expect(t.expenditure.map((r) => [r.kind, r.label, r.amounts.total])).toEqual([
      ["item", "一、部门预算", "62109297.20"],
      ["subitem", "1、一般公共服务支出", "50037708.13"],
      ["subitem", "2、外交支出", null],
      ["subtotal", "本年支出合计", "62109297.20"],
      ["total", "支出总计", "62109297.20"],
    ]);
    expect(also?.map((b) => b.title)).toEqual(["部门综合预算收支总表（支出：部门预算支出经济分类科目（按大类））", "部门综合预算收支总表（支出：政府预算支出经济分类科目（按大类））"]);
    const [economic] = also as StatementTable[];
    expect(economic?.role).toBe("other");
    expect(economic?.income).toEqual([]);
    expect(economic?.expenditure.map((r) => [r.label, Object.values(r.amounts)[0]])).toEqual([
      ["一、部门预算", "62109297.20"],
      ["1、人员经费和公用经费支出", "36701197.20"],
      ["(1)工资福利支出", "32493937.03"],
      ["本年支出合计", "62109297.20"],
      ["支出总计", "62109297.20"],
    ]);
  });

  it("ends an empty table's header where its numbered lines begin (烟台 公开表4, no figures at all)", () => {
    const { table, errors } = read("yantai-fiscal-empty.txt");
    expect(errors).toEqual([]);
    const t = table as StatementTable;
    expect(t.columns.expenditure.map((c) => c.header.join("/"))).toEqual(["支出/项目", "支出/预算数/总计", "支出/预算数/一般公共预算", "支出/预算数/政府性基金预算", "支出/预算数/国有资本经营预算"]);
    expect(t.income.map((r) => [r.kind, r.label])).toEqual([
      ["item", "一、一般公共预算收入"],
      ["item", "二、政府性基金预算收入"],
      ["item", "三、国有资本经营预算收入"],
      ["subtotal", "本年收入合计"],
      ["total", "收入总计"],
    ]);
  });

  it("reads a table number over a title wrapped onto a second line as one heading (西安 2021 表5, p24)", () => {
    const { table, errors } = readFixture("national/text/xian-wrapped-title.txt", "general-budget", national);
    expect(errors).toEqual([]);
    expect([table?.label, table?.title]).toEqual(["表5", "2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）"]);
    expect((table as GridTable).rows.find((r) => r.kind === "total")?.amounts.total).toBe("258596001.79");
  });

  it("reads a title's qualifier printed on a line of its own as part of the title (西安市交通运输局 2022 表6, p38: （按经济分类科目分）)", () => {
    const { table, errors } = readFixture("national/text/xian-qualifier-line.txt", "general-economic", national);
    expect(errors).toEqual([]);
    expect([table?.label, table?.title, table?.unit]).toEqual(["表6", "2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", "万元"]);
    expect((table as GridTable).rows[0]?.amounts.total).toBe("74868.33");
  });

  it("keeps the blank headers of an empty table as printed (上海市域外农场管理办公室 2026 表6, p12: 类 printed, 款 and 项 left blank)", () => {
    const { table, errors } = read("shanghai-empty-blank-header.txt");
    expect(errors).toEqual([]);
    const t = table as GridTable;
    expect(t.columns.map((c) => [c.key, c.header.join("/")])).toEqual([
      ["functional", "项目/功能分类科目编码/类"],
      ["c2", ""],
      ["c3", ""],
      ["functional", "项目/功能分类科目名称"],
      ["total", "政府性基金预算支出/合计"],
      ["basic", "政府性基金预算支出/基本支出"],
      ["project", "政府性基金预算支出/项目支出"],
    ]);
    expect(t.rows.map((r) => [r.kind, r.amounts.total])).toEqual([["total", null]]);
  });

  it("takes a sentence printed under an empty table's rows for its note, not for a row (湖州 表09)", () => {
    const { table, errors } = read("huzhou-state-capital.txt");
    expect(errors).toEqual([]);
    const t = table as GridTable;
    expect(t.role).toBe("state-capital");
    expect(t.note).toBe("湖州市卫生健康委员会2026年没有使用国有资本经营预算拨款安排的支出，故此表无数据。");
    expect(t.rows.map((r) => [r.kind, r.amounts.project])).toEqual([["total", null]]);
  });

  it("reads a 收支总表 whose 合计 is printed first on both sides (重庆 表一)", () => {
    const { table, errors } = read("chongqing-summary.txt");
    expect(errors).toEqual([]);
    const income = (table as StatementTable).income;
    expect(income.map((r) => [r.kind, r.label, r.amounts.total])).toEqual([
      ["total", "合计", "583429.56"],
      ["item", "一、一般公共预算资金", "227955.11"],
      ["item", "二、政府性基金预算资金", "46209.19"],
      ["item", "三、国有资本经营预算资金", null],
      ["item", "四、财政专户管理资金", null],
      ["item", "五、事业收入资金", "275.00"],
      ["item", "六、上级补助收入资金", null],
      ["item", "七、附属单位上缴收入资金", null],
      ["item", "八、事业单位经营收入资金", "143181.29"],
      ["item", "九、其他收入资金", "165808.97"],
    ]);
  });

  it("reads numbered lines under an unnumbered carry line as its parts (深圳市公安局 2026 收支总表, pp. 17–18: 上年结余、结转 / 1.财政拨款结余、结转 / 2.非财政拨款结余、结转)", () => {
    const { table, errors } = read("shenzhen-carry-parts.txt");
    expect(errors).toEqual([]);
    const t = table as StatementTable;
    expect(t.income.slice(-4).map((r) => [r.kind, r.label, r.amounts.total])).toEqual([
      ["carry", "上年结余、结转", "2616.24"],
      ["carry-item", "1.财政拨款结余、结转", "2347.87"],
      ["carry-item", "2.非财政拨款结余、结转", "268.37"],
      ["total", "收入总计", "204397.58"],
    ]);
  });

  it("reads a 类's 款 and 项 printed under the same name as details of it, not items again (深圳市人民政府口岸办公室 2026 收支总表, p16: 五、其他支出 / 其他支出 / 其他支出)", () => {
    const { table, errors } = read("shenzhen-same-name-detail.txt");
    expect(errors).toEqual([]);
    expect((table as StatementTable).expenditure.slice(2, 5).map((r) => [r.kind, r.label])).toEqual([
      ["item", "五、其他支出"],
      ["detail", "其他支出"],
      ["detail", "其他支出"],
    ]);
  });

  it("reads the lines 烟台 prints between 本年收入合计 and 收入总计 (上级补助收入, 附属单位上缴收入 …) as lines the 总计 adds", () => {
    const { table, errors } = read("yantai-summary.txt");
    expect(errors).toEqual([]);
    const t = table as StatementTable;
    expect(t.income.filter((r) => r.kind === "carry").map((r) => r.label)).toEqual(["上级补助收入", "附属单位上缴收入", "使用非财政拨款结余", "上年结转"]);
    expect(t.expenditure.filter((r) => r.kind === "carry").map((r) => r.label)).toEqual(["对附属单位的补助支出", "上缴上级支出", "结转下年"]);
    expect(t.income.find((r) => r.kind === "total")?.amounts.total).toBe("5875.24");
  });

  it("joins a 项's code from the 类 and 款 printed on the rows above it, each row printing its own part only (烟台 公开表3)", () => {
    const { table, errors } = read("yantai-expenditure.txt");
    expect(errors).toEqual([]);
    expect((table as GridTable).rows.map((r) => [r.kind, r.subjects.functional?.code, r.amounts.total])).toEqual([
      ["subtotal", "224", "4827.84"],
      ["subtotal", "22401", "4177.58"],
      ["item", "2240101", "1945.89"],
      ["item", "2240102", "95.00"],
      ["item", "2240106", "682.00"],
      ["item", "2240108", "100.00"],
      ["item", "2240109", "514.17"],
      ["item", "2240150", "835.51"],
      ["item", "2240199", "5.00"],
      ["subtotal", "22405", "55.26"],
      ["item", "2240550", "13.26"],
      ["item", "2240599", "42.00"],
      ["subtotal", "22407", "595.00"],
      ["item", "2240799", "595.00"],
    ]);
  });
});

describe("the “三公” figures of a table that prints last year's beside this year's (烟台 公开表9)", () => {
  it("are this year's", () => {
    const { table, errors } = read("yantai-three-public.txt");
    expect(errors).toEqual([]);
    expect(threePublicOf(table as GridTable, 2026)?.amounts).toMatchObject({ total: "18.26", vehicles: "8.71", vehicleOperation: "8.71", reception: "9.55" });
    expect(threePublicOf(table as GridTable, 2025)?.amounts).toMatchObject({ total: "48.75", vehicles: "39.20", vehicleOperation: "39.20", reception: "9.55" });
  });
});

describe("a table's preamble and header as 湖州 prints them", () => {
  it("reads a bare 万元 beside the unit's coded name as the unit, and a row of ** under the header as numbering", () => {
    const { table, errors } = read("huzhou-projects.txt");
    expect(errors).toEqual([]);
    const t = table as GridTable;
    expect(t.unit).toBe("万元");
    expect(t.columns.map((c) => [c.key, c.header.join("/")])).toEqual([
      ["unit", "单位名称"],
      ["projectName", "项目名称"],
      ["total", "金额"],
      ["c4", "项目总体绩效目标"],
    ]);
    expect(t.rows.map((r) => [r.kind, r.amounts.total])).toEqual([
      ["total", "51856.41"],
      ["item", "2260.95"],
    ]);
  });
});

describe("a table printed in blocks side by side (国家信访局 2024 公开06表, p12)", () => {
  it("reads each block's rows under the role's columns, blocks under one label as one group, the 合计 of a label spanning two blocks as one row", () => {
    const { table, errors } = read("central-basic-blocks.txt");
    expect(errors).toEqual([]);
    const t = table as GridTable;
    expect(t.columns.map((c) => [c.key, c.half])).toEqual([
      ["departmentEconomic", 1], ["departmentEconomic", 1], ["total", 1],
      ["departmentEconomic", 2], ["departmentEconomic", 2], ["total", 2],
      ["departmentEconomic", 3], ["departmentEconomic", 3], ["total", 3],
    ]);
    // down the 人员经费 block, then the two 公用经费 blocks as one group
    expect(t.rows.map((r) => [r.kind, r.group, r.block, r.subjects.departmentEconomic?.code ?? r.texts.departmentEconomic, r.amounts.total])).toEqual([
      ["subtotal", 1, 1, "301", "6982.75"],
      ["item", 1, 1, "30101", "1857.40"],
      ["item", 1, 1, "30102", "2603.59"],
      ["item", 1, 1, "30103", "143.61"],
      ["total", 1, 1, "人员经费合计", "7967.72"],
      ["subtotal", 2, 2, "302", "2239.41"],
      ["item", 2, 2, "30201", "83.92"],
      ["item", 2, 2, "30202", "16.90"],
      ["item", 2, 2, "30203", "1.55"],
      // its figure printed in the third block, under the merged cell of its label
      ["total", 2, 2, "公用经费合计", "2266.65"],
      ["subtotal", 2, 3, "307", null],
      ["item", 2, 3, "30701", null],
      ["item", 2, 3, "30702", null],
      ["item", 2, 3, "310", "27.24"],
    ]);
  });

  it("reads blocks under no label of their own as one group where one 合计 closes them (西安 2022 公开06表, pp. 157–158: 公用经费合计 under 302 … and 310 …)", () => {
    const { table, errors } = read("xian-basic-blocks.txt");
    expect(errors).toEqual([]);
    const t = table as GridTable;
    expect(t.rows.filter((r) => r.kind === "total").map((r) => [r.group, r.texts.departmentEconomic, r.amounts.total])).toEqual([
      [1, "人员经费合计", "96513.21"],
      [2, "公用经费合计", "2093.08"],
    ]);
    // 302 … and 310 … are the 公用经费 group, each in its own block
    expect(t.rows.filter((r) => r.kind !== "total").map((r) => [r.subjects.departmentEconomic?.code, r.group, r.block])).toEqual([
      ["301", 1, 1], ["30101", 1, 1], ["30102", 1, 1], ["303", 1, 1],
      ["302", 2, 2], ["30201", 2, 2], ["30202", 2, 2], ["30299", 2, 2],
      ["310", 2, 3], ["31001", 2, 3], ["31002", 2, 3], ["39999", 2, 3],
    ]);
  });

  it("reads a table printed in the text under no title of its own, and gives its goals to the projects listed by name (深圳 第七部分, pp. 10–11 and 23)", () => {
    const file = "tests/fixtures/national/text/shenzhen-goals.txt";
    const d = parseText(readFileSync(file), file);
    expect(d.tables.map((t) => [t.key, t.role, t.label, t.title])).toEqual([
      ["t01", "project-expenditure", "表5", "项目支出总表"],
      // numbered after the tables printed with titles, which keep their numbers
      ["t02", "projects", "正文中的表", "第七部分 重点项目预算绩效情况说明"],
    ]);
    expect(d.projects.map((p) => [p.id, p.name, p.total, p.agency ?? null, p.line])).toEqual([
      ["p1", "社工服务项目", "498.82", "深圳市信访局", 15],
      ["p2", "信访大厅运行", "603.84", "深圳市信访局", 16],
      ["p3", "信访专项", "486.39", null, 17],
      ["p4", "预算准备金", "4.90", null, 18],
      ["p5", "政务信息化项目（系统业务运营服务）", "0.44", null, 19],
      ["p6", "综合管理", "17.91", null, 20],
    ]);
    // each goal keeps its own place in the text, apart from its project's row in the list
    expect(d.projects.map((p) => p.goalAt ?? null)).toEqual([{ line: 5 }, { line: 6 }, null, null, null, null]);
    // the goal whole, its cell split by a page break onto a row of its own
    expect(d.projects[1]?.goal).toEqual([{ kind: "paragraph", text: "1.通过预算投入，聘请符合资质的保安团队；2.通过预算投入，聘请常驻律师至少6名，推动“普法”与信访无缝衔接，全面构建深圳信访工作新体。" }]);
  });

  it("reads a unit printed at the end of the title's line as the table's unit (北京市公安局 2026 预算11表, p17: 预算11表项目支出绩效目标表金额单位：万元)", () => {
    const file = "tests/fixtures/national/text/beijing-unit-on-title.txt";
    const diagnostics = new Diagnostics(file);
    const [section] = splitSections(readText(readFileSync(file), file).lines, beijing, diagnostics).tables;
    expect(diagnostics.errors).toEqual([]);
    expect([section?.def.role, section?.label, section?.title]).toEqual(["projects", "预算11表", "项目支出绩效目标表"]);
    // the unit stands first in the table, at the title's line, where the table reads it
    expect(section?.lines[0]).toEqual({ line: 1, cells: ["金额单位：万元"] });
    expect(readPreamble(new TableContext(section!, diagnostics), section!.lines).unit).toBe("万元");
  });

  it("reads a title's qualifier between the title and its unit as the title's, not a row (西安市民政局 2021 表7, p53: （按支出功能分类科目-不含上年结转）)", () => {
    const { table, errors } = read("xian-qualifier-unit.txt");
    expect(errors).toEqual([]);
    const t = table as GridTable;
    expect(t.unit).toBe("元");
    expect(t.rows.map((r) => [r.kind, r.subjects.functional?.code ?? null, r.amounts.total])).toEqual([
      ["total", null, "144907052.43"],
      ["subtotal", "205", "283214.00"],
      ["subtotal", "20508", "283214.00"],
      ["item", "2050803", "283214.00"],
    ]);
  });

  it("makes one row of a row the page break cut in two, an amount's last digit and the name's end atop the next page (杭州市公安局 2026 收入总表, pp. 21–22: 12,437.3 | 6)", () => {
    const header = ["单位名称", "总计", "本年收入", "事业收入"];
    const at = (page: number, line: number, cells: string[]) => ({ page, line, cells });
    const lines = [
      at(21, 1, ["2026年市级部门收入预算总表", "", "", ""]),
      at(21, 2, ["单位：万元", "", "", ""]),
      at(21, 3, header),
      at(21, 4, ["合计", "20,000.00", "20,000.00", "12,437.36"]),
      at(21, 5, ["杭州市机动", "14,549.64", "14,549.64", "12,437.3"]),
      at(22, 1, ["车驾驶员考试服务中心", "", "", "6"]),
      at(22, 2, ["杭州市公安局地铁分局", "5,450.36", "5,450.36", ""]),
    ];
    const diagnostics = new Diagnostics("x.pdf");
    const [section] = splitSections(lines, national, diagnostics).tables;
    const { table } = readTable(new TableContext(section!, diagnostics));
    expect(diagnostics.errors).toEqual([]);
    expect((table as GridTable).rows.map((r) => [r.texts.unit, r.amounts.business ?? null, r.page, r.line])).toEqual([
      ["合计", "12437.36", 21, 4],
      ["杭州市机动车驾驶员考试服务中心", "12437.36", 21, 5],
      ["杭州市公安局地铁分局", null, 22, 2],
    ]);
  });

  it("gives the end of a name wrapped out of its cell to the row it belongs to, whether before the next row's code or on a line of its own (北京市生态环境局 2026 预算03表, pp. 5 and 8)", () => {
    const at = (line: number, cells: string[]) => ({ page: 5, line, cells });
    const lines = [
      at(1, ["预算03表支出总表", "", "", "", ""]),
      at(2, ["金额单位：万元", "", "", "", ""]),
      at(3, ["支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "合计", "基本支出"]),
      at(4, ["2080506-机关事业单位职业年金", "50102-社会保障缴费", "30109-职业年金缴费", "462.604128", "462.604128"]),
      at(5, ["缴费支出2080506-机关事业单位职业年金", "50501-工资福利支出", "30109-职业年金缴费", "824.689716", "824.689716"]),
      at(6, ["缴费支出"]),
    ];
    const diagnostics = new Diagnostics("x.pdf");
    const [section] = splitSections(lines, beijing, diagnostics).tables;
    const { table } = readTable(new TableContext(section!, diagnostics));
    expect(diagnostics.errors).toEqual([]);
    expect((table as GridTable).rows.map((r) => [r.subjects.functional?.code, r.subjects.functional?.name, r.amounts.total])).toEqual([
      ["2080506", "机关事业单位职业年金缴费支出", "462.604128"],
      ["2080506", "机关事业单位职业年金缴费支出", "824.689716"],
    ]);
  });
});
