import type { Amount } from "../disclosure/money.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import { labelOf, TABLE_TITLES, type LabelledAmount, type Subject, type SummaryTable, type TableKey } from "../disclosure/tables.ts";
import { money } from "./format.ts";

/** One cell as a page shows it; amount cells keep the exact value for the CSV. */
export interface Cell {
  text: string;
  /** exact amount in 万元 (null for an empty cell); present only on amount cells */
  value?: Amount | null;
  /** a header cell, and what it labels */
  scope?: "col" | "colgroup" | "row";
  colspan?: number;
  rowspan?: number;
}

export interface Row {
  cells: Cell[];
  /** source line */
  line: number;
  /** 合计 and the like, set apart on the page */
  total?: boolean;
}

/**
 * A table of the disclosure as the page shows it: multi-level header as in the source, body in
 * the source's order (in groups where the source has unnamed blocks), flat column names for CSV.
 * Body rows never span columns, so every body row has one cell per column.
 */
export interface TableView {
  key: TableKey;
  /** 预算03表 */
  label: string;
  title: string;
  head: Cell[][];
  groups: { label?: string; rows: Row[] }[];
  /** one name per column, the unit stated: "合计（万元）" */
  columns: string[];
  /** said instead of an empty table, e.g. 本部门无政府性基金预算支出 */
  empty?: string;
}

const col = (text: string, span: { colspan?: number; rowspan?: number } = {}): Cell => ({
  text,
  scope: span.colspan && span.colspan > 1 ? "colgroup" : "col",
  ...span,
});
const rowHeader = (text: string): Cell => ({ text, scope: "row" });
const text = (value: string): Cell => ({ text: value });
const amount = (value: Amount | null): Cell => ({ text: value === null ? "" : money(value), value });
const subject = (s: Subject): Cell => rowHeader(s.code ? `${s.code} ${s.name}` : s.name);
const unit = (name: string) => `${name}（万元）`;

function view(d: Disclosure, key: TableKey, rest: Omit<TableView, "key" | "label" | "title">): TableView {
  return { key, label: labelOf(key), title: d.tables[key].title || TABLE_TITLES[key], ...rest };
}

function summary(d: Disclosure, key: "t01" | "t04"): TableView {
  const t: SummaryTable = d.tables[key];
  const side = (r: LabelledAmount | undefined): Cell[] => (r ? [rowHeader(r.label), amount(r.amount)] : [text(""), amount(null)]);
  const pair = (left: LabelledAmount | undefined, right: LabelledAmount | undefined, total = false): Row => ({
    cells: [...side(left), ...side(right)],
    line: left?.line ?? right?.line ?? t.line,
    total,
  });
  const items = Array.from({ length: Math.max(t.income.length, t.expenditure.length) }, (_, i) => pair(t.income[i], t.expenditure[i]));
  return view(d, key, {
    head: [
      [col("收入", { colspan: 2 }), col("支出", { colspan: 2 })],
      [col("项目"), col("预算数"), col("项目"), col("预算数")],
    ],
    groups: [
      {
        rows: [
          ...items,
          pair(t.incomeSubtotal, t.expenditureSubtotal, true),
          pair(t.carryOverIn, t.carryOverOut),
          ...t.carryOverInDetail.map((r) => pair(r, undefined)),
          pair(t.incomeTotal, t.expenditureTotal, true),
        ],
      },
    ],
    columns: ["收入项目", unit("收入预算数"), "支出项目", unit("支出预算数")],
  });
}

