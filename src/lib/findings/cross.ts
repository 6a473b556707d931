import { itemRows, withoutNumber } from "../disclosure/access.ts";
import { functionalClassOf } from "../disclosure/classifications.ts";
import { locationOf } from "../disclosure/location.ts";
import { toWan, type Amount, type Unit } from "../disclosure/money.ts";
import type { Check } from "../disclosure/schema.ts";
import type { GridRow, GridTable, StatementRow, StatementTable, TableKey } from "../disclosure/tables.ts";
import { compare, figure, type Figure } from "./check.ts";

/**
 * A figure of a table in another table's unit, converted exactly. Only 元 → 万元 is exact (the
 * point moves four places); a check that would need 万元 → 元 is made in 万元 instead.
 */
export function inUnit(value: Amount | null | undefined, from: Unit, to: Unit): Amount | null | undefined {
  if (value == null || from === to) return value;
  if (to === "万元") return toWan(value, from);
  throw new Error(`no exact conversion from ${from} to ${to}`);
}

/** A check across tables: the first table's figure against figures of the others, all in `unit`. */
export function cross(id: string, tables: readonly TableKey[], description: string, unit: Unit, expected: Figure, parts: readonly Figure[]): Check {
  return compare({ id, kind: "cross", tables, description, unit, expected, parts });
}

/** A row's amount in a column, as a figure for a check. */
export function cell(row: GridRow | StatementRow | undefined, key: string, fallback: { line: number; page?: number }): Figure {
  return figure(row?.amounts[key], locationOf(row ?? fallback));
}

/**
 * The 收支总表's spending by 功能分类 类 against a detail table's rows of the same 类: 一般公共服务支出
 * is the sum of every 201… row. Only items whose name is a 类 of the classification are compared;
 * `column` is the summary's column that the detail table's 合计 makes (财政拨款's 一般公共预算).
 */
export function byFunctionalClass(summary: StatementTable, detail: GridTable, subject = "functional", column = "total"): Check[] {
  const rows = itemRows(detail);
  // a table printed without codes names its 类 rows: each is compared with the 类 of its name
  const named = !detail.rows.some((r) => r.kind !== "total" && r.subjects[subject]?.code);
  // one with codes whose subtotal rows cannot be told from its items has no 类 sums to compare
  if (!named && detail.levels === "unknown") return [];
  const seen = new Set<string>();
  return summary.expenditure.flatMap((line) => {
    if (line.kind !== "item") return [];
    const code = functionalClassOf(line.label);
    const byName = detail.rows.filter((r) => r.kind !== "total" && r.subjects[subject]?.name === withoutNumber(line.label));
    if (named && byName.length !== 1) return [];
    const matching = !code ? [] : named ? byName : rows.filter((r) => r.subjects[subject]?.code.startsWith(code));
    if (!code || (line.amounts[column] == null && matching.length === 0)) return [];
    // a 类 printed twice is checked twice (its 合计 check shows the extra line); the second keeps its own id
    const again = seen.has(code);
    seen.add(code);
    return [
      cross(
        `${summary.key}-${detail.key}.functional.${code}${again ? `.again-${line.page ? `p${line.page}-` : ""}${line.line}` : ""}`,
        [summary.key, detail.key],
        `${summary.title}的${withoutNumber(line.label)}（${code}${again ? "，再次列出的一行" : ""}）等于${detail.title}中该类各行之和`,
        summary.unit,
        cell(line, column, summary),
        matching.map((r) => figure(inUnit(r.amounts.total, detail.unit, summary.unit), locationOf(r))),
      ),
    ];
  });
}
