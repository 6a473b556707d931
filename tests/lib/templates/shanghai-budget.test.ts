import { beforeAll, describe, expect, it } from "vitest";
import { gridOf, labelled, lineOf, singleRow, statementOf, totalRow } from "../../../src/lib/disclosure/access.ts";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import type { GridRow, GridTable, StatementRow, StatementTable, TableKey } from "../../../src/lib/disclosure/tables.ts";
import { need, parsedFile } from "../../helpers.ts";

/*
 * The seven Shanghai (普陀区) budget disclosures in seeds/, pinned against the printed pages. Every
 * figure below was read off the page image (pdftoppm -r 110, zoomed where a digit was in doubt), not
 * taken from the parser: each document's 合计 rows and two or three other rows per table. The page
 * given with each row is where it was read. Amounts are in the model's form: as printed, without
 * thousands separators; null for a cell printed empty.
 */

type Amounts = Record<string, string | null>;
/** a statement line: its label without numbering, or TOTAL for 收入总计 / 支出总计 */
type Line = [label: string, amounts: Amounts];
/** a grid row: its subject code (类/款/项 joined), subject name, page, amounts */
type Row = [code: string, name: string, page: number, amounts: Amounts];

interface Statement {
  income: Line[];
  expenditure: Line[];
}
interface Grid {
  unit: "元";
  /** the 合计 row: its page and amounts */
  total: [page: number, amounts: Amounts];
  rows: Row[];
  note?: string;
}
interface Doc {
  file: string;
  department: string;
  year: number;
  scope: "department" | "unit";
  /** the page each table starts on */
  pages: Partial<Record<TableKey, number>>;
  t01: Statement;
  t04: Statement;
  grids: Partial<Record<"t02" | "t03" | "t05" | "t06" | "t07" | "t08", Grid>>;
  /** 表9 “三公”经费 (万元): its one row, and the 注 printed under it if any */
  t09: { amounts: Amounts; note?: string };
}

const TOTAL = "总计";
/** 收入预算总表: 合计, 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入 */
const inc = (total: string | null, fiscal: string | null, business: string | null, operating: string | null, other: string | null): Amounts => ({ total, fiscal, business, operating, other });
/** 支出预算 / 功能分类表: 合计, 基本支出, 项目支出 */
const g3 = (total: string | null, basic: string | null, project: string | null): Amounts => ({ total, basic, project });
/** 经济分类表: 合计, 人员经费, 公用经费 */
const eco = (total: string | null, personnel: string | null, publicUse: string | null): Amounts => ({ total, personnel, publicUse });
/** 财政拨款收支总表 支出: 合计, 一般公共预算, 政府性基金预算, 国有资本经营预算 */
const t04 = (total: string | null, general: string | null, governmentFund: string | null, stateCapital: string | null): Amounts => ({ total, general, governmentFund, stateCapital });
/** 单位 财务收支总表 支出: 合计, 人员经费, 公用经费, 项目支出 */
const u01 = (total: string | null, personnel: string | null, publicUse: string | null, project: string | null): Amounts => ({ total, personnel, publicUse, project });
/** 三公: 合计, 因公出国(境)费, 公务接待费, 公务用车小计, 购置费, 运行费, 机关运行经费 */
const sg = (total: string | null, outboundTravel: string | null, reception: string | null, vehicles: string | null, vehiclePurchase: string | null, vehicleOperation: string | null, operatingCosts: string | null): Amounts => ({ total, outboundTravel, reception, vehicles, vehiclePurchase, vehicleOperation, operatingCosts });
/** a statement line of one column */
const one = (total: string | null): Amounts => ({ total });
const EMPTY = g3(null, null, null);

