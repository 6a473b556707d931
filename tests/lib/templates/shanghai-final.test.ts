import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { gridOf, singleRow, statementOf, totalRow, withoutNumber } from "../../../src/lib/disclosure/access.ts";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import type { GridRow, GridTable, StatementLine, StatementRow, StatementTable, TableKey } from "../../../src/lib/disclosure/tables.ts";
import { need, parsedFile } from "../../helpers.ts";

/*
 * The two Shanghai (普陀区) 2024 部门决算 in seeds/, pinned against the printed pages. Every figure
 * below was read off the page image (pdftoppm -r 110, zoomed to -r 250/300 where a digit was in
 * doubt), not taken from the parser: each table's 合计/总计 and two to four other rows. The page
 * given with each row is where it was read. Amounts are in 万元, in the model's form: as printed,
 * without thousands separators; null for a cell printed empty.
 */

type Amounts = Record<string, string | null>;
/** a statement line: its printed label without numbering, its kind, its amounts */
type Line = [label: string, kind: StatementLine, amounts: Amounts];
/** a grid row: its subject code (类/款/项 joined), subject name, page, amounts */
type Row = [code: string, name: string, page: number, amounts: Amounts];
/** a row of 表6: its 经济分类 code, name, half (1 人员经费, 2 公用经费), page, 决算数 */
type EconomicRow = [code: string, name: string, group: 1 | 2, page: number, total: string | null];

interface Statement {
  income: Line[];
  expenditure: Line[];
  note?: string;
}
/**
 * The balance of a 收支总表 as printed: the income side's parts (本年收入合计, then the carry lines
 * added to it) and its 总计; the expenditure side's likewise; and whether both sides add up exactly
 * to one and the same 总计.
 */
interface Balance {
  income: { parts: [label: string, total: string | null][]; total: string | null };
  expenditure: { parts: [label: string, total: string | null][]; total: string | null };
  holds: boolean;
}
interface Grid {
  /** the 合计 row: its page and amounts */
  total: [page: number, amounts: Amounts];
  rows: Row[];
  note?: string;
}
interface Doc {
  file: string;
  department: string;
  /** the page each table starts on */
  pages: Record<TableKey, number>;
  t01: Statement;
  t01Balance: Balance;
  t04: Statement;
  t04Balance: Balance;
  grids: Record<"t02" | "t03" | "t05", Grid>;
  /** 一般公共预算财政拨款基本支出决算表: 人员经费合计 and 公用经费合计 (page, 决算数), sample rows */
  t06: { totals: [personnel: [page: number, total: string], publicUse: [page: number, total: string]]; rows: EconomicRow[]; note?: string };
  /** 财政拨款“三公”经费支出决算表: its one row */
  t07: { amounts: Amounts; note?: string };
  /** 政府性基金 and 国有资本经营 收入支出决算表: printed empty, with a 注/说明 */
  t08: { page: number; note: string };
  t09: { page: number; note: string };
  /** the parts of the text: id, title as printed (whitespace aside), the page it starts on */
  narrative: [id: string, title: string, page: number][];
  /** 部门决算单位构成: 序号 | 单位名称 | 备注, as printed ("" for an empty 备注) */
  units: [no: string, name: string, remark: string][];
}

