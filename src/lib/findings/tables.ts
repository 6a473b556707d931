import { codedSubject, columnName, isPrinted, itemRows, totalRow } from "../disclosure/access.ts";
import { locationOf } from "../disclosure/location.ts";
import type { Check, Project } from "../disclosure/schema.ts";
import type { Column, GridRow, GridTable, OverallTable, StatementRow, StatementTable, Table } from "../disclosure/tables.ts";
import type { GridDef, StatementDef, TableDef } from "../templates/types.ts";
import { dec, decimalsOf, toAmount } from "../disclosure/money.ts";
import { compare, figure, rowwise, type Figure } from "./check.ts";

/** "A加B", or "A、B、C之和": how a sentence names the parts of a sum. */
export function partsPhrase(names: readonly string[]): string {
  return names.length === 2 ? `${names[0]}加${names[1]}` : `${names.join("、")}之和`;
}

const at = (row: { line: number; page?: number }) => locationOf(row);
const amountOf = (row: GridRow | StatementRow, key: string): Figure => figure(row.amounts[key], at(row));

/** Every check a table allows within itself, as its definition says. */
export function tableChecks(t: Table, def: TableDef, projects: readonly Project[]): Check[] {
  switch (t.shape) {
    case "grid":
      return def.shape === "grid" ? [...gridChecks(t, def), ...(def.role === "projects" ? projectChecks(t.key, t.title, t.unit, projects, totalRow(t)) : [])] : [];
    case "statement":
      return def.shape === "statement" ? statementChecks(t, def) : [];
    case "projects":
      return projectChecks(t.key, t.title, t.unit, projects);
    case "overall":
      return overallChecks(t);
  }
}

/**
 * The sums a definition names, for the columns this printing has. A part marked `?` counts where it
 * is printed; one marked `!` must not be (a whole its parts would count twice: 财政拨款 beside its
 * 一般公共预算). A sum with parts that may be missing holds only where the table prints no amount
 * column the definition does not name: that column could be a part too.
 */
function identities(sums: GridDef["sums"], columns: readonly Column[]) {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  // a part that may be missing, printed under 其中 (of which), is part of another column, not one more
  // part of the sum (北京's 支出总表: 其中 | 事业单位经营支出 beside 基本支出 and 项目支出); the parts a sum
  // must have are its parts under whatever group (福州's 小计 | 其中： | 基本支出, 项目支出)
  const ofWhich = (key: string) => byKey.get(key)?.header.slice(0, -1).some((group) => /^其中[:：]?$/.test(group)) === true;
  const unnamed = columns.some((c) => c.kind === "amount" && isPrinted(c));
  return (sums ?? []).flatMap(([total, parts]) => {
    const totalColumn = byKey.get(total);
    const required = parts.filter((p) => !/^!|\?$/.test(p)).map((p) => byKey.get(p));
    const optional = parts.filter((p) => p.endsWith("?"));
    if (!totalColumn || !required.every(Boolean) || parts.some((p) => p.startsWith("!") && byKey.has(p.slice(1)))) return [];
    if (unnamed && optional.some((p) => !byKey.has(p.slice(0, -1)))) return [];
    const present = parts.flatMap((p) => (p.startsWith("!") || (p.endsWith("?") && ofWhich(p.slice(0, -1))) ? [] : (byKey.get(p.replace(/\?$/, "")) ?? [])));
    return present.length > 0 ? [{ total: totalColumn, parts: present }] : [];
  });
}

/**
 * A grid: each amount column's detail rows against the 合计 row (per half where printed in halves),
 * each 类 and 款 against the rows under it, and the sums every row keeps.
 */