// ——— 司法局 2026 部门预算: t01 p10, t02 p11, t03 p12–13, t04 p14, t05 p15–16, t06 p17, t07 p18, t08 p19–20, t09 p21
const sifaju: Doc = {
  file: "sh-putuo-sifaju-2026-budget.pdf",
  department: "上海市普陀区司法局",
  year: 2026,
  scope: "department",
  pages: { t01: 10, t02: 11, t03: 12, t04: 14, t05: 15, t06: 17, t07: 18, t08: 19, t09: 21 },
  t01: {
    income: [["财政拨款收入", one("96282213.44")], ["一般公共预算", one("96282213.44")], ["政府性基金预算", one("0.00")], [TOTAL, one("96282213.44")]],
    expenditure: [["公共安全支出", one("87267272.44")], ["社会保障和就业支出", one("3343704.00")], [TOTAL, one("96282213.44")]],
  },
  t04: {
    income: [["一般公共预算", one("96282213.44")], ["政府性基金预算", one("0.00")], [TOTAL, one("96282213.44")]],
    expenditure: [["卫生健康支出", t04("1149678.00", "1149678.00", null, null)], [TOTAL, t04("96282213.44", "96282213.44", null, null)]],
  },
  grids: {
    t02: {
      unit: "元",
      total: [11, inc("96282213.44", "96282213.44", "0.00", "0.00", "0.00")],
      rows: [
        ["2040601", "行政运行", 11, inc("16726725.44", "16726725.44", "0.00", "0.00", "0.00")],
        ["2040699", "其他司法支出", 11, inc("38454900.00", "38454900.00", "0.00", "0.00", "0.00")],
        ["2210203", "购房补贴", 11, inc("2433600.00", "2433600.00", "0.00", "0.00", "0.00")],
      ],
    },
    t03: {
      unit: "元",
      total: [13, g3("96282213.44", "25741666.44", "70540547.00")],
      rows: [
        ["2040604", "基层司法业务", 12, g3("21703947.00", "0.00", "21703947.00")],
        ["20805", "行政事业单位养老支出", 12, g3("3343704.00", "3343704.00", "0.00")],
        ["2080506", "机关事业单位职业年金缴费支出", 13, g3("919739.00", "919739.00", "0.00")],
      ],
    },
    t05: {
      unit: "元",
      total: [16, g3("96282213.44", "25741666.44", "70540547.00")],
      rows: [
        ["2040607", "公共法律服务", 15, g3("6860000.00", "0.00", "6860000.00")],
        ["2080501", "行政单位离退休", 15, g3("578040.00", "578040.00", "0.00")],
        ["2210201", "住房公积金", 16, g3("2087959.00", "2087959.00", "0.00")],
      ],
    },
    t06: { unit: "元", total: [17, EMPTY], rows: [], note: "注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [18, EMPTY], rows: [], note: "注:本部门2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [20, eco("25741666.44", "23563342.00", "2178324.44")],
      rows: [
        ["301", "工资福利支出", 19, eco("23084662.00", "23084662.00", "0.00")],
        ["30102", "津贴补贴", 19, eco("12971818.00", "12971818.00", "0.00")],
        ["30228", "工会经费", 20, eco("265974.44", "0.00", "265974.44")],
      ],
    },
  },
  t09: { amounts: sg("10.81", "0", "0.83", "9.98", "0", "9.98", "217.83") },
};

// ——— 司法局 2026 单位预算: t01 p8, t02 p9–10, t03 p11–12, t04 p13, t05 p14–15, t06 p16, t07 p17, t08 p18–19, t09 p20.
// As printed: 行政运行's 项目支出 is 64,840,547.00 (表3, 表5), and the 基本支出 合计 is 22,118,861 with no
// decimals, 0.34 short of its rows (表3, 表5; 表1's 人员经费 likewise).
const sifajuUnit: Doc = {
  file: "sh-putuo-sifaju-2026-unit-budget.pdf",
  department: "上海市普陀区司法局",
  year: 2026,
  scope: "unit",
  pages: { t01: 8, t02: 9, t03: 11, t04: 13, t05: 14, t06: 16, t07: 17, t08: 18, t09: 20 },
  t01: {
    income: [["财政拨款收入", one("86959408.34")], ["一般公共预算", one("86959408.34")], [TOTAL, one("86959408.34")]],
    expenditure: [
      ["公共安全支出", u01("79189400.34", "12604173", "1744680", "64840547")],
      ["社会保障和就业支出", u01("2925857.00", "2925857.00", "0.00", "0.00")],
      [TOTAL, u01("86959408.34", "20374181", "1744680", "64840547")],
    ],
  },
  t04: {
    income: [["一般公共预算", one("86959408.34")], [TOTAL, one("86959408.34")]],
    expenditure: [
      ["公共安全支出", t04("79189400.34", "79189400.34", "0.00", "0.00")],
      ["住房保障支出", t04("3861459.00", "3861459.00", "0.00", "0.00")],
      [TOTAL, t04("86959408.34", "86959408.34", "0.00", "0.00")],
    ],
  },
  grids: {
    t02: {
      unit: "元",
      total: [10, inc("86959408.34", "86959408.34", "0.00", "0.00", "0.00")],
      rows: [
        ["2040601", "行政运行", 9, inc("14348853.34", "14348853.34", "0.00", "0.00", "0.00")],
        ["2040607", "公共法律服务", 9, inc("1160000.00", "1160000.00", "0.00", "0.00", "0.00")],
        ["2210203", "购房补贴", 10, inc("2070000.00", "2070000.00", "0.00", "0.00", "0.00")],
      ],
    },
    t03: {
      unit: "元",
      total: [12, g3("86959408.34", "22118861", "64840547.00")],
      rows: [
        ["2040601", "行政运行", 11, g3("14348853.34", "14348853.34", "64840547.00")],
        ["2040604", "基层司法业务", 11, g3("21703947.00", "0.00", "21703947.00")],
        ["2210203", "购房补贴", 12, g3("2070000.00", "2070000.00", "0")],
      ],
    },
    t05: {
      unit: "元",
      total: [15, g3("86959408.34", "22118861", "64840547.00")],
      rows: [
        ["2040601", "行政运行", 14, g3("14348853.34", "14348853.34", "64840547.00")],
        ["2080505", "机关事业单位基本养老保险缴费支出", 14, g3("1572307.00", "1572307.00", "0.00")],
        ["2210201", "住房公积金", 15, g3("1791459.00", "1791459.00", "0.00")],
      ],
    },
    t06: { unit: "元", total: [16, EMPTY], rows: [], note: "注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [17, EMPTY], rows: [], note: "注:本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [19, eco("22118861.34", "20272981.00", "1845880.34")],
      rows: [
        ["302", "商品和服务支出", 18, eco("1831480.34", "0.00", "1831480.34")],
        ["30102", "津贴补贴", 18, eco("11106477.00", "11106477.00", "0.00")],
        ["30302", "退休费", 19, eco("466200.00", "466200.00", "0.00")],
      ],
    },
  },
  t09: { amounts: sg("10.71", "0.00", "0.73", "9.98", "0.00", "9.98", "184.59") },
};

