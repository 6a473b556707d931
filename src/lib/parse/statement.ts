import { withoutNumber } from "../disclosure/access.ts";
import { functionalClassOf } from "../disclosure/classifications.ts";
import { locationOf } from "../disclosure/location.ts";
import type { Amount } from "../disclosure/money.ts";
import type { Column, StatementRow, StatementTable } from "../disclosure/tables.ts";
import type { ColumnDef, StatementDef } from "../templates/types.ts";
import type { TableContext } from "./context.ts";
import { clip, tableBase } from "./context.ts";
import { fit, splitBody, strippedLines } from "./grid.ts";
import { bySuffix, printedColumn, readHeader, vocabularyOf, type ColumnMatcher, type Header } from "./header.ts";
import { readPreamble } from "./preamble.ts";
import { compact, normalizeLabel } from "./text.ts";

type Side = "income" | "expenditure";
const SIDES: readonly Side[] = ["income", "expenditure"];
const SIDE_NAMES: Record<Side, string> = { income: "收入", expenditure: "支出" };
/** The order of a side's parts: items, 本年…合计, carry lines, 总计. */
const RANK = { items: 0, subtotal: 1, carry: 2, total: 3, done: 3 } as const;

/** What a carry line says, in any region's words (结转下年支出, 结转结余下年, 结余分配). */
const CARRY = /结转|结余|结存|弥补/;
/** Lines some regions print between 本年收入合计 and 收入总计 beside the carries (烟台) */
const BETWEEN = /上级补助|附属单位|上缴上级/;
/** 一、 numbers an item of a side. */
const ITEM = /^[一二三四五六七八九十]+、/;

type Phase = Record<Side, "items" | "subtotal" | "carry" | "done">;

/** The line of a side the definition names by this label, its number aside. */
const namedLine = (def: StatementDef, side: Side, label: string) => def.lines.find((l) => l.side === side && l.labels.some((name) => normalizeLabel(name) === normalizeLabel(label)));

/** Whether a named line may follow what the side has read: a later part, or another carry line (each once). */
const inOrder = (kind: keyof typeof RANK, side: Side, rows: readonly StatementRow[], label: string, phase: Phase) =>
  RANK[kind] > RANK[phase[side]] || (kind === "carry" && phase[side] === "carry" && !rows.some((r) => r.label === label));

/**
 * What a line of a 收支总表 is, as any region prints it: a line the vocabulary names (number aside:
 * 七、上年结转 is 上年结转); an item (一、…, or a 类 of the 功能分类 by its name); a part of the item
 * above it ((一)…, 1、…); a line under an item printed without a number (一般公共预算 under 一、财政
 * 拨款, or 款 and 项 under their 类), which details it at a depth the printing does not mark and is
 * not added up. 本年收入 may be printed first, its items after it.
 */
function openKind(def: StatementDef, side: Side, label: string, rows: readonly StatementRow[], phase: Phase): StatementRow["kind"] | { error: string } {
  const bare = withoutNumber(label);
  const named = namedLine(def, side, bare);
  const items = rows.some((r) => r.kind === "item");
  const subtotalFirst = rows.at(0)?.kind === "subtotal";
  if (named) {
    // 本年收入 (or the 合计 of all) printed above its items, or a carry line where the 本年…合计 is printed first or not at all
    const first = (named.kind === "subtotal" || named.kind === "total") && rows.length === 0;
    if (!first && !inOrder(named.kind, side, rows, label, phase)) {
      return { error: `不应出现在这里（前一行是“${rows.at(-1)?.label ?? ""}”）` };
    }
    phase[side] = first ? "items" : named.kind === "total" ? "done" : named.kind;
    return named.kind;
  }
  // between 本年收入合计 and 收入总计 every line is one the 总计 adds: 上年结转, and where a region
  // prints them there, 上级补助收入, 附属单位上缴收入 (烟台), 上缴上级支出
  if (phase[side] === "subtotal") {
    phase[side] = "carry";
    return "carry";
  }
  // another line the 总计 adds (附属单位上缴收入 after 上级补助收入), or a part of the one above (上年结转's 一般公共预算)
  if (phase[side] === "carry") return CARRY.test(bare) || BETWEEN.test(bare) ? "carry" : "carry-item";
  if (phase[side] !== "items") return { error: `应在“${rows.at(-1)?.label ?? ""}”之前` };
  if (ITEM.test(label) || functionalClassOf(label) !== undefined || (!items && !subtotalFirst)) return "item";
  // under 本年收入 printed first, its numbered parts are its items
  if (SUBITEM.test(label)) return subtotalFirst ? "item" : "subitem";
  return "detail";
}

/** 一、 二、 … numbers an item; 1. 2、 （一） a part of the item above it. */
const SUBITEM = /^(?:\d+\s*[.．、]|[（(][一二三四五六七八九十]+[）)])/;

/** The side a header label names (收入, 本年支出 …), if it names one. */
function sideNamed(def: StatementDef, label: string | undefined): Side | undefined {
  return SIDES.find((side) => label !== undefined && def.sides[side].headers.map(normalizeLabel).includes(normalizeLabel(label)));
}

/** Which side a printed column belongs to: its outermost header names the side. */
function sideMatcher(def: StatementDef): { match: ColumnMatcher; sideOf: Map<ColumnDef, Side> } {
  const sideOf = new Map<ColumnDef, Side>();
  const matchers = SIDES.map((side) => {
    for (const column of def.sides[side].columns) sideOf.set(column, side);
    return { side, names: def.sides[side].headers.map(normalizeLabel), match: bySuffix(def.sides[side].columns, def.groups) };
  });
  const match: ColumnMatcher = (path) => {
    const [outer, ...rest] = path;
    const side = matchers.find((m) => outer !== undefined && m.names.includes(normalizeLabel(outer)));
    return side && rest.length > 0 ? side.match(rest) : [];
  };
  return { match, sideOf };
}