function gridChecks(t: GridTable, def: GridDef): Check[] {
  const base = { tables: [t.key], unit: t.unit } as const;
  const named = (description: string) => `${t.title}：${description}`;
  const amounts = t.columns.filter((c) => c.kind === "amount");
  const halves = [...new Set(t.rows.filter((r) => r.kind === "total").map((r) => r.group))];
  const checks: Check[] = [];

  // a table of projects repeats a project's row atop each page it runs on: its 合计 is checked against the projects read from it
  for (const half of def.role === "projects" || t.levels === "unknown" ? [] : halves) {
    const total = totalRow(t, half);
    if (!total) continue;
    const items = itemRows(t).filter((r) => half === undefined || r.group === half);
    for (const column of amounts.filter((c) => half === undefined || c.half === undefined || c.half === half)) {
      if (total.amounts[column.key] == null && !items.some((r) => r.amounts[column.key] != null)) continue;
      checks.push(compare({ ...base, id: rowsCheckId(t.key, column.key, half), kind: "table", description: named(`各行“${columnName(column)}”之和等于${half === undefined ? "合计行" : "该栏合计"}`), expected: amountOf(total, column.key), parts: items.map((r) => amountOf(r, column.key)) }));
    }
  }

  const subtotals = t.rows.filter((r) => r.kind === "subtotal");
  // subtotals are checked against the rows under them, told by their codes or by how deep they stand
  // (told by their sums, they add up but for rounding)
  const hierarchy = t.levels === undefined ? def.hierarchy : t.levels === "codes" ? codedSubject(t) : undefined;
  const byDepth = t.levels === "sums";
  if ((hierarchy || byDepth) && subtotals.length > 0) {
    const under = (row: GridRow) => (hierarchy ? childrenOf(t.rows, row, hierarchy) : childrenByDepth(t.rows, row));
    const name = (row: GridRow) => (hierarchy ? `${row.subjects[hierarchy]?.code} ${row.subjects[hierarchy]?.name}` : rowName(row));
    const printedInHalves = amounts.some((c) => c.half !== undefined);
    for (const column of amounts) {
      // in a table printed in halves, a column's subtotals are those of its half
      const own = subtotals.filter((r) => column.half === undefined || r.group === column.half);
      if (own.length === 0) continue;
      checks.push(
        ...rowwise(
          { ...base, id: `${t.key}.subtotals${printedInHalves ? `.half${column.half}` : ""}.${column.key}`, description: `各类、款的“${columnName(column)}”等于其下各行之和` },
          own.map((row) => ({ expected: amountOf(row, column.key), parts: under(row).map((r) => amountOf(r, column.key)), name: name(row) })),
          t.title,
        ),
      );
    }
  }

  for (const { total, parts } of identities(def.sums, t.columns)) {
    const description = `${columnName(total)}等于${partsPhrase(parts.map(columnName))}`;
    const of = (row: GridRow) => ({ expected: amountOf(row, total.key), parts: parts.map((p) => amountOf(row, p.key)) });
    for (const row of t.rows.filter((r) => r.kind === "total")) {
      checks.push(compare({ ...base, id: `${t.key}.total-row${row.group && halves.length > 1 ? `.half${row.group}` : ""}.${total.key}`, kind: "table", description: named(`合计行：${description}`), ...of(row) }));
    }
    const rows = t.rows.filter((r) => r.kind !== "total");
    if (rows.length > 0) checks.push(...rowwise({ ...base, id: `${t.key}.each-row.${total.key}`, description }, rows.map((row) => ({ ...of(row), name: rowName(row) })), t.title));
  }
  if (def.balance) {
    const { opening, income, spending, closing } = def.balance;
    const byKey = new Map(t.columns.map((c) => [c.key, c]));
    const [o, i, s, c] = [opening, income, spending, closing].map((key) => byKey.get(key));
    if (o && i && s && c) {
      const rows = t.rows.filter((r) => [opening, income, spending, closing].some((key) => r.amounts[key] != null));
      checks.push(
        ...rowwise(
          { ...base, id: `${t.key}.each-row.balance`, description: `${columnName(c)}等于${columnName(o)}加${columnName(i)}减${columnName(s)}` },
          rows.map((row) => ({ expected: amountOf(row, closing), parts: [amountOf(row, opening), amountOf(row, income), negated(amountOf(row, spending))], name: rowName(row) })),
          t.title,
        ),
      );
    }
  }
  return checks;
}

/** A figure taken away rather than added: its value negated, its place kept. */
function negated(f: Figure): Figure {
  return f.value == null ? f : figure(toAmount(dec(f.value).negated(), decimalsOf(f.value)), f.at);
}

/** The id of the check of a column's rows against its 合计 (of one half, for a table printed in halves). */
export function rowsCheckId(key: string, column: string, half?: number): string {
  return `${key}.rows${half === undefined ? "" : `.half${half}`}.${column}`;
}

/** A row as a sentence names it: its codes (and the name of its first subject). */
export function rowName(row: GridRow): string {
  const subjects = Object.values(row.subjects);
  if (subjects.length === 0) return `第 ${row.line} 行`;
  if (subjects.length === 1) return `${subjects[0]?.code} ${subjects[0]?.name}`.trim();
  return subjects.map((s) => s.code).join(" ");
}