// ——— 区府办 2025 部门预算: t01 p8, t02 p9–10, t03 p11–12, t04 p13, t05 p14–15, t06 p16, t07 p17, t08 p18–19, t09 p20.
// Cells with nothing to report are printed empty (null), not 0.00.
const qufuban: Doc = {
  file: "sh-putuo-qufuban-2025-budget.pdf",
  department: "上海市普陀区人民政府办公室",
  year: 2025,
  scope: "department",
  pages: { t01: 8, t02: 9, t03: 11, t04: 13, t05: 14, t06: 16, t07: 17, t08: 18, t09: 20 },
  t01: {
    income: [["财政拨款收入", one("91016775.35")], ["一般公共预算资金", one("91016775.35")], ["政府性基金", one(null)], [TOTAL, one("91016775.35")]],
    expenditure: [["一般公共服务支出", one("82096797.42")], ["住房保障支出", one("3609125.22")], [TOTAL, one("91016775.35")]],
  },
  t04: {
    income: [["一般公共预算资金", one("91016775.35")], ["政府性基金", one(null)], [TOTAL, one("91016775.35")]],
    expenditure: [["社会保障和就业支出", t04("4213779.28", "4213779.28", null, null)], [TOTAL, t04("91016775.35", "91016775.35", null, null)]],
  },
  grids: {
    t02: {
      unit: "元",
      total: [10, inc("91016775.35", "91016775.35", null, null, null)],
      rows: [
        ["2010301", "行政运行", 9, inc("12029501.84", "12029501.84", null, null, null)],
        ["2080506", "机关事业单位职业年金缴费支出", 9, inc("881579.76", "881579.76", null, null, null)],
        ["2101102", "事业单位医疗", 10, inc("314218.15", "314218.15", null, null, null)],
      ],
    },
    t03: {
      unit: "元",
      total: [12, g3("91016775.35", "24606775.35", "66410000.00")],
      rows: [
        ["2010301", "行政运行", 11, g3("12029501.84", "11919501.84", "110000.00")],
        ["2010302", "一般行政管理事务", 11, g3("46140000.00", null, "46140000.00")],
        ["2210203", "购房补贴", 12, g3("1867680.00", "1867680.00", null)],
      ],
    },
    t05: {
      unit: "元",
      total: [15, g3("91016775.35", "24606775.35", "66410000.00")],
      rows: [
        ["2010350", "事业运行", 14, g3("3807295.58", "3767295.58", "40000.00")],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 14, g3("20120000.00", null, "20120000.00")],
        ["2210201", "住房公积金", 15, g3("1741445.22", "1741445.22", null)],
      ],
    },
    t06: { unit: "元", total: [16, EMPTY], rows: [], note: "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [17, EMPTY], rows: [], note: "注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [19, eco("24606775.35", "22473997.81", "2132777.54")],
      rows: [
        ["301", "工资福利支出", 18, eco("21170337.81", "21170337.81", null)],
        ["30107", "绩效工资", 18, eco("2335998.00", "2335998.00", null)],
        ["30229", "福利费", 19, eco("483840.00", null, "483840.00")],
      ],
    },
  },
  t09: { amounts: sg("867.50", "839.00", "28.50", null, null, null, "213.28") },
};