/**
 * 收支总表 and 财政拨款收支总表: 收入 on the left, 支出 on the right. Each side is read on its own:
 * items, then the lines the template names (本年收入合计, 上年结转结余, 收入总计 …) in their order,
 * the parts of an item or of a carry line where printed. Any other order is reported.
 */
export function readStatement(ctx: TableContext, def: StatementDef): StatementTable | undefined {
  const { section } = ctx;
  const preamble = readPreamble(ctx, section.lines);
  const rest = section.lines.slice(preamble.lines.length);
  const { match, sideOf } = sideMatcher(def);
  const required = SIDES.flatMap((side) => def.sides[side].columns.filter((c) => !c.optional));
  const columns = SIDES.flatMap((side) => def.sides[side].columns);
  const header = readHeader(ctx, rest, match, required, vocabularyOf(columns, [...(def.groups ?? []), ...SIDES.flatMap((side) => def.sides[side].headers)]));
  if (!header) return undefined;
  const body = splitBody([...(header.first ? [header.first] : []), ...rest.slice(header.rows.length)], [...header.rows, ...preamble.lines]);
  // a column kept as printed (编制预算, 上年结转 beside 本年预算) is of the side its header or place puts it
  // under, and holds amounts as every column of a 收支总表 but the label does
  const read: Header["columns"] = [];
  for (const { def: column, path } of header.columns) {
    if (sideOf.has(column)) read.push({ def: column, path });
    else {
      const printed = { ...column, kind: "amount" as const };
      sideOf.set(printed, sideNamed(def, path[0]) ?? (read.at(-1) && sideOf.get(read.at(-1)!.def)) ?? "income");
      read.push({ def: printed, path });
    }
  }
  const sides: Record<Side, StatementRow[]> = { income: [], expenditure: [] };
  const phase: Phase = { income: "items", expenditure: "items" };
  const kinds = read.map(({ def: column }) => column.kind);
  const stripped = strippedLines(section.lines);
  for (const line of body.rows) {
    const cells = fit(ctx, line, header.width, false, kinds, stripped);
    if (!cells) continue;
    for (const side of SIDES) {
      const columns = read.map((column, c) => ({ ...column, text: cells[c] ?? "" })).filter(({ def: column }) => sideOf.get(column) === side);
      const labelColumn = columns.find(({ def: column }) => column.kind === "label");
      const label = compact(labelColumn?.text ?? "");
      const amounts: Record<string, Amount | null> = {};
      for (const { def: column, path, text } of columns) {
        if (column.kind === "amount") amounts[column.key] = ctx.amount(text, line, `${SIDE_NAMES[side]} ${path.at(-1) ?? ""}`);
      }
      if (label === "") {
        const stray = columns.find(({ def: column, text }) => column.kind === "amount" && text !== "");
        if (stray) ctx.error(line, "unreadable-row", `${SIDE_NAMES[side]}一侧的金额“${clip(stray.text)}”旁应有项目名称，见到空格`);
        continue;
      }
      // a 支出 on the 收入 side is a row shifted out of its column (a copy moves empty cells about)
      if (side === "income" && /支出$/.test(label)) {
        ctx.error(line, "unreadable-row", `收入一侧不应有支出项目“${clip(label)}”：这一行的格子是否错了位？`);
        continue;
      }
      const previous = sides[side].at(-1);
      if (def.open) {
        const kind = openKind(def, side, label, sides[side], phase);
        if (typeof kind === "string") sides[side].push({ label, kind, amounts, ...locationOf(line) });
        else ctx.error(line, "unreadable-row", `${SIDE_NAMES[side]}一侧的“${clip(label)}”${kind.error}`);
        continue;
      }
      const named = namedLine(def, side, label);
      let kind: StatementRow["kind"];
      if (named) {
        if (!inOrder(named.kind, side, sides[side], label, phase)) {
          ctx.error(line, "unreadable-row", `${SIDE_NAMES[side]}一侧的“${label}”不应出现在这里（前一行是“${previous?.label ?? ""}”）`);
          continue;
        }
        kind = named.kind;
        phase[side] = named.kind === "total" ? "done" : named.kind;
      } else if (phase[side] === "items") {
        kind = SUBITEM.test(label) && sides[side].some((r) => r.kind === "item") ? "subitem" : "item";
      } else if (phase[side] === "carry") {
        kind = "carry-item";
      } else {
        ctx.error(line, "unreadable-row", `${SIDE_NAMES[side]}一侧的“${clip(label)}”应在“${previous?.label ?? ""}”之前`);
        continue;
      }
      sides[side].push({ label, kind, amounts, ...locationOf(line) });
    }
  }
  for (const required of def.lines.filter((l) => l.required)) {
    if (!sides[required.side].some((r) => r.kind === required.kind && required.labels.some((name) => normalizeLabel(name) === normalizeLabel(r.label)))) {
      ctx.missing(required.labels[0] ?? required.kind);
    }
  }
  const columnsOf = (side: Side): Column[] => read.filter(({ def: column }) => sideOf.get(column) === side).map(printedColumn);
  return {
    shape: "statement",
    ...tableBase(section, preamble.unit, body.note),
    columns: { income: columnsOf("income"), expenditure: columnsOf("expenditure") },
    income: sides.income,
    expenditure: sides.expenditure,
  };
}
