import { withoutNumber } from "../disclosure/access.ts";
import { functionalClassOf } from "../disclosure/classifications.ts";
import { locationOf } from "../disclosure/location.ts";
import { looksNumeric, type Amount } from "../disclosure/money.ts";
import type { Column, ColumnKind, StatementRow, StatementTable } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { ColumnDef, StatementDef } from "../templates/types.ts";
import type { TableContext } from "./context.ts";
import { clip, tableBase } from "./context.ts";
import { fit, splitBody, strippedLines } from "./grid.ts";
import { bySuffix, headerName, printedColumn, readHeader, vocabularyOf, type ColumnMatcher, type Header } from "./header.ts";
import { readPreamble } from "./preamble.ts";
import { compact, normalizeLabel } from "./text.ts";

type Side = "income" | "expenditure";
const SIDES: readonly Side[] = ["income", "expenditure"];
const SIDE_NAMES: Record<Side, string> = { income: "收入", expenditure: "支出" };
/** The order of a side's parts: items, 本年…合计, carry lines, 总计. */
const RANK = { items: 0, subtotal: 1, carry: 2, total: 3, done: 3 } as const;

/** What a carry line says, in any region's words (结转下年支出, 结转结余下年, 结余分配). */
const CARRY = /结转|结余|结存|弥补|余额/;
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
  // another line the 总计 adds (附属单位上缴收入 after 上级补助收入), or a part of the one above (上年结转's
  // 一般公共预算; 深圳's 1.财政拨款结余、结转 under 上年结余、结转, numbered where the line above is not)
  if (phase[side] === "carry") {
    const parent = rows.findLast((r) => r.kind === "carry");
    if (SUBITEM.test(label) && parent && !SUBITEM.test(parent.label)) return "carry-item";
    return CARRY.test(bare) || BETWEEN.test(bare) ? "carry" : "carry-item";
  }
  if (phase[side] !== "items") return { error: `应在“${rows.at(-1)?.label ?? ""}”之前` };
  // a 类 by its name, unless the item above is that 类 (五、其他支出 / 其他支出 / 其他支出: its 款 and 项 of the same name)
  const above = rows.findLast((r) => r.kind === "item");
  const functionalClass = functionalClassOf(label) !== undefined && !(above && withoutNumber(above.label) === bare);
  if (ITEM.test(label) || functionalClass || (!items && !subtotalFirst)) return "item";
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
  const matchers = Object.fromEntries(
    SIDES.map((side) => {
      for (const column of def.sides[side].columns) sideOf.set(column, side);
      return [side, bySuffix(def.sides[side].columns, def.groups)];
    }),
  ) as Record<Side, ColumnMatcher>;
  const match: ColumnMatcher = (path) => {
    const [outer, ...rest] = path;
    const side = sideNamed(def, outer);
    return side && rest.length > 0 ? matchers[side](rest) : [];
  };
  return { match, sideOf };
}

/**
 * 收支总表 and 财政拨款收支总表: 收入 on the left, 支出 on the right. Each side is read on its own:
 * items, then the lines the template names (本年收入合计, 上年结转结余, 收入总计 …) in their order,
 * the parts of an item or of a carry line where printed. Any other order is reported.
 */