// ——— 区府办 2025 单位预算: t01 p8, t02 p9–10, t03 p11–12, t04 p13, t05 p14–15, t06 p16, t07 p17, t08 p18–19, t09 p20.
// 表2's 2010399 name is printed on two lines.
const qufubanUnit: Doc = {
  file: "sh-putuo-qufuban-2025-unit-budget.pdf",
  department: "上海市普陀区人民政府办公室",
  year: 2025,
  scope: "unit",
  pages: { t01: 8, t02: 9, t03: 11, t04: 13, t05: 14, t06: 16, t07: 17, t08: 18, t09: 20 },
  t01: {
    income: [["财政拨款收入", one("91016775.35")], ["一般公共预算资金", one("91016775.35")], ["政府性基金", one(null)], [TOTAL, one("91016775.35")]],
    expenditure: [
      ["一般公共服务支出", u01("82096797.42", "13819399.88", "1867397.54", "66410000.00")],
      ["社会保障和就业支出", u01("4213779.28", "3948399.28", "265380.00", null)],
      ["卫生健康支出", u01("1097073.43", "1097073.43", null, null)],
      [TOTAL, u01("91016775.35", "22473997.81", "2132777.54", "66410000.00")],
    ],
  },
  t04: {
    income: [["一般公共预算资金", one("91016775.35")], ["国有资本经营预算", one(null)], [TOTAL, one("91016775.35")]],
    expenditure: [["一般公共服务支出", t04("82096797.42", "82096797.42", null, null)], [TOTAL, t04("91016775.35", "91016775.35", null, null)]],
  },
  grids: {
    t02: {
      unit: "元",
      total: [10, inc("91016775.35", "91016775.35", null, null, null)],
      rows: [
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 9, inc("20120000.00", "20120000.00", null, null, null)],
        ["2080501", "行政单位离退休", 9, inc("1554220.00", "1554220.00", null, null, null)],
        ["2101101", "行政单位医疗", 10, inc("782855.28", "782855.28", null, null, null)],
      ],
    },
    t03: {
      unit: "元",
      total: [12, g3("91016775.35", "24606775.35", "66410000.00")],
      rows: [
        ["20103", "政府办公厅（室）及相关机构事务", 11, g3("82096797.42", "15686797.42", "66410000.00")],
        ["2080505", "机关事业单位基本养老保险缴费支出", 11, g3("1763159.52", "1763159.52", null)],
        ["2210201", "住房公积金", 12, g3("1741445.22", "1741445.22", null)],
      ],
    },
    t05: {
      unit: "元",
      total: [15, g3("91016775.35", "24606775.35", "66410000.00")],
      rows: [
        ["2010301", "行政运行", 14, g3("12029501.84", "11919501.84", "110000.00")],
        ["2080599", "其他行政事业单位养老支出", 14, g3("14820.00", "14820.00", null)],
        ["21011", "行政事业单位医疗", 15, g3("1097073.43", "1097073.43", null)],
      ],
    },
    t06: { unit: "元", total: [16, EMPTY], rows: [], note: "注:本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [17, EMPTY], rows: [], note: "注:本单位2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [19, eco("24606775.35", "22473997.81", "2132777.54")],
      rows: [
        ["30101", "基本工资", 18, eco("2540192.00", "2540192.00", null)],
        ["30112", "其他社会保障缴费", 18, eco("45013.88", "45013.88", null)],
        ["30217", "公务接待费", 19, eco("185000.00", null, "185000.00")],
      ],
    },
  },
  t09: { amounts: sg("867.50", "839.00", "28.50", null, null, null, "213.28") },
};

