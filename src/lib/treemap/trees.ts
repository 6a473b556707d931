import { gridOf, itemRows, projectsTable, totalOf } from "../disclosure/access.ts";
import { DEPARTMENT_ECONOMIC, FUNCTIONAL, GOVERNMENT_ECONOMIC, PROCUREMENT } from "../disclosure/classifications.ts";
import { describeCode } from "../disclosure/project-code.ts";
import { locationAnchor } from "../disclosure/location.ts";
import { type Amount, dec, decimalsOf, maxDecimals, sum, toAmount } from "../disclosure/money.ts";
import type { Check, Disclosure } from "../disclosure/schema.ts";
import { rowsCheckId } from "../findings/tables.ts";
import type { GridRow, GridTable, Subject, TableKey } from "../disclosure/tables.ts";
import { wan } from "../site/overview.ts";
import { paths, type DisclosureRef } from "../site/paths.ts";
import { perObject } from "../memo.ts";

/** A node of a spending hierarchy. Amounts are exact, in 万元; geometry is computed from them elsewhere. */
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
  /** where a leaf's row stands in its table: the anchor the leaf links to */
  anchor?: string;
}

export interface Tree {
  id: string;
  title: string;
  /** what the tree shows, from which table */
  description: string;
  /** the table its leaves are rows of; none for a tree across disclosures */
  table?: TableKey;
  root: TreeNode;
  /** the check that compares the table's rows with its 合计: where a gap, or rows beyond the 合计, are explained */
  check?: string;
  /**
   * Where the rows add up to more than the published 合计: the chart shows the rows' sum, and says
   * by how much it exceeds the 合计.
   */
  excess?: { published: Amount; rows: Amount };
}

interface Item {
  /**
   * the path from the top: [["201", "一般公共服务支出"], ["20103", …], ["2010301", "行政运行"]]; a
   * node without a code is known by its row's place instead (["", "司法", "p23-8"])
   */
  path: [code: string, name: string, id?: string][];
  amount: Amount | null;
  kind?: TreeNode["kind"];
  anchor?: string;
}

const GAP = "未列明明细（原表合计大于各行之和）";

/**
 * Builds a tree from leaf items; a node's amount is the exact sum of its items. Where the table's
 * rows fall short of its published 合计, the difference is a node of its own (a gap); where they
 * exceed it, the tree shows the rows and says so.
 */
function build(rootName: string, items: readonly Item[], published?: Amount | null): { root: TreeNode; excess?: Tree["excess"] } {
  const root: TreeNode = { id: "", code: "", name: rootName, amount: "0", children: [], kind: "group" };
  const totals = new Map<TreeNode, Amount[]>();
  const add = (node: TreeNode, amount: Amount | null) => {
    const list = totals.get(node);
    if (list) list.push(amount ?? "0");
    else totals.set(node, [amount ?? "0"]);
  };
  const byId = new Map<string, TreeNode>();
  for (const item of items) {
    let node = root;
    add(root, item.amount);
    item.path.forEach(([code, name], depth) => {
      const id = item.path.slice(0, depth + 1).map(([c, , own]) => own ?? c).join("/");
      let child = byId.get(id);
      if (!child) {
        const leaf = depth === item.path.length - 1;
        child = { id, code, name, amount: "0", children: [], kind: leaf ? (item.kind ?? "leaf") : "group", ...(leaf && item.anchor ? { anchor: item.anchor } : {}) };
        byId.set(id, child);
        node.children.push(child);
      }
      add(child, item.amount);
      node = child;
    });
  }
  for (const [node, amounts] of totals) node.amount = toAmount(sum(amounts), maxDecimals(amounts));
  if (published == null) return { root };
  const missing = dec(published).minus(dec(root.amount));
  if (missing.gt(0)) {
    root.children.push({ id: "gap", code: "", name: GAP, amount: toAmount(missing, decimalsOf(published)), children: [], kind: "gap" });
    root.amount = published;
    return { root };
  }
  return missing.isZero() ? { root } : { root, excess: { published, rows: root.amount } };
}

/** The names a table prints for its own 类 and 款 rows: they win over the reference list. */
function printedNames(t: GridTable, key: string): Map<string, string> {
  return new Map(t.rows.flatMap((r) => (r.subjects[key] ? [[r.subjects[key].code, r.subjects[key].name] as const] : [])));
}

/** 功能分类: 类 (3 digits) → 款 (5) → 项 (7), as deep as the code goes. */
function functionalPath(code: string, leafName: string, names: ReadonlyMap<string, string>): Item["path"] {
  return [3, 5, 7]
    .filter((length) => length < code.length)
    .map((length): [string, string] => {
      const prefix = code.slice(0, length);
      return [prefix, names.get(prefix) ?? FUNCTIONAL[prefix] ?? `功能分类 ${prefix}`];
    })
    .concat([[code, leafName]]);
}

