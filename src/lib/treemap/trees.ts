import { describeCode } from "../disclosure/project-code.ts";
import { DEPARTMENT_ECONOMIC, FUNCTIONAL, GOVERNMENT_ECONOMIC, PROCUREMENT } from "../disclosure/classifications.ts";
import { dec, sum, toAmount, type Amount } from "../disclosure/money.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import type { TableKey } from "../disclosure/tables.ts";

/** A node of a spending hierarchy. Amounts are exact; geometry is computed from them elsewhere. */
export interface TreeNode {
  /** unique within its tree, ASCII where the node gets a page of its own */
  id: string;
  /** 科目编码 or project code; empty for groups without one */
  code: string;
  name: string;
  /** exact, 万元 */
  amount: Amount;
  children: TreeNode[];
  /** a project leaf links to its page; a gap is the part of a 合计 its rows do not explain */
  kind: "group" | "leaf" | "project" | "gap";
}

export interface Tree {
  id: string;
  title: string;
  /** what the tree shows, from which table */
  description: string;
  table: TableKey;
  root: TreeNode;
}

interface Item {
  /** the path from the top: [["201", "一般公共服务支出"], ["20103", …], ["2010301", "行政运行"]] */
  path: [code: string, name: string][];
  amount: Amount | null;
  kind?: TreeNode["kind"];
}

/** Builds a tree from leaf items; a node's amount is the exact sum of its items. */
function build(rootName: string, items: readonly Item[], gap?: { published: Amount | null; name: string }): TreeNode {
  const root: TreeNode = { id: "", code: "", name: rootName, amount: "0", children: [], kind: "group" };
  const totals = new Map<TreeNode, Amount[]>();
  for (const item of items) {
    let node = root;
    totals.set(root, [...(totals.get(root) ?? []), item.amount ?? "0"]);
    item.path.forEach(([code, name], depth) => {
      const id = item.path.slice(0, depth + 1).map(([c]) => c).join("/");
      let child = node.children.find((c) => c.id === id);
      if (!child) {
        const leaf = depth === item.path.length - 1;
        child = { id, code, name, amount: "0", children: [], kind: leaf ? (item.kind ?? "leaf") : "group" };
        node.children.push(child);
      }
      totals.set(child, [...(totals.get(child) ?? []), item.amount ?? "0"]);
      node = child;
    });
  }
  for (const [node, amounts] of totals) node.amount = toAmount(sum(amounts));
  if (gap && gap.published !== null) {
    const missing = dec(gap.published).minus(dec(root.amount));
    if (!missing.isZero()) {
      root.children.push({ id: "gap", code: "", name: gap.name, amount: toAmount(missing), children: [], kind: "gap" });
      root.amount = toAmount(dec(gap.published));
    }
  }
  return root;
}

const functionalPath = (code: string, leafName: string): Item["path"] => [
  [code.slice(0, 3), FUNCTIONAL[code.slice(0, 3)] ?? `功能分类 ${code.slice(0, 3)}`],
  [code.slice(0, 5), FUNCTIONAL[code.slice(0, 5)] ?? `功能分类 ${code.slice(0, 5)}`],
  [code, leafName],
];

/** 政府经济分类: 501 → 50101. */
const governmentPath = (code: string, name: string): Item["path"] => [
  [code.slice(0, 3), GOVERNMENT_ECONOMIC[code.slice(0, 3)] ?? `经济分类 ${code.slice(0, 3)}`],
  [code, name],
];

/** 部门经济分类: 301 → 30101, and 30211 → 3021101 where Beijing has 7-digit sub-items. */
function departmentPath(code: string, name: string, names: ReadonlyMap<string, string>): Item["path"] {
  const top: [string, string] = [code.slice(0, 3), DEPARTMENT_ECONOMIC[code.slice(0, 3)] ?? `经济分类 ${code.slice(0, 3)}`];
  if (code.length <= 5) return [top, [code, name]];
  const parent = code.slice(0, 5);
  return [top, [parent, DEPARTMENT_ECONOMIC[parent] ?? names.get(parent) ?? `经济分类 ${parent}`], [code, name]];
}

const GAP = "未列明明细（原表合计大于各行之和）";