// ——— 万里街道 2023 部门预算 (whole yuan): t01 p10, t02 p11–14, t03 p15–18, t04 p19, t05 p20–23, t06 p24, t07 p25,
// t08 p26–27, t09 p28, 财政项目支出绩效目标填报表 p31–35 (one project a page).
const wanli2023: Doc = {
  file: "sh-putuo-wanli-jiedao-2023-budget.pdf",
  department: "上海市普陀区人民政府万里街道办事处",
  year: 2023,
  scope: "department",
  pages: { t01: 10, t02: 11, t03: 15, t04: 19, t05: 20, t06: 24, t07: 25, t08: 26, t09: 28, t10: 31 },
  t01: {
    income: [["财政拨款收入", one("164978640")], ["一般公共预算", one("164978640")], ["政府性基金", one(null)], [TOTAL, one("164978640")]],
    expenditure: [["社会保障和就业支出", one("27073236")], ["城乡社区支出", one("121319878")], ["住房保障支出", one("8960694")], [TOTAL, one("164978640")]],
  },
  t04: {
    income: [["一般公共预算资金", one("164978640")], ["政府性基金", one(null)], [TOTAL, one("164978640")]],
    expenditure: [
      // its label is printed on two lines: 四、文化旅游体育与传媒 / 支出
      ["文化旅游体育与传媒支出", t04("200000", "200000", null, null)],
      ["城乡社区支出", t04("121319878", "121319878", null, null)],
      [TOTAL, t04("164978640", "164978640", null, null)],
    ],
  },
  grids: {
    t02: {
      unit: "元",
      total: [14, inc("164978640", "164978640", null, null, null)],
      rows: [
        ["2010507", "专项普查活动", 11, inc("601300", "601300", null, null, null)],
        // its name is printed on two lines
        ["2080505", "机关事业单位基本养老保险缴费支出", 12, inc("4412547", "4412547", null, null, null)],
        ["2120101", "行政运行", 13, inc("18373632", "18373632", null, null, null)],
      ],
    },
    t03: {
      unit: "元",
      total: [18, g3("164978640", "99406297", "65572343")],
      rows: [
        ["201", "一般公共服务支出", 15, g3("2976800", "0", "2976800")],
        ["2120199", "其他城乡社区管理事务支出", 17, g3("49927105", "46161905", "3765200")],
        ["221", "住房保障支出", 18, g3("8960694", "6783494", "2177200")],
      ],
    },
    t05: {
      unit: "元",
      total: [23, g3("164978640", "99406297", "65572343")],
      rows: [
        ["2013302", "一般行政管理事务", 20, g3("1002000", "0", "1002000")],
        ["2089999", "其他社会保障和就业支出", 22, g3("13312677", "11434477", "1878200")],
        ["2120104", "城管执法", 22, g3("6905798", "6905798", "0")],
      ],
    },
    t06: { unit: "元", total: [24, EMPTY], rows: [], note: "注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [25, EMPTY], rows: [], note: "注：本部门2023年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [27, eco("99406297", "84024865", "15381432")],
      rows: [
        ["30199", "其他工资福利支出", 26, eco("37884108", "37884108", null)],
        ["30214", "租赁费", 27, eco("1990014", null, "1990014")],
        ["303", "对个人和家庭的补助", 27, eco("177480", "177480", null)],
      ],
    },
  },
  t09: { amounts: sg("22.91", "0", "1.35", "21.56", "0", "21.56", "786.09") },
};

// ——— 万里街道 2024 部门预算 (whole yuan): t01 p10, t02 p11–15 (its 合计 alone on p15), t03 p16–20 (合计 alone on
// p20), t04 p21, t05 p22–26, t06 p27, t07 p28, t08 p29–30, t09 p31. 表8 prints the 款 of 津贴补贴 and 绩效工资 as
// "2" and "7"; 表9 prints figures and, under them, a 注 saying the table is empty.
const wanli2024: Doc = {
  file: "sh-putuo-wanli-jiedao-2024-budget.pdf",
  department: "上海市普陀区人民政府万里街道办事处",
  year: 2024,
  scope: "department",
  pages: { t01: 10, t02: 11, t03: 16, t04: 21, t05: 22, t06: 27, t07: 28, t08: 29, t09: 31 },
  t01: {
    income: [["财政拨款收入", one("156211123")], ["一般公共预算资金", one("156211123")], ["政府性基金", one(null)], [TOTAL, one("156211123")]],
    expenditure: [["教育支出", one("250000")], ["社会保障和就业支出", one("19604064")], ["城乡社区支出", one("119385303")], [TOTAL, one("156211123")]],
  },
  t04: {
    income: [["一般公共预算资金", one("156211123")], [TOTAL, one("156211123")]],
    expenditure: [
      ["卫生健康支出", t04("3223657", "3223657", null, null)],
      ["住房保障支出", t04("8882399", "8882399", null, null)],
      [TOTAL, t04("156211123", "156211123", null, null)],
    ],
  },
  grids: {
    t02: {
      unit: "元",
      total: [15, inc("156211123", "156211123", "0", "0", "0")],
      rows: [
        ["2013302", "一般行政管理事务", 11, inc("1106000", "1106000", "0", "0", "0")],
        ["2120199", "其他城乡社区管理事务支出", 14, inc("54212362", "54212362", "0", "0", "0")],
        ["22103", "城乡社区住宅", 14, inc("2177200", "2177200", "0", "0", "0")],
      ],
    },
    t03: {
      unit: "元",
      total: [20, g3("156211123", "99706020", "56505103")],
      rows: [
        ["20105", "统计信息事务", 16, g3("257700", "0", "257700")],
        ["212", "城乡社区支出", 19, g3("119385303", "76609000", "42776303")],
        ["2120101", "行政运行", 19, g3("16603248", "16353248", "250000")],
      ],
    },
    t05: {
      unit: "元",
      total: [26, g3("156211123", "99706020", "56505103")],
      rows: [
        ["2013802", "一般行政管理事务", 22, g3("135200", "0", "135200")],
        ["2089999", "其他社会保障和就业支出", 24, g3("7812394", "6133194", "1679200")],
        ["2210203", "购房补贴", 26, g3("3201700", "3201700", "0")],
      ],
    },
    t06: { unit: "元", total: [27, EMPTY], rows: [], note: "注:本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [28, EMPTY], rows: [], note: "注:本部门2024年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [30, eco("99706020", "88537451", "11168569")],
      rows: [
        // printed 301 / 2 and 301 / 7: the codes are the subjects 30102 and 30107
        ["30102", "津贴补贴", 29, eco("16623810", "16623810", "0")],
        ["30107", "绩效工资", 29, eco("11447100", "11447100", "0")],
        ["30228", "工会经费", 30, eco("607849", "0", "607849")],
      ],
    },
  },
  t09: { amounts: sg("47.91", "0", "1.35", "46.56", "25", "21.56", "443.18"), note: "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。" },
};