const one = (total: string | null): Amounts => ({ total });
/** 财政拨款收入支出决算总表 支出: 合计, 一般公共预算财政拨款, 政府性基金预算财政拨款, 国有资本经营预算财政拨款 */
const f4 = (total: string | null, general: string | null, governmentFund: string | null = null, stateCapital: string | null = null): Amounts => ({ total, general, governmentFund, stateCapital });
/** 收入决算表: 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入 */
const inc = (total: string | null, fiscal: string | null, other: string | null = null, superior: string | null = null, business: string | null = null, operating: string | null = null, subordinate: string | null = null): Amounts => ({
  total,
  fiscal,
  superior,
  business,
  operating,
  subordinate,
  other,
});
/** 支出决算表: 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出 */
const out = (total: string | null, basic: string | null, project: string | null): Amounts => ({ total, basic, project, remitToSuperior: null, businessOperating: null, subsidyToSubordinate: null });
/** 一般公共预算财政拨款支出决算表: 合计, 基本支出, 项目支出 */
const g3 = (total: string | null, basic: string | null, project: string | null): Amounts => ({ total, basic, project });
/** “三公”: 预算数 and 决算数 of 合计, 因公出国(境)费, 公务用车购置及运行(维护)费 小计, 购置费, 运行(维护)费, 公务接待费 */
const sg = (all: [string | null, string | null], outbound: [string | null, string | null], vehicles: [string | null, string | null], purchase: [string | null, string | null], operation: [string | null, string | null], reception: [string | null, string | null]): Amounts => ({
  totalBudget: all[0],
  total: all[1],
  outboundTravelBudget: outbound[0],
  outboundTravel: outbound[1],
  vehiclesBudget: vehicles[0],
  vehicles: vehicles[1],
  vehiclePurchaseBudget: purchase[0],
  vehiclePurchase: purchase[1],
  vehicleOperationBudget: operation[0],
  vehicleOperation: operation[1],
  receptionBudget: reception[0],
  reception: reception[1],
});
const NONE: [null, null] = [null, null];
const ZERO: [string, string] = ["0.00", "0.00"];
/** 政府性基金 / 国有资本经营 收入支出决算表: 年初结转和结余, 本年收入, 本年支出 小计 / 基本 / 项目, 年末结转和结余 */
const EMPTY_FUND: Amounts = { opening: null, income: null, spending: null, basic: null, project: null, closing: null };