export function readStatement(ctx: TableContext, def: StatementDef): StatementRead {
  const { section } = ctx;
  const preamble = readPreamble(ctx, section.lines);
  const rest = section.lines.slice(preamble.lines.length);
  const { match, sideOf } = sideMatcher(def);
  // as any region prints it, a side's label column may be headed otherwise (支出功能分类): told by its words below
  const columns = SIDES.flatMap((side) => def.sides[side].columns);
  const header = readHeader(ctx, rest, match, [], vocabularyOf(columns, [...(def.groups ?? []), ...SIDES.flatMap((side) => def.sides[side].headers)]));
  if (!header) return { blocks: [] };
  const body = splitBody([...(header.first ? [header.first] : []), ...rest.slice(header.rows.length)], [...header.rows, ...preamble.lines]);
  const parts = partsOf(def, header, match, sideOf, body.rows);
  for (const side of SIDES) {
    if (!parts.some((part) => part.side === side && part.block === 1 && part.columns.some((column) => column.kind === "label"))) {
      ctx.error(header.rows[0] ?? section.at, "missing-column", `表头缺少${SIDE_NAMES[side]}一侧的“项目”列`);
      return { blocks: [] };
    }
  }
  const kindAt = new Map(parts.flatMap((part) => part.columns.map((column) => [column.c, column.kind] as const)));
  const kinds = header.columns.map((_, c) => kindAt.get(c) ?? "amount");
  const stripped = strippedLines(section.lines);
  for (const line of body.rows) {
    const cells = fit(ctx, line, header.width, false, kinds, stripped);
    if (!cells) continue;
    for (const part of parts) {
      const { side, rows, phase } = part;
      const label = compact(cells[part.columns.find((column) => column.kind === "label")?.c ?? -1] ?? "");
      const amounts: Record<string, Amount | null> = {};
      for (const column of part.columns) {
        if (column.kind === "amount") amounts[column.key] = ctx.amount(cells[column.c] ?? "", line, `${SIDE_NAMES[side]} ${column.path.at(-1) ?? ""}`);
      }
      if (label === "") {
        const stray = part.columns.find((column) => column.kind === "amount" && (cells[column.c] ?? "") !== "");
        if (stray) ctx.error(line, "unreadable-row", `${SIDE_NAMES[side]}一侧的金额“${clip(cells[stray.c] ?? "")}”旁应有项目名称，见到空格`);
        continue;
      }
      // a 支出 on the 收入 side is a row shifted out of its column (a copy moves empty cells about)
      if (side === "income" && /支出$/.test(label)) {
        ctx.error(line, "unreadable-row", `收入一侧不应有支出项目“${clip(label)}”：这一行的格子是否错了位？`);
        continue;
      }
      const kind = openKind(def, side, label, rows, phase);
      if (typeof kind === "string") rows.push({ label, kind, amounts, ...locationOf(line) });
      else ctx.error(line, "unreadable-row", `${SIDE_NAMES[side]}一侧的“${clip(label)}”${kind.error}`);
    }
  }
  const [income, expenditure] = SIDES.map((side) => parts.find((part) => part.side === side && part.block === 1));
  const base = tableBase(section, preamble.unit, body.note);
  const printed = (part: Part | undefined): Column[] => (part?.columns ?? []).map(({ key, kind, path }) => printedColumn({ def: { key, kind, headers: [] }, path }));
  return {
    table: { shape: "statement", ...base, columns: { income: printed(income), expenditure: printed(expenditure) }, income: income?.rows ?? [], expenditure: expenditure?.rows ?? [] },
    // a side printed again under another classification (西安: 支出 by 部门预算经济分类 and by 政府预算经济分类 beside 功能分类)
    blocks: parts
      .filter((part) => part.block > 1)
      .map((part) => ({
        shape: "statement",
        ...base,
        role: "other",
        title: `${base.title}（${SIDE_NAMES[part.side]}：${part.columns.find((column) => column.kind === "label")?.path.at(-1) ?? `第 ${part.block} 组`}）`,
        columns: { income: part.side === "income" ? printed(part) : [], expenditure: part.side === "expenditure" ? printed(part) : [] },
        income: part.side === "income" ? part.rows : [],
        expenditure: part.side === "expenditure" ? part.rows : [],
      })),
  };
}

/** What a 收支总表 reads into: the table, and the sides it prints again under other classifications. */
export interface StatementRead {
  table?: StatementTable;
  blocks: StatementTable[];
}

/** Headers of a row's printed number (序号 1, 2 …): neither a label nor an amount. */
const NUMBERS = new Set(["序号", "行次", "栏次"]);

/** A side's columns read together: its label, its amounts; a side printed again is a part of its own. */
interface Part {
  side: Side;
  /** 1 for the side's own columns, 2 … for each time a label column begins the side again */
  block: number;
  columns: { c: number; key: string; kind: ColumnKind; path: string[] }[];
  rows: StatementRow[];
  phase: Phase;
}

/**
 * The parts of a header: each side's columns, a column kept as printed (编制预算, 上年结转 beside
 * 本年预算) on the side its header or place puts it and holding amounts, and a second label column of
 * a side (a column the side's label names again) beginning a part of its own.
 */
function partsOf(def: StatementDef, header: Header, match: ColumnMatcher, sideOf: ReadonlyMap<ColumnDef, Side>, rows: readonly DocLine[]): Part[] {
  // a column no definition names holds labels where its cells are words (支出功能分科目（按大类）: 一、部门预算 …)
  const words = (c: number) => rows.some((line) => line.cells.length === header.width && (line.cells[c] ?? "") !== "" && !looksNumeric(compact(line.cells[c] ?? "")));
  const parts: Part[] = [];
  let current: Part | undefined;
  header.columns.forEach(({ def: column, path }, c) => {
    const named = sideOf.get(column);
    const side = named ?? sideNamed(def, path[0]) ?? current?.side ?? "income";
    const numbering = NUMBERS.has(headerName(path.at(-1) ?? ""));
    const label = named !== undefined ? column.kind === "label" : match(path).some((d) => d.kind === "label") || (!numbering && words(c));
    if (!current || current.side !== side || (label && current.columns.some((other) => other.kind === "label"))) {
      const block = parts.filter((part) => part.side === side).length + 1;
      current = { side, block, columns: [], rows: [], phase: { income: "items", expenditure: "items" } };
      parts.push(current);
    }
    // a part's label column is its label, whichever place it stands in
    current.columns.push({ c, key: label ? "label" : column.key, kind: label ? "label" : named ? column.kind : numbering ? "text" : "amount", path });
  });
  return parts;
}