// ——— 万里街道 2025 部门预算 (whole yuan): t01 p9, t02 p10–13, t03 p14–18 (合计 alone on p18), t04 p19, t05 p20–24,
// t06 p25, t07 p26, t08 p27–28, t09 p29. As printed, 21201 城乡社区管理事务 is 94,995,790 in 表2, 表3 and 表5 though its
// 项 rows add up to 94,995,789 (and, in 表3 and 表5, its 基本支出 and 项目支出 too); 212 城乡社区支出 is 154,369,326.
const wanli2025: Doc = {
  file: "sh-putuo-wanli-jiedao-2025-budget.pdf",
  department: "上海市普陀区人民政府万里街道办事处",
  year: 2025,
  scope: "department",
  pages: { t01: 9, t02: 10, t03: 14, t04: 19, t05: 20, t06: 25, t07: 26, t08: 27, t09: 29 },
  t01: {
    income: [["财政拨款收入", one("189767551")], ["一般公共预算资金", one("189767551")], ["政府性基金", one(null)], [TOTAL, one("189767551")]],
    expenditure: [["公共安全支出", one("2878025")], ["城乡社区支出", one("154369326")], ["住房保障支出", one("9364732")], [TOTAL, one("189767551")]],
  },
  t04: {
    income: [["一般公共预算资金", one("189767551")], [TOTAL, one("189767551")]],
    expenditure: [
      ["社会保障和就业支出", t04("16091895", "16091895", null, null)],
      ["城乡社区支出", t04("154369326", "154369326", null, null)],
      [TOTAL, t04("189767551", "189767551", null, null)],
    ],
  },
  grids: {
    t02: {
      unit: "元",
      total: [13, inc("189767551", "189767551", "0", "0", "0")],
      rows: [
        ["212", "城乡社区支出", 12, inc("154369326", "154369326", "0", "0", "0")],
        ["21201", "城乡社区管理事务", 12, inc("94995790", "94995790", "0", "0", "0")],
        ["2210201", "住房公积金", 13, inc("3846732", "3846732", "0", "0", "0")],
      ],
    },
    t03: {
      unit: "元",
      total: [18, g3("189767551", "101341746", "88425805")],
      rows: [
        ["20105", "统计信息事务", 14, g3("438300", "0", "438300")],
        ["21201", "城乡社区管理事务", 17, g3("94995790", "77381546", "17614243")],
        ["2120101", "行政运行", 17, g3("17887739", "17737739", "150000")],
      ],
    },
    t05: {
      unit: "元",
      total: [24, g3("189767551", "101341746", "88425805")],
      rows: [
        ["2012902", "一般行政管理事务", 20, g3("422900", "0", "422900")],
        ["2101102", "事业单位医疗", 23, g3("1548033", "1548033", "0")],
        ["212", "城乡社区支出", 23, g3("154369326", "77381546", "76987780")],
      ],
    },
    t06: { unit: "元", total: [25, EMPTY], rows: [], note: "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。" },
    t07: { unit: "元", total: [26, EMPTY], rows: [], note: "注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。" },
    t08: {
      unit: "元",
      total: [28, eco("101341746", "90514044", "10827702")],
      rows: [
        ["30107", "绩效工资", 27, eco("11610630", "11610630", "0")],
        ["302", "商品和服务支出", 27, eco("10827702", "0", "10827702")],
        ["30209", "物业管理费", 28, eco("1143816", "0", "1143816")],
      ],
    },
  },
  t09: { amounts: sg("37.91", "0", "1.35", "36.56", "15", "21.56", "464.64") },
};