/** 政府经济分类: 501 → 50101. */
const governmentPath = (code: string, name: string): Item["path"] => [
  [code.slice(0, 3), GOVERNMENT_ECONOMIC[code.slice(0, 3)] ?? `经济分类 ${code.slice(0, 3)}`],
  [code, name],
];

/** 部门经济分类: 301 → 30101, and 30211 → 3021101 where Beijing has 7-digit sub-items. */
function departmentPath(code: string, name: string, names: ReadonlyMap<string, string>): Item["path"] {
  const top: [string, string] = [code.slice(0, 3), names.get(code.slice(0, 3)) ?? DEPARTMENT_ECONOMIC[code.slice(0, 3)] ?? `经济分类 ${code.slice(0, 3)}`];
  if (code.length <= 3) return [[code, name]];
  if (code.length <= 5) return [top, [code, name]];
  const parent = code.slice(0, 5);
  return [top, [parent, DEPARTMENT_ECONOMIC[parent] ?? names.get(parent) ?? `经济分类 ${parent}`], [code, name]];
}

/**
 * The path of each row of a table printed without codes, by how deep its rows stand (told by their
 * sums when it was read): 公共安全支出 › 司法 › 行政运行. None where its levels are unknown: its rows
 * are not drawn as a tree that might count a 类 and its 项 twice.
 */
const structurePaths = perObject((t: GridTable): Map<GridRow, Item["path"]> => {
  const paths = new Map<GridRow, Item["path"]>();
  if (t.levels !== "sums") return paths;
  const open: Item["path"] = [];
  for (const row of t.rows) {
    if (row.kind === "total" || row.depth === undefined) continue;
    const subject = Object.values(row.subjects)[0];
    const name = subject?.name || Object.values(row.texts).find(Boolean) || "";
    open.length = row.depth - 1;
    open.push(["", name, locationAnchor(row)]);
    paths.set(row, [...open]);
  }
  return paths;
});

/** A row's path by one of its subjects: by its code, or where it prints none, by where it stands. */
function pathBy(t: GridTable, key: string, row: GridRow, coded: (s: Subject) => Item["path"]): Item["path"] | undefined {
  const s = row.subjects[key];
  return s && (s.code ? coded(s) : structurePaths(t).get(row));
}

/** A tree of a table's detail rows by one of its subjects. */
function byRows(
  checks: readonly Check[],
  t: GridTable,
  id: string,
  title: string,
  description: string,
  rootName: string,
  path: (row: GridRow) => Item["path"] | undefined,
  column = "total",
): Tree | undefined {
  const rows = itemRows(t).filter((r) => path(r));
  if (rows.length === 0) return undefined;
  const items = rows.map((r) => ({ path: path(r) ?? [], amount: wan(r.amounts[column], t.unit), anchor: locationAnchor(r) }));
  const { root, excess } = build(rootName, items, wan(totalOf(t, column), t.unit));
  // the check that explains a gap: the table's, or in a table printed in halves, the half's that fails
  const halves = [...new Set(t.rows.filter((r) => r.kind === "total").map((r) => r.group))];
  const ids = halves.map((half) => rowsCheckId(t.key, column, half)).filter((check) => checks.some((c) => c.id === check));
  const check = ids.find((check) => checks.some((c) => c.id === check && !c.passed)) ?? ids[0];
  return { id, title, description, table: t.key, root, ...(check ? { check } : {}), ...(excess ? { excess } : {}) };
}

/** Every treemap a disclosure's tables allow, all in 万元; built once per disclosure. */
export const trees = perObject(buildTrees);