/** The rows directly under a subtotal of a table without codes: the rows after it one deeper, up to one no deeper than it. */
function childrenByDepth(rows: readonly GridRow[], parent: GridRow): GridRow[] {
  const depth = parent.depth ?? 1;
  const after = rows.slice(rows.indexOf(parent) + 1);
  const end = after.findIndex((row) => row.kind === "total" || (row.depth ?? 1) <= depth);
  return (end < 0 ? after : after.slice(0, end)).filter((row) => row.depth === depth + 1);
}

/** The rows directly under a subtotal: the rows after it whose codes extend its code by one level. */
function childrenOf(rows: readonly GridRow[], parent: GridRow, key: string): GridRow[] {
  const code = parent.subjects[key]?.code ?? "";
  // the rows of the parent's group (its half, or its unit's block), in printed order
  const group = rows.filter((row) => row.group === parent.group);
  const start = group.indexOf(parent) + 1;
  const under: GridRow[] = [];
  for (let i = start; i < group.length; i++) {
    const row = group[i] as GridRow;
    const own = row.subjects[key]?.code ?? "";
    if (row.kind === "total" || !own.startsWith(code) || own === code) break;
    under.push(row);
  }
  const level = Math.min(...under.map((r) => r.subjects[key]?.code.length ?? Infinity));
  return under.filter((r) => r.subjects[key]?.code.length === level);
}

/**
 * A 收支总表: each side's items against its 合计 (or 总计), 合计 and the carry lines against the
 * 总计, the parts of an item or a carry line against it, and 收入总计 against 支出总计.
 */
function statementChecks(t: StatementTable, def: StatementDef): Check[] {
  const base = { tables: [t.key], unit: t.unit } as const;
  const named = (description: string) => `${t.title}：${description}`;
  const checks: Check[] = [];
  const totals: Partial<Record<"income" | "expenditure", StatementRow>> = {};
  for (const side of ["income", "expenditure"] as const) {
    const rows = t[side];
    const items = rows.filter((r) => r.kind === "item");
    const subtotal = rows.find((r) => r.kind === "subtotal");
    const carries = rows.filter((r) => r.kind === "carry");
    const total = rows.find((r) => r.kind === "total");
    totals[side] = total;
    for (const column of t.columns[side].filter((c) => c.kind === "amount")) {
      const key = column.key;
      const suffix = key === "total" ? "" : `.${key}`;
      const of = (name: string) => (key === "total" ? name : `${name}（${columnName(column)}）`);
      // a side whose lines under 本年收入 are unnumbered (shown as printed, never added up) has no items to add
      if (subtotal && items.length > 0) checks.push(compare({ ...base, id: `${t.key}.${side}${suffix}`, kind: "table", description: named(of(`${side === "income" ? "收入" : "支出"}各项之和等于${subtotal.label}`)), expected: amountOf(subtotal, key), parts: items.map((r) => amountOf(r, key)) }));
      const before = subtotal ? [subtotal] : items;
      if (total && (subtotal || carries.length > 0 || items.length > 0)) {
        const what = subtotal ? `${subtotal.label}${carries.length ? `加${carries.map((c) => c.label).join("、")}` : ""}` : `${side === "income" ? "收入" : "支出"}各项${carries.length ? `加${carries.map((c) => c.label).join("、")}` : ""}之和`;
        checks.push(compare({ ...base, id: `${t.key}.${side}-total${suffix}`, kind: "table", description: named(of(`${what}等于${total.label}`)), expected: amountOf(total, key), parts: [...before, ...carries].map((r) => amountOf(r, key)) }));
      }
      const groups = groupsOf(rows);
      groups.forEach(([parent, parts, kind]) => {
        const same = groups.filter(([, , k]) => k === kind);
        const ordinal = same.length > 1 ? `-${same.findIndex(([p]) => p === parent) + 1}` : "";
        const what = parts.length > 1 ? `${parts.map((p) => p.label).join("、")}之和` : (parts[0]?.label ?? "");
        checks.push(compare({ ...base, id: `${t.key}.${side}.${kind === "carry-item" ? "carry" : "item"}-parts${ordinal}${suffix}`, kind: "table", description: named(of(`${what}等于${parent.label}`)), expected: amountOf(parent, key), parts: parts.map((r) => amountOf(r, key)) }));
      });
    }
    for (const { total: sumTotal, parts } of identities(def.sums, t.columns[side])) {
      checks.push(
        ...rowwise(
          { ...base, id: `${t.key}.${side}.each-row.${sumTotal.key}`, description: `${side === "income" ? "收入" : "支出"}：${columnName(sumTotal)}等于${partsPhrase(parts.map(columnName))}` },
          rows.map((row) => ({ expected: amountOf(row, sumTotal.key), parts: parts.map((p) => amountOf(row, p.key)), name: row.label })),
          t.title,
        ),
      );
    }
  }
  if (totals.income && totals.expenditure) {
    checks.push(compare({ ...base, id: `${t.key}.balance`, kind: "table", description: named(`${totals.income.label}等于${totals.expenditure.label}`), expected: amountOf(totals.income, "total"), parts: [amountOf(totals.expenditure, "total")] }));
  }
  return checks;
}