const DOCS = [sifaju, sifajuUnit, qufuban, qufubanUnit, wanli2023, wanli2024, wanli2025];

const load = (file: string): Promise<Disclosure> => parsedFile(`seeds/${file}`);

/** the row of a subject code, in whichever classification the table has */
function rowOf(t: GridTable, code: string): GridRow {
  return need(
    t.rows.find((r) => Object.values(r.subjects).some((s) => s.code === code)),
    `${t.key} row ${code}`,
  );
}

function lineBy(t: StatementTable, side: "income" | "expenditure", label: string): StatementRow {
  return need(label === TOTAL ? lineOf(t, side, "total") : labelled(t, side, label), `${t.key} ${side} ${label}`);
}

/** each pinned amount, by its column; a missing key in the model counts as a mismatch */
function expectAmounts(actual: Record<string, string | null | undefined>, expected: Amounts, where: string): void {
  for (const [column, value] of Object.entries(expected)) expect(actual[column], `${where} ${column}`).toBe(value);
}

for (const doc of DOCS) {
  describe(doc.file, () => {
    let d: Disclosure;
    beforeAll(async () => {
      d = await load(doc.file);
    });

    it("is the disclosure printed on its cover", () => {
      expect([d.department, d.year, d.kind, d.scope]).toEqual([doc.department, doc.year, "budget", doc.scope]);
    });

    it("starts each table on its printed page", () => {
      expect(Object.fromEntries(d.tables.map((t) => [t.key, t.page]))).toEqual(doc.pages);
    });

    for (const key of ["t01", "t04"] as const) {
      it(`${key}: 收入 and 支出 lines as printed`, () => {
        const t = need(statementOf(d, key), key);
        expect(t.unit).toBe("元");
        for (const side of ["income", "expenditure"] as const) {
          for (const [label, amounts] of doc[key][side]) expectAmounts(lineBy(t, side, label).amounts, amounts, `${key} ${side} ${label}`);
        }
      });
    }

    for (const [key, spec] of Object.entries(doc.grids) as [keyof Doc["grids"], Grid][]) {
      it(`${key}: 合计 and sample rows as printed`, () => {
        const t = need(gridOf(d, key), key);
        expect(t.unit).toBe(spec.unit);
        const total = need(totalRow(t), `${key} 合计`);
        expect(total.page, `${key} 合计 page`).toBe(spec.total[0]);
        expectAmounts(total.amounts, spec.total[1], `${key} 合计`);
        for (const [code, name, page, amounts] of spec.rows) {
          const row = rowOf(t, code);
          const subject = Object.values(row.subjects).find((s) => s.code === code);
          // 类 (3 digits) and 款 (5) are subtotals, except in the economic table where a 款 is a detail row
          const detail = key === "t08" ? code.length === 5 : code.length === 7;
          expect([subject?.name, row.page, row.kind], code).toEqual([name, page, detail ? "item" : "subtotal"]);
          expectAmounts(row.amounts, amounts, `${key} ${code}`);
        }
        if (spec.rows.length === 0) expect(t.rows.filter((r) => r.kind !== "total")).toEqual([]);
        expect(t.note).toBe(spec.note);
      });
    }

    it("t09: the “三公” row as printed, in 万元", () => {
      const t = need(gridOf(d, "t09"), "t09");
      expect(t.unit).toBe("万元");
      expectAmounts(need(singleRow(t), "t09 row").amounts, doc.t09.amounts, "t09");
      expect(t.note).toBe(doc.t09.note);
    });
  });
}