const T02_THIS_YEAR = ["小计", "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "财政专户管理资金", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"];
const T02_CARRY = ["小计", "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "财政专户管理资金", "单位资金"];

function fundTable(d: Disclosure, key: "t07" | "t08", empty: string): TableView {
  const t = d.tables[key];
  const nothing = t.rows.length === 0 && t.total.total === null;
  return view(d, key, {
    head: [
      [col("功能分类科目", { colspan: 2 }), col("预算数", { colspan: 3 })],
      [col("科目编码"), col("科目名称"), col("合计"), col("基本支出"), col("项目支出")],
    ],
    groups: [
      {
        rows: [
          ...t.rows.map((r) => ({ cells: [rowHeader(r.code), text(r.name), amount(r.total), amount(r.basic), amount(r.project)], line: r.line })),
          { cells: [text(""), rowHeader("合计"), amount(t.total.total), amount(t.total.basic), amount(t.total.project)], line: t.total.line, total: true },
        ],
      },
    ],
    columns: ["科目编码", "科目名称", unit("合计"), unit("基本支出"), unit("项目支出")],
    ...(nothing ? { empty } : {}),
  });
}

const views = new WeakMap<Disclosure, TableView[]>();

/**
 * The views of tables 01–11; 预算表12 and 预算13表 have pages of their own shape. Built once per
 * disclosure: each table page and the downloads ask for them.
 */
export function tableViews(d: Disclosure): TableView[] {
  let built = views.get(d);
  if (!built) views.set(d, (built = buildViews(d)));
  return built;
}

function buildViews(d: Disclosure): TableView[] {
  const { t02, t03, t05, t06, t09, t10, t11 } = d.tables;
  const t03Amounts = (r: (typeof t03)["total"]) => [r.total, r.basic, r.project, r.businessOperating, r.remitToSuperior, r.subsidyToSubordinate].map(amount);
  const t05Amounts = (r: (typeof t05)["total"]) => [r.total, r.basic, r.personnel, r.publicUse, r.project, r.projectExcludingCapital].map(amount);
  const blocks = [...new Set(t05.rows.map((r) => r.block))];
  return [
    summary(d, "t01"),
    view(d, "t02", {
      head: [
        [col("合计", { rowspan: 2 }), col("本年收入", { colspan: T02_THIS_YEAR.length }), col("上年结转结余", { colspan: T02_CARRY.length })],
        [...T02_THIS_YEAR, ...T02_CARRY].map((name) => col(name)),
      ],
      groups: [{ rows: [{ cells: [t02.total, ...Object.values(t02.thisYear), ...Object.values(t02.carryOver)].map(amount), line: t02.rowLine }] }],
      columns: [unit("合计"), ...T02_THIS_YEAR.map((n) => unit(`本年收入/${n}`)), ...T02_CARRY.map((n) => unit(`上年结转结余/${n}`))],
    }),
    view(d, "t03", {
      head: [
        [
          col("支出功能分类科目", { rowspan: 2 }),
          col("政府支出经济分类科目", { rowspan: 2 }),
          col("部门支出经济分类科目", { rowspan: 2 }),
          col("合计", { rowspan: 2 }),
          col("基本支出", { rowspan: 2 }),
          col("项目支出", { rowspan: 2 }),
          col("其中", { colspan: 3 }),
        ],
        [col("事业单位经营支出"), col("上缴上级支出"), col("对附属单位补助支出")],
      ],
      groups: [
        {
          rows: [
            ...t03.rows.map((r) => ({ cells: [subject(r.functional), text(`${r.governmentEconomic.code} ${r.governmentEconomic.name}`), text(`${r.departmentEconomic.code} ${r.departmentEconomic.name}`), ...t03Amounts(r)], line: r.line })),
            { cells: [rowHeader("合计"), text(""), text(""), ...t03Amounts(t03.total)], line: t03.total.line, total: true },
          ],
        },
      ],
      columns: ["支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", ...["合计", "基本支出", "项目支出", "其中/事业单位经营支出", "其中/上缴上级支出", "其中/对附属单位补助支出"].map(unit)],
    }),
    summary(d, "t04"),
    view(d, "t05", {
      head: [
        [col("功能分类科目", { colspan: 2 }), col("预算数", { colspan: 6 })],
        [col("科目编码", { rowspan: 2 }), col("科目名称", { rowspan: 2 }), col("合计", { rowspan: 2 }), col("基本支出", { colspan: 3 }), col("项目支出", { colspan: 2 })],
        [col("小计"), col("人员经费"), col("公用经费"), col("项目支出总数"), col("扣除基建项目后预算数")],
      ],
      groups: [
        ...blocks.map((block) => ({
          label: `第 ${block} 组（原表按单位分组列示，未注明单位名称）`,
          rows: t05.rows.filter((r) => r.block === block).map((r) => ({ cells: [rowHeader(r.code), text(r.name), ...t05Amounts(r)], line: r.line })),
        })),
        { rows: [{ cells: [text(""), rowHeader("合计"), ...t05Amounts(t05.total)], line: t05.total.line, total: true }] },
      ],
      columns: ["科目编码", "科目名称", ...["合计", "基本支出/小计", "基本支出/人员经费", "基本支出/公用经费", "项目支出/项目支出总数", "项目支出/扣除基建项目后预算数"].map(unit)],
    }),
    view(d, "t06", {
      head: [
        [col("政府支出经济分类科目", { rowspan: 2 }), col("部门支出经济分类科目", { rowspan: 2 }), col("预算数", { colspan: 3 })],
        [col("合计"), col("人员经费"), col("公用经费")],
      ],
      groups: [
        {
          rows: [
            ...t06.rows.map((r) => ({ cells: [subject(r.governmentEconomic), text(`${r.departmentEconomic.code} ${r.departmentEconomic.name}`), amount(r.total), amount(r.personnel), amount(r.publicUse)], line: r.line })),
            { cells: [text(""), rowHeader("合计"), amount(t06.total.total), amount(t06.total.personnel), amount(t06.total.publicUse)], line: t06.total.line, total: true },
          ],
        },
      ],
      columns: ["政府支出经济分类科目", "部门支出经济分类科目", unit("合计"), unit("人员经费"), unit("公用经费")],
    }),
    fundTable(d, "t07", "本部门无政府性基金预算支出。"),
    fundTable(d, "t08", "本部门无国有资本经营预算支出。"),
    view(d, "t09", {
      head: [
        [col("“三公”经费财政拨款预算总额", { rowspan: 2 }), col("因公出国（境）费用", { rowspan: 2 }), col("公务接待费", { rowspan: 2 }), col("公务用车购置及运行维护费", { colspan: 3 })],
        [col("小计"), col("公务用车购置费"), col("公务用车运行维护费")],
      ],
      groups: [{ rows: [{ cells: [t09.total, t09.outboundTravel, t09.reception, t09.vehicles, t09.vehiclePurchase, t09.vehicleOperation].map(amount), line: t09.rowLine }] }],
      columns: ["“三公”经费财政拨款预算总额", "因公出国（境）费用", "公务接待费", "公务用车购置及运行维护费/小计", "公务用车购置及运行维护费/公务用车购置费", "公务用车购置及运行维护费/公务用车运行维护费"].map(unit),
    }),
    view(d, "t10", {
      head: [[col("采购类别"), col("金额")]],
      groups: [
        {
          rows: [
            ...t10.rows.map((r) => ({ cells: [subject(r), amount(r.amount)], line: r.line })),
            { cells: [rowHeader("合计"), amount(t10.total.amount)], line: t10.total.line, total: true },
          ],
        },
      ],
      columns: ["采购类别", unit("金额")],
    }),
    view(d, "t11", {
      head: [
        [col("指导性目录", { colspan: 3 }), col("预算金额", { rowspan: 2 })],
        [col("一级"), col("二级"), col("三级")],
      ],
      groups: [
        {
          rows: [
            // the source puts 合计 first; so does the page
            { cells: [rowHeader("合计"), text(""), text(""), amount(t11.total.amount)], line: t11.total.line, total: true },
            ...t11.rows.map((r) => ({ cells: [subject(r.level1), text(`${r.level2.code} ${r.level2.name}`), text(r.level3), amount(r.amount)], line: r.line })),
          ],
        },
      ],
      columns: ["一级", "二级", "三级", unit("预算金额")],
    }),
  ];
}