/** Every treemap of a disclosure. */
export function trees(d: Disclosure): Tree[] {
  const { t03, t05, t06, t10, t11 } = d.tables;
  const departmentNames = new Map([...t03.rows, ...t06.rows].map((r) => [r.departmentEconomic.code, r.departmentEconomic.name]));
  return [
    {
      id: "functional",
      title: "支出功能分类（全部资金）",
      description: "预算03表 支出总表，按支出功能分类的类、款、项。",
      table: "t03",
      root: build(
        "全部支出",
        t03.rows.map((r) => ({ path: functionalPath(r.functional.code, r.functional.name), amount: r.total })),
        { published: t03.total.total, name: GAP },
      ),
    },
    {
      id: "functional-fiscal",
      title: "支出功能分类（一般公共预算财政拨款）",
      description: "预算05表 一般公共预算支出表，按支出功能分类的类、款、项；各单位同一科目合并。",
      table: "t05",
      root: build(
        "一般公共预算支出",
        t05.rows.map((r) => ({ path: functionalPath(r.code, r.name), amount: r.total })),
        { published: t05.total.total, name: GAP },
      ),
    },
    {
      id: "economic-government",
      title: "政府预算支出经济分类",
      description: "预算03表 支出总表，按政府预算支出经济分类的类、款。",
      table: "t03",
      root: build(
        "全部支出",
        t03.rows.map((r) => ({ path: governmentPath(r.governmentEconomic.code, r.governmentEconomic.name), amount: r.total })),
        { published: t03.total.total, name: GAP },
      ),
    },
    {
      id: "economic-department",
      title: "部门预算支出经济分类",
      description: "预算03表 支出总表，按部门预算支出经济分类的类、款（及北京市的子目）。",
      table: "t03",
      root: build(
        "全部支出",
        t03.rows.map((r) => ({ path: departmentPath(r.departmentEconomic.code, r.departmentEconomic.name, departmentNames), amount: r.total })),
        { published: t03.total.total, name: GAP },
      ),
    },
    {
      id: "basic",
      title: "基本支出（一般公共预算财政拨款）",
      description: "预算06表 一般公共预算基本支出表，按部门预算支出经济分类。",
      table: "t06",
      root: build(
        "基本支出",
        t06.rows.map((r) => ({ path: departmentPath(r.departmentEconomic.code, r.departmentEconomic.name, departmentNames), amount: r.total })),
        { published: t06.total.total, name: GAP },
      ),
    },
    {
      id: "projects",
      title: "项目（按首次立项年度与类别）",
      description: "预算表12 项目支出绩效目标表的项目，按项目编码中的首次立项年度和类别字母分组。",
      table: "t12",
      root: build(
        "预算表12 所列项目",
        d.projects.map((p) => {
          const code = describeCode(p.code);
          return {
            path: [
              [String(code.firstYear), `${code.firstYear} 年立项`],
              [`${code.firstYear}-${code.type}`, code.typeName ? `${code.type} ${code.typeName}` : `类别 ${code.type}`],
              [p.code, p.name],
            ],
            amount: p.total,
            kind: "project" as const,
          };
        }),
      ),
    },
    {
      id: "purchased-services",
      title: "政府购买服务（按指导性目录）",
      description: "预算11表 财政拨款政府购买服务明细表，按指导性目录的一、二、三级；同一三级目录的各笔合并。",
      table: "t11",
      root: build(
        "政府购买服务",
        t11.rows.map((r) => ({
          path: [
            [r.level1.code, r.level1.name],
            [r.level2.code, r.level2.name],
            [`${r.level2.code}-${r.level3}`, r.level3],
          ],
          amount: r.amount,
        })),
        { published: t11.total.amount, name: GAP },
      ),
    },
    {
      id: "procurement",
      title: "政府采购（按采购类别）",
      description: "预算10表 政府采购预算明细表，按货物、工程、服务。",
      table: "t10",
      root: build(
        "政府采购",
        t10.rows.map((r) => ({ path: [[r.code, r.name || PROCUREMENT[r.code] || r.code]], amount: r.amount })),
        { published: t10.total.amount, name: GAP },
      ),
    },
  ];
}

/** Every node with children, with the path of ancestors leading to it: one treemap page each. */
export function branches(tree: Tree): { node: TreeNode; ancestors: TreeNode[] }[] {
  const out: { node: TreeNode; ancestors: TreeNode[] }[] = [];
  const walk = (node: TreeNode, ancestors: TreeNode[]) => {
    if (node.children.length === 0) return;
    out.push({ node, ancestors });
    for (const child of node.children) walk(child, [...ancestors, node]);
  };
  walk(tree.root, []);
  return out;
}