function buildTrees(d: Disclosure): Tree[] {
  const expenditure = gridOf(d, "expenditure");
  const general = gridOf(d, "general-budget");
  const basic = gridOf(d, "basic-economic");
  const services = gridOf(d, "purchased-services");
  const procurement = gridOf(d, "procurement");
  const economicNames = new Map([...(expenditure?.rows ?? []), ...(basic?.rows ?? [])].flatMap((r) => (r.subjects.departmentEconomic ? [[r.subjects.departmentEconomic.code, r.subjects.departmentEconomic.name] as const] : [])));
  const of = (t: GridTable) => `${t.label} ${t.title}`;
  const found: (Tree | undefined)[] = [
    expenditure &&
      byRows(d.checks, expenditure, "functional", "支出功能分类（全部资金）", `${of(expenditure)}，按支出功能分类的类、款、项。`, "全部支出", (r) => {
        return pathBy(expenditure, "functional", r, (s) => functionalPath(s.code, s.name, printedNames(expenditure, "functional")));
      }),
    general &&
      byRows(d.checks, general, "functional-fiscal", "支出功能分类（一般公共预算财政拨款）", `${of(general)}，按支出功能分类的类、款、项${general.rows.some((r) => r.group) ? "；各单位同一科目合并" : ""}。`, "一般公共预算支出", (r) => {
        return pathBy(general, "functional", r, (s) => functionalPath(s.code, s.name, printedNames(general, "functional")));
      }),
    expenditure &&
      byRows(d.checks, expenditure, "economic-government", "政府预算支出经济分类", `${of(expenditure)}，按政府预算支出经济分类的类、款。`, "全部支出", (r) => {
        return pathBy(expenditure, "governmentEconomic", r, (s) => governmentPath(s.code, s.name));
      }),
    expenditure &&
      byRows(d.checks, expenditure, "economic-department", "部门预算支出经济分类", `${of(expenditure)}，按部门预算支出经济分类的类、款（及北京市的子目）。`, "全部支出", (r) => {
        return pathBy(expenditure, "departmentEconomic", r, (s) => departmentPath(s.code, s.name, economicNames));
      }),
    basic &&
      byRows(d.checks, basic, "basic", "基本支出（一般公共预算财政拨款）", `${of(basic)}，按部门预算支出经济分类。`, "基本支出", (r) => {
        return pathBy(basic, "departmentEconomic", r, (s) => departmentPath(s.code, s.name, economicNames));
      }),
    projectTree(d),
    services &&
      byRows(d.checks, services, "purchased-services", "政府购买服务（按指导性目录）", `${of(services)}，按指导性目录的一、二、三级；同一三级目录的各笔合并。`, "政府购买服务", (r) => {
        const [l1, l2] = [r.subjects.level1, r.subjects.level2];
        const l3 = r.texts.level3;
        return l1 && l2 && l3 !== undefined ? [[l1.code, l1.name], [l2.code, l2.name], [`${l2.code}-${l3}`, l3]] : undefined;
      }),
    procurement &&
      byRows(d.checks, procurement, "procurement", "政府采购（按采购类别）", `${of(procurement)}，按货物、工程、服务。`, "政府采购", (r) => {
        const category = procurementCategory(r);
        return category && [category];
      }),
  ];
  return found.filter((t): t is Tree => t !== undefined);
}

/**
 * A procurement row's 采购类别 (货物, 工程, 服务), as printed (A-货物, or 货物 alone); none for a row
 * nested under another, which its category's row already counts.
 */
function procurementCategory(r: GridRow): [string, string] | undefined {
  const text = r.texts.category;
  if (!text || (r.depth ?? 1) > 1) return undefined;
  const [, code, name] = /^([A-Z])\s*[-—－]\s*(.+)$/.exec(text) ?? [];
  return code && name ? [code, name] : [text, PROCUREMENT[text] ?? text];
}

/** Projects by the year and type their codes state; a template without codes has no such tree. */
function projectTree(d: Disclosure): Tree | undefined {
  const coded = d.projects.filter((p) => p.code);
  if (coded.length === 0 || coded.length !== d.projects.length) return undefined;
  const table = projectsTable(d);
  if (!table) return undefined;
  const { root } = build(
    `${table.label} 所列项目`,
    coded.map((p) => {
      const code = describeCode(p.code ?? "");
      return {
        path: [
          [String(code.firstYear), `${code.firstYear} 年立项`],
          [`${code.firstYear}-${code.type}`, code.typeName ? `${code.type} ${code.typeName}` : `类别 ${code.type}`],
          [p.id, p.name],
        ],
        amount: wan(p.total, table.unit),
        kind: "project" as const,
      };
    }),
  );
  return { id: "projects", title: "项目（按首次立项年度与类别）", description: `${table.label} ${table.title}的项目，按项目编码中的首次立项年度和类别字母分组。`, table: table.key, root };
}

/**
 * Where a tile leads: the node's own treemap, the project, the check that explains a gap, or the
 * row of the table it was read from.
 */
export function tileTarget(d: DisclosureRef, tree: Tree, node: TreeNode): string {
  if (node.kind === "project") return paths.project(d, node.code);
  if (node.kind === "gap" && tree.check) return paths.check(d, tree.check);
  if (node.children.length > 0) return paths.treemap(d, tree.id, node.id);
  return tree.table ? `${paths.table(d, tree.table)}${node.anchor ? `#${node.anchor}` : ""}` : paths.disclosure(d);
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