// ——— 财政局 2024 部门决算 (25 pages): 概况 p4–5 (单位构成 p5), t01 p6–7, t02 p8–9, t03 p10–11, t04 p12–13
// (p14 an empty ruled row), t05 p15, t06 p16–17, t07 p18, t08 p19, t09 p20, 情况说明 p21–24, 名词解释 p25.
// As printed: 社会保障和就业支出 is 326.71 in 表1 and 表4 but 326.72 in 表2, 表3, 表5 (and in the text),
// so 表2/3/5's 类 rows add up to 0.01 more than their 合计 (2,946.26 / 2,940.06 / 基本 2,336.92).
const caizhengju: Doc = {
  file: "sh-putuo-caizhengju-2024-final.pdf",
  department: "上海市普陀区财政局",
  pages: { t01: 6, t02: 8, t03: 10, t04: 12, t05: 15, t06: 16, t07: 18, t08: 19, t09: 20 },
  t01: {
    income: [
      ["一般公共预算财政拨款收入", "item", one("2940.05")],
      ["政府性基金预算财政拨款收入", "item", one(null)],
      ["其他收入", "item", one("6.20")],
      ["本年收入合计", "subtotal", one("2946.25")],
      ["使用非财政拨款结余（含专用结余）", "carry", one(null)],
      ["年初结转和结余", "carry", one("49.14")],
      ["总计", "total", one("2995.39")],
    ],
    expenditure: [
      ["一般公共服务支出", "item", one("2106.66")],
      ["外交支出", "item", one(null)],
      ["社会保障和就业支出", "item", one("326.71")],
      ["卫生健康支出", "item", one("60.99")],
      ["住房保障支出", "item", one("445.69")],
      ["本年支出合计", "subtotal", one("2940.05")],
      ["结余分配", "carry", one(null)],
      ["年末结转和结余", "carry", one("55.34")],
      ["总计", "total", one("2995.39")],
    ],
  },
  t01Balance: {
    income: { parts: [["本年收入合计", "2946.25"], ["使用非财政拨款结余（含专用结余）", null], ["年初结转和结余", "49.14"]], total: "2995.39" },
    expenditure: { parts: [["本年支出合计", "2940.05"], ["结余分配", null], ["年末结转和结余", "55.34"]], total: "2995.39" },
    holds: true,
  },
  t04: {
    income: [
      ["一般公共预算财政拨款", "item", one("2940.05")],
      ["政府性基金预算财政拨款", "item", one(null)],
      ["本年收入合计", "subtotal", one("2940.05")],
      ["年初财政拨款结转和结余", "carry", one("21.63")],
      ["一般公共预算财政拨款", "carry-item", one("21.63")],
      ["国有资本经营预算财政拨款", "carry-item", one(null)],
      ["总计", "total", one("2961.68")],
    ],
    expenditure: [
      ["一般公共服务支出", "item", f4("2106.66", "2106.66")],
      ["社会保障和就业支出", "item", f4("326.71", "326.71")],
      ["住房保障支出", "item", f4("445.69", "445.69")],
      ["本年支出合计", "subtotal", f4("2940.05", "2940.05")],
      ["年末财政拨款结转和结余", "carry", f4("21.63", "21.63")],
      ["总计", "total", f4("2961.68", "2961.68")],
    ],
  },
  t04Balance: {
    income: { parts: [["本年收入合计", "2940.05"], ["年初财政拨款结转和结余", "21.63"]], total: "2961.68" },
    expenditure: { parts: [["本年支出合计", "2940.05"], ["年末财政拨款结转和结余", "21.63"]], total: "2961.68" },
    holds: true,
  },
  grids: {
    t02: {
      total: [8, inc("2946.25", "2940.05", "6.20")],
      rows: [
        ["2010601", "行政运行", 8, inc("1511.90", "1511.89", "0.01")],
        ["2010602", "一般行政管理事务", 8, inc("16.19", "10.00", "6.19")],
        ["208", "社会保障和就业支出", 8, inc("326.72", "326.72")],
        ["2210203", "购房补贴", 9, inc("258.50", "258.50")],
      ],
    },
    t03: {
      total: [10, out("2940.05", "2336.91", "603.14")],
      rows: [
        ["2010601", "行政运行", 10, out("1511.89", "1503.52", "8.37")],
        ["2010608", "财政委托业务支出", 10, out("449.52", null, "449.52")],
        ["208", "社会保障和就业支出", 10, out("326.72", "326.72", null)],
        ["2210203", "购房补贴", 11, out("258.50", "258.50", null)],
      ],
    },
    t05: {
      total: [15, g3("2940.05", "2336.91", "603.14")],
      rows: [
        ["20106", "财政事务", 15, g3("2106.66", "1503.52", "603.14")],
        ["2010607", "信息化建设", 15, g3("135.25", null, "135.25")],
        ["2080505", "机关事业单位基本养老保险缴费支出", 15, g3("160.75", "160.75", null)],
        ["2101101", "行政单位医疗", 15, g3("60.99", "60.99", null)],
      ],
    },
  },
  // 301's 款 rows add up to 2,082.86 (printed 2,082.85), 302's to 171.09 (printed 171.07)
  t06: {
    totals: [
      [17, "2152.26"],
      [17, "184.65"],
    ],
    rows: [
      ["301", "工资福利支出", 1, 16, "2082.85"],
      ["30102", "津贴补贴", 1, 16, "1238.58"],
      ["30103", "奖金", 1, 16, null],
      ["30302", "退休费", 1, 16, "69.10"],
      ["30309", "奖励金", 1, 17, "0.31"],
      ["302", "商品和服务支出", 2, 16, "171.07"],
      ["30228", "工会经费", 2, 17, "24.42"],
      ["310", "资本性支出", 2, 17, "13.58"],
    ],
  },
  t07: { amounts: sg(["0.95", null], NONE, NONE, NONE, NONE, ["0.95", null]) },
  t08: { page: 19, note: "注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。" },
  t09: { page: 20, note: "注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。" },
  narrative: [
    ["functions", "一、主要职能", 4],
    ["organization", "二、部门决算单位构成", 5],
    ["explanation", "第三部分上海市普陀区财政局2024年度部门决算情况说明", 21],
    ["performance", "十、预算绩效管理情况", 23],
    ["other", "十一、其他重要事项的情况说明", 23],
    ["glossary", "第四部分 名词解释", 25],
  ],
  units: [
    ["1", "上海市普陀区财政局（本级）", ""],
    ["2", "上海市普陀区财政局财政所", "预算不单列，并入本级"],
    ["3", "上海市普陀区国库收付中心", "预算不单列，并入本级"],
  ],
};