/** Items with their parts (subitems), and carry lines with theirs (carry items), as printed one after the other. */
function groupsOf(rows: readonly StatementRow[]): [StatementRow, StatementRow[], "subitem" | "carry-item"][] {
  const groups: [StatementRow, StatementRow[], "subitem" | "carry-item"][] = [];
  let parent: StatementRow | undefined;
  for (const row of rows) {
    if (row.kind === "item" || row.kind === "carry") parent = row;
    else if ((row.kind === "subitem" || row.kind === "carry-item") && parent) {
      const last = groups.at(-1);
      if (last && last[0] === parent) last[1].push(row);
      else groups.push([parent, [row], row.kind]);
    }
  }
  return groups;
}

function projectChecks(key: Table["key"], title: string, unit: Table["unit"], projects: readonly Project[], total?: GridRow): Check[] {
  if (projects.length === 0) return [];
  const name = (p: Project) => `${p.code ?? p.id} ${p.name}`;
  const checks: Check[] = [];
  if (total?.amounts.total != null) {
    checks.push(compare({ tables: [key], unit, id: `${key}.projects-total`, kind: "table", description: `${title}：各项目的金额之和等于合计行`, expected: amountOf(total, "total"), parts: projects.map((p) => figure(p.total, at(p))) }));
  }
  // a split into 财政资金 and 其他资金 is checked where the table prints one, for the projects it prints
  // their 财政资金 for (a table of 其他资金 alone, its 财政拨款 in columns by fund, is no such split: 湖州 表10)
  const split = projects.filter((p) => p.fiscalFunds != null);
  if (split.length === 0) return checks;
  checks.push(...rowwise(
    { tables: [key], unit, id: `${key}.project-split`, description: "项目总额等于财政资金加其他资金" },
    split.map((p) => ({ expected: figure(p.total, at(p)), parts: [figure(p.fiscalFunds, at(p)), figure(p.otherFunds, at(p))], name: name(p) })),
    title,
  ));
  const yearly = projects.filter((p) => p.annualFunds);
  if (yearly.length > 0) {
    checks.push(
      ...rowwise(
        { tables: [key], unit, id: `${key}.year-split`, description: "年度资金申请总额等于当年财政拨款、上年结转资金和其他资金之和" },
        yearly.map((p) => ({ expected: figure(p.annualFunds?.total, at(p)), parts: [figure(p.annualFunds?.fiscal, at(p)), figure(p.annualFunds?.carryOver, at(p)), figure(p.annualFunds?.other, at(p))], name: name(p) })),
        title,
      ),
    );
  }
  return checks;
}

function overallChecks(t: OverallTable): Check[] {
  const { funds } = t;
  const base = { tables: [t.key], unit: t.unit, kind: "table" } as const;
  const f = (value: string | null) => figure(value, at(funds));
  return [
    compare({ ...base, id: `${t.key}.fiscal`, description: `${t.title}：财政拨款：合计等于基本支出加项目支出`, expected: f(funds.fiscal.total), parts: [f(funds.fiscal.basic), f(funds.fiscal.project)] }),
    compare({ ...base, id: `${t.key}.other`, description: `${t.title}：其他资金：合计等于基本支出加项目支出`, expected: f(funds.other.total), parts: [f(funds.other.basic), f(funds.other.project)] }),
    compare({ ...base, id: `${t.key}.total`, description: `${t.title}：预算支出总额等于财政拨款合计加其他资金合计`, expected: f(funds.total), parts: [f(funds.fiscal.total), f(funds.other.total)] }),
  ];
}
