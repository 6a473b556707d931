import type { ColumnKind } from "../disclosure/tables.ts";
import type { ColumnDef } from "./types.ts";

/**
 * A column of a definition: its field, its kind, and the headers it may be printed under, each the
 * innermost names of the printed header path ("合计", or ["基本支出", "小计"]).
 */
export function col(key: string, kind: ColumnKind, ...headers: (string | readonly string[])[]): ColumnDef {
  return { key, kind, headers: headers.map((h) => (typeof h === "string" ? [h] : h)) };
}

/** The same column, which a printing may leave out. */
export function optional(column: ColumnDef): ColumnDef {
  return { ...column, optional: true };
}

/** 类, 款 or 项 of a subject printed in columns of their own. */
export function part(key: string, level: 1 | 2 | 3, ...headers: (string | readonly string[])[]): ColumnDef {
  return { ...col(key, "code-part", ...headers), level };
}

/** A column of one half of a table printed in two halves side by side. */
export function half(n: 1 | 2, column: ColumnDef): ColumnDef {
  return { ...column, half: n };
}