// ——— 规划和自然资源局 2024 部门决算 (30 pages; codes printed whole in one column): 概况 p4–6 (单位构成
// p6), t01 p7, t02 p8–9, t03 p10–11, t04 p12–13, t05 p14–15, t06 p16, t07 p17, t08 p18, t09 p19, 情况说明
// p20–28, 名词解释 p29–30. Every table carries a 注 under it (表8 and 表9 a 说明 too).
// As printed: 表1 has 卫生健康支出 236.63 and 城乡社区支出 3,845.25 where 表3 has 236.64 and 3,845.24;
// 表4 has 卫生健康支出 236.63 where 表5 has 236.64, so 表4's 类 lines add up to 9,746.49; 表5's 合计 (and
// 212, 21201, 2120101) print 合计 0.01 more than 基本 + 项目; 表6's 人员经费 rows add up to 4,884.10
// (printed 4,884.09) and 302's 款 rows to 440.88 (printed 440.90). The text (p24) gives 基本支出 5,377.64
// and 人员经费 4,896.98: 表3's 基本支出 (all funds), not 表5/表6's 5,364.75 and 4,884.09.
const guihuaziyuanju: Doc = {
  file: "sh-putuo-guihuaziyuanju-2024-final.pdf",
  department: "上海市普陀区规划和自然资源局",
  pages: { t01: 7, t02: 8, t03: 10, t04: 12, t05: 14, t06: 16, t07: 17, t08: 18, t09: 19 },
  t01: {
    income: [
      ["一般公共预算财政拨款收入", "item", one("9746.50")],
      ["其他收入", "item", one(null)],
      ["本年收入合计", "subtotal", one("9746.50")],
      ["使用非财政拨款结余", "carry", one(null)],
      ["年初结转和结余", "carry", one("112.88")],
      ["总计", "total", one("9859.38")],
    ],
    expenditure: [
      ["一般公共服务支出", "item", one(null)],
      ["社会保障和就业支出", "item", one("754.75")],
      ["卫生健康支出", "item", one("236.63")],
      ["城乡社区支出", "item", one("3845.25")],
      ["自然资源海洋气象等支出", "item", one("4461.67")],
      ["住房保障支出", "item", one("461.08")],
      ["本年支出合计", "subtotal", one("9759.38")],
      ["结余分配", "carry", one(null)],
      ["年末结转和结余", "carry", one("100.00")],
      ["总计", "total", one("9859.38")],
    ],
    note: "注：本表反映部门本年度的总收支和年末结转结余情况。",
  },
  t01Balance: {
    income: { parts: [["本年收入合计", "9746.50"], ["使用非财政拨款结余", null], ["年初结转和结余", "112.88"]], total: "9859.38" },
    expenditure: { parts: [["本年支出合计", "9759.38"], ["结余分配", null], ["年末结转和结余", "100.00"]], total: "9859.38" },
    holds: true,
  },
  t04: {
    income: [
      ["一般公共预算财政拨款", "item", one("9746.50")],
      ["国有资本经营预算财政拨款", "item", one(null)],
      ["本年收入合计", "subtotal", one("9746.50")],
      ["年初财政拨款结转和结余", "carry", one(null)],
      ["一般公共预算财政拨款", "carry-item", one(null)],
      ["总计", "total", one("9746.50")],
    ],
    expenditure: [
      ["社会保障和就业支出", "item", f4("754.75", "754.75")],
      ["卫生健康支出", "item", f4("236.63", "236.63")],
      ["城乡社区支出", "item", f4("3832.36", "3832.36")],
      ["自然资源海洋气象等支出", "item", f4("4461.67", "4461.67")],
      ["本年支出合计", "subtotal", f4("9746.50", "9746.50")],
      ["年末财政拨款结转和结余", "carry", f4(null, null)],
      ["总计", "total", f4("9746.50", "9746.50")],
    ],
    note: "注：本表反映部门本年度财政拨款总收支和结转结余情况。",
  },
  t04Balance: {
    income: { parts: [["本年收入合计", "9746.50"], ["年初财政拨款结转和结余", null]], total: "9746.50" },
    expenditure: { parts: [["本年支出合计", "9746.50"], ["年末财政拨款结转和结余", null]], total: "9746.50" },
    holds: true,
  },
  grids: {
    t02: {
      total: [8, inc("9746.50", "9746.50")],
      rows: [
        ["2080505", "机关事业单位基本养老保险缴费支出", 8, inc("446.11", "446.11")],
        ["210", "卫生健康支出", 8, inc("236.64", "236.64")],
        ["21202", "城乡社区规划与管理", 9, inc("2739.56", "2739.56")],
        ["2200150", "事业运行", 9, inc("4416.67", "4416.67")],
      ],
      note: "注：本表反映部门本年度取得的各项收入情况。",
    },
    t03: {
      total: [10, out("9759.38", "5377.64", "4381.74")],
      rows: [
        ["2080501", "行政单位离退休", 10, out("54.53", "54.53", "0.00")],
        ["212", "城乡社区支出", 11, out("3845.24", "1585.59", "2259.65")],
        ["2120101", "行政运行", 11, out("1105.68", "1096.91", "8.77")],
        ["2200199", "其他自然资源事务支出", 11, out("45.00", "0.00", "45.00")],
      ],
      note: "注：本表反映部门本年度各项支出情况。",
    },
    t05: {
      total: [15, g3("9746.50", "5364.75", "4381.74")],
      rows: [
        ["210", "卫生健康支出", 14, g3("236.64", "236.64", "0.00")],
        ["2120101", "行政运行", 14, g3("1092.80", "1084.02", "8.77")],
        ["22001", "自然资源事务", 14, g3("4461.67", "2339.58", "2122.09")],
        ["2210203", "购房补贴", 15, g3("171.49", "171.49", "0.00")],
      ],
      note: "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
    },
  },
  t06: {
    totals: [
      [16, "4884.09"],
      [16, "480.66"],
    ],
    rows: [
      ["301", "工资福利支出", 1, 16, "4816.14"],
      ["30107", "绩效工资", 1, 16, "1594.02"],
      ["30110", "职工基本医疗保险缴费", 1, 16, "236.63"],
      ["303", "对个人和家庭的补助", 1, 16, "67.96"],
      ["30103", "奖金", 1, 16, "0.00"],
      ["302", "商品和服务支出", 2, 16, "440.90"],
      ["30209", "物业管理费", 2, 16, "82.20"],
      ["31002", "办公设备购置", 2, 16, "39.76"],
    ],
    note: "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
  },
  t07: { amounts: sg(["2.85", "0.39"], ZERO, ZERO, ZERO, ZERO, ["2.85", "0.39"]), note: "注：本表反映部门本年度“三公”经费支出预决算情况。" },
  t08: {
    page: 18,
    note: "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
  },
  t09: {
    page: 19,
    note: "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",
  },
  narrative: [
    ["functions", "一、主要职能", 4],
    ["organization", "二、部门决算单位构成", 6],
    ["explanation", "第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算情况说明", 20],
    ["performance", "十、预算绩效管理情况", 26],
    ["other", "十一、其他重要事项的情况说明", 27],
    ["glossary", "第四部分 名词解释", 29],
  ],
  units: [
    ["1", "上海市普陀区规划和自然资源局（本级）", ""],
    ["2", "上海市普陀区规划和自然资源局执法大队（下属参公事业单位）", ""],
    ["3", "上海市普陀区土地发展中心（下属事业单位）", ""],
    ["4", "上海市普陀区自然资源确权登记事务中心（下属事业单位）", ""],
    ["5", "上海市普陀区规划和自然资源管理事务中心（下属事业单位）", ""],
  ],
};