describe("sh-putuo-wanli-jiedao-2023-budget.pdf: 财政项目支出绩效目标填报表", () => {
  let d: Disclosure;
  beforeAll(async () => {
    d = await load(wanli2023.file);
  });

  it("reads one project a form, p31–35", () => {
    expect(d.projects.map((p) => p.page)).toEqual([31, 32, 33, 34, 35]);
  });

  // p31: 新建万里街道社区公共服务中心
  it("reads the first form's funds and first indicator", () => {
    const p = need(d.projects[0], "p1");
    expect([p.name, p.total, p.fiscalFunds, p.otherFunds]).toEqual(["新建万里街道社区公共服务中心", "4100000.00", "4100000.00", "0.00"]);
    expect(p.annualFunds).toEqual({ total: "4100000.00", fiscal: "4100000.00", carryOver: "0.00", other: "0.00" });
    expect(p.indicators[0]).toMatchObject({ level1: "产出指标", level2: "数量指标", level3: "规划建筑面积", operator: "≥", value: "13459.00", unit: "平方米" });
  });

  // p35: 公共服务设施运行经费 — its 年度资金申请总额 10,903,043.00 is printed beside 当年财政拨款 11,419,043.00
  it("reads the fifth form's funds as printed, its 当年财政拨款 above its 年度资金申请总额", () => {
    const p = need(d.projects[4], "p5");
    expect([p.name, p.total, p.fiscalFunds, p.otherFunds]).toEqual(["公共服务设施运行经费", "10903043.00", "10903043.00", "0.00"]);
    expect(p.annualFunds).toEqual({ total: "10903043.00", fiscal: "11419043.00", carryOver: "0.00", other: "0.00" });
    expect(p.indicators[0]).toMatchObject({ level1: "产出指标", level2: "数量指标", level3: "开展活动300场", operator: "=", value: "300.00", unit: "场" });
  });
});

/*
 * What the checks find in each document, every difference confirmed on the page images: the
 * documents' own inconsistencies, published as found (a row check is named by its rule and row).
 */
const FINDINGS: Record<string, [id: string, difference: string][]> = {
  "sh-putuo-qufuban-2025-budget.pdf": [],
  "sh-putuo-qufuban-2025-unit-budget.pdf": [],
  "sh-putuo-sifaju-2026-budget.pdf": [],
  // p11/p14: 行政运行's 项目支出 is printed 64,840,547.00 (its 款's figure); the 合计 rows print
  // 基本支出 22,118,861 without the .34 the rows add up to (and 表8 prints); 表1 splits 基本支出
  // into 人员经费 and 公用经费 101,200 apart from 表8
  "sh-putuo-sifaju-2026-unit-budget.pdf": [
    ["t01.expenditure.each-row.total@p8-7", "-0.34"],
    ["t01.expenditure.each-row.total@p8-14", "-0.34"],
    ["t03.rows.basic", "0.34"],
    ["t03.rows.project", "64840547.00"],
    ["t03.subtotals.project@p11-7", "64840547.00"],
    ["t03.total-row.total", "-0.34"],
    ["t03.each-row.total@p11-8", "64840547.00"],
    ["t05.rows.basic", "0.34"],
    ["t05.rows.project", "64840547.00"],
    ["t05.subtotals.project@p14-7", "64840547.00"],
    ["t05.total-row.total", "-0.34"],
    ["t05.each-row.total@p14-8", "64840547.00"],
    ["t01-t08.personnel", "101200.00"],
    ["t01-t08.publicUse", "-101200.34"],
    ["t05-t08.basic", "0.34"],
  ],
  // p35: the fifth form's 当年财政拨款 11,419,043.00 exceeds its 年度资金申请总额 10,903,043.00
  "sh-putuo-wanli-jiedao-2023-budget.pdf": [["t10.year-split@p35-3", "516000.00"]],
  "sh-putuo-wanli-jiedao-2024-budget.pdf": [],
  // 21201 城乡社区管理事务 is printed 94,995,790 in 表2, 表3 and 表5; its rows (and its 基本 plus
  // 项目) make 94,995,789, so 212's 款 rows add up to 1 more than 212's own figure
  "sh-putuo-wanli-jiedao-2025-budget.pdf": [
    ["t02.subtotals.total@p12-17", "1"],
    ["t02.subtotals.total@p12-18", "-1"],
    ["t02.subtotals.fiscal@p12-17", "1"],
    ["t02.subtotals.fiscal@p12-18", "-1"],
    ["t03.subtotals.total@p17-1", "1"],
    ["t03.subtotals.total@p17-2", "-1"],
    ["t03.each-row.total@p17-2", "-1"],
    ["t05.subtotals.total@p23-7", "1"],
    ["t05.subtotals.total@p23-8", "-1"],
    ["t05.each-row.total@p23-8", "-1"],
  ],
};

describe("the findings of each document", () => {
  it.each(Object.entries(FINDINGS))("%s: exactly these checks fail, by exactly these differences", async (file, expected) => {
    const d = await load(file);
    expect(d.checks.filter((c) => !c.passed && c.kind !== "rows" && c.group === "tables").map((c) => [c.id, c.difference])).toEqual(expected);
  });
});