const DOCS = [caizhengju, guihuaziyuanju];

const load = (file: string): Promise<Disclosure> => parsedFile(`seeds/${file}`);

/** the row of a subject code, in whichever classification the table has (and in the half given) */
function rowOf(t: GridTable, code: string, group?: number): GridRow {
  return need(
    t.rows.find((r) => (group === undefined || r.group === group) && Object.values(r.subjects).some((s) => s.code === code)),
    `${t.key} row ${code}`,
  );
}

/** a statement line by its printed label (numbering aside) and kind */
function lineBy(t: StatementTable, side: "income" | "expenditure", label: string, kind?: StatementLine): StatementRow {
  return need(
    t[side].find((r) => withoutNumber(r.label) === label && (kind === undefined || r.kind === kind)),
    `${t.key} ${side} ${label}${kind ? ` (${kind})` : ""}`,
  );
}

/** each pinned amount, by its column; a missing key in the model counts as a mismatch */
function expectAmounts(actual: Record<string, string | null | undefined>, expected: Amounts, where: string): void {
  for (const [column, value] of Object.entries(expected)) expect(actual[column], `${where} ${column}`).toBe(value);
}

const sum = (figures: (string | null | undefined)[]): Decimal => figures.reduce<Decimal>((acc, f) => acc.plus(f ?? 0), new Decimal(0));
/** whether both sides add up exactly to one 总计 */
const balances = (b: { income: { parts: (string | null | undefined)[]; total: string | null | undefined }; expenditure: { parts: (string | null | undefined)[]; total: string | null | undefined } }): boolean =>
  b.income.total === b.expenditure.total && sum(b.income.parts).eq(b.income.total ?? 0) && sum(b.expenditure.parts).eq(b.expenditure.total ?? 0);
const blank = (text: string): string => text.replace(/\s+/g, "");

for (const doc of DOCS) {
  describe(doc.file, () => {
    let d: Disclosure;
    beforeAll(async () => {
      d = await load(doc.file);
    }, 60_000);

    it("is the disclosure printed on its cover", () => {
      expect([d.department, d.year, d.kind, d.scope, d.region]).toEqual([doc.department, 2024, "final", "department", "上海市普陀区"]);
    });

    it("starts each table on its printed page, all in 万元", () => {
      expect(Object.fromEntries(d.tables.map((t) => [t.key, t.page]))).toEqual(doc.pages);
      expect(d.tables.map((t) => [t.key, t.unit])).toEqual(Object.keys(doc.pages).map((key) => [key, "万元"]));
    });

    for (const key of ["t01", "t04"] as const) {
      it(`${key}: 收入 and 支出 lines as printed`, () => {
        const t = need(statementOf(d, key), key);
        for (const side of ["income", "expenditure"] as const) {
          for (const [label, kind, amounts] of doc[key][side]) expectAmounts(lineBy(t, side, label, kind).amounts, amounts, `${key} ${side} ${label}`);
        }
        expect(t.note).toBe(doc[key].note);
      });

      const balanceKey = key === "t01" ? "t01Balance" : "t04Balance";
      it(`${key}: 本年合计 + carry lines = 总计 on both sides, as printed`, () => {
        const t = need(statementOf(d, key), key);
        const spec = doc[balanceKey];
        const read = (side: "income" | "expenditure") => ({
          parts: spec[side].parts.map(([label], i) => [label, lineBy(t, side, label, i === 0 ? "subtotal" : "carry").amounts.total ?? null] as [string, string | null]),
          total: need(t[side].find((r) => r.kind === "total"), `${key} ${side} 总计`).amounts.total ?? null,
        });
        const actual = { income: read("income"), expenditure: read("expenditure") };
        expect(actual).toEqual({ income: spec.income, expenditure: spec.expenditure });
        // the pinned figures balance as the spec says, and so do the model's
        const figures = (b: typeof actual) => ({
          income: { parts: b.income.parts.map(([, f]) => f), total: b.income.total },
          expenditure: { parts: b.expenditure.parts.map(([, f]) => f), total: b.expenditure.total },
        });
        expect(balances(figures(spec)), "as pinned").toBe(spec.holds);
        expect(balances(figures(actual)), "as parsed").toBe(spec.holds);
      });
    }

    for (const [key, spec] of Object.entries(doc.grids) as [keyof Doc["grids"], Grid][]) {
      it(`${key}: 合计 and sample rows as printed`, () => {
        const t = need(gridOf(d, key), key);
        const total = need(totalRow(t), `${key} 合计`);
        expect(total.page, `${key} 合计 page`).toBe(spec.total[0]);
        expectAmounts(total.amounts, spec.total[1], `${key} 合计`);
        for (const [code, name, page, amounts] of spec.rows) {
          const row = rowOf(t, code);
          expect([row.subjects.functional?.name, row.page, row.kind], code).toEqual([name, page, code.length === 7 ? "item" : "subtotal"]);
          expectAmounts(row.amounts, amounts, `${key} ${code}`);
        }
        expect(t.note).toBe(spec.note);
      });
    }

    it("t06: 人员经费合计, 公用经费合计 and sample rows of each half as printed", () => {
      const t = need(gridOf(d, "t06"), "t06");
      doc.t06.totals.forEach(([page, figure], i) => {
        const total = need(totalRow(t, i + 1), `t06 合计 of half ${i + 1}`);
        expect([total.page, total.amounts.total], `t06 合计 of half ${i + 1}`).toEqual([page, figure]);
      });
      for (const [code, name, group, page, figure] of doc.t06.rows) {
        const row = rowOf(t, code, group);
        expect([row.subjects.departmentEconomic?.name, row.page, row.kind, row.amounts.total], code).toEqual([name, page, code.length === 5 ? "item" : "subtotal", figure]);
      }
      expect(t.note).toBe(doc.t06.note);
    });

    it("t07: the “三公” row as printed", () => {
      const t = need(gridOf(d, "t07"), "t07");
      expectAmounts(need(singleRow(t), "t07 row").amounts, doc.t07.amounts, "t07");
      expect(t.note).toBe(doc.t07.note);
    });

    for (const key of ["t08", "t09"] as const) {
      it(`${key}: printed empty, its 合计 blank, with its note`, () => {
        const t = need(gridOf(d, key), key);
        expect(t.rows.filter((r) => r.kind !== "total")).toEqual([]);
        const total = need(totalRow(t), `${key} 合计`);
        expect(total.page).toBe(doc[key].page);
        expectAmounts(total.amounts, EMPTY_FUND, `${key} 合计`);
        expect(t.note).toBe(doc[key].note);
      });
    }

    it("reads the parts of the text, each from its heading's page", () => {
      // a gap printed in a heading is no character one can read off the page: compared without whitespace
      expect(d.narrative.map((s) => [s.id, blank(s.title), s.page])).toEqual(doc.narrative.map(([id, title, page]) => [id, blank(title), page]));
    });

    it("reads the table of 部门决算单位构成 as its rows", () => {
      const organization = need(
        d.narrative.find((s) => s.id === "organization"),
        "organization",
      );
      const units = organization.paragraphs.filter((p) => p.cells && /^\d+$/.test(p.cells[0] ?? "")).map((p) => [p.cells?.[0], p.cells?.[1], p.cells?.[2] ?? ""]);
      expect(units).toEqual(doc.units);
    });
  });
}
