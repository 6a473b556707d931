import { locationOf } from "../disclosure/location.ts";
import { UNITS, type Unit } from "../disclosure/money.ts";
import type { DocLine } from "../source/document.ts";
import type { TableContext } from "./context.ts";
import { clip } from "./context.ts";
import { compact } from "./text.ts";

/** 金额单位：万元, 单位：元 — a unit of money; 单位：某某中心 is a unit's name (a 单位预算's). */
const UNIT = /^(?:金额)?单位\s*[:：]\s*([^:：]*元)$/;
/** A unit of money at the end of a cell that also names whose the table is: 部门名称：某某局单位：万元. */
const TRAILING_UNIT = /^(.+?)(?:金额)?单位\s*[:：]\s*([^:：]*元)$/;
/** Who compiled the table, or whose it is: 编制单位：…, 部门名称：…, 预算单位：…, 部门（单位）：…, 单位：某某中心 */
const COMPILER = /^(?:编制(?:部门|单位)|部门名称|单位名称|预算单位|预算部门|主管部门|部门\(单位\)|部门（单位）|部门|单位)\s*[:：]\s*(.+)$/;
/** A name printed without a label, after its budget code: 507-湖州市卫生健康委员会. */
const CODED_NAME = /^\d{3,9}\s*[-—－]\s*\S+/;

export interface Preamble {
  unit: Unit;
  /** 编制部门 or 编制单位, where the table prints one */
  compiler?: string;
  /** the lines read, which a page break may repeat */
  lines: DocLine[];
}

/** A unit printed bare beside a name: 507-湖州市卫生健康委员会 | 万元. */
const BARE_UNIT = /^(万?元)$/;

/** The unit a preamble cell states: 单位：万元, 部门名称：某某局单位：万元, or a bare 万元 beside a name. */
function unitOf(cell: string, cells: readonly string[]): string | undefined {
  const text = compact(cell);
  const bare = BARE_UNIT.exec(text)?.[1];
  const named = cells.some((other) => CODED_NAME.test(other) || COMPILER.test(other));
  return UNIT.exec(text)?.[1] ?? TRAILING_UNIT.exec(text)?.[2] ?? (bare !== undefined && named ? bare : undefined);
}

/** A title's qualifier on a line of its own, between the title and the unit: （按支出功能分类科目-不含上年结转）. */
const QUALIFIER = /^[（(][^（()）]{1,30}[）)]$/;

function isPreamble(line: DocLine): boolean {
  const cells = line.cells.map(compact);
  if (cells.filter(Boolean).length === 1 && QUALIFIER.test(cells.find(Boolean) ?? "")) return true;
  // a line that states the unit says whose the table is beside it, in whatever words
  const unit = cells.some((cell) => unitOf(cell, cells) !== undefined);
  return cells.every((cell) => cell === "" || unitOf(cell, cells) !== undefined || COMPILER.test(cell) || (unit && CODED_NAME.test(cell)));
}

/** The one unit a header's cells state of their amounts (预算数（万元）), where it is one the table allows. */
function headerUnit(line: DocLine | undefined, allowed: readonly Unit[]): Unit | undefined {
  const units = new Set(line?.cells.flatMap((cell) => /[(（](?:单位[:：])?(万?元)[)）]$/.exec(compact(cell))?.[1] ?? []));
  const [only] = units;
  return units.size === 1 && allowed.includes(only as Unit) ? (only as Unit) : undefined;
}

/**
 * The lines between a table's heading and its header that say its unit (金额单位：万元; 单位：元)
 * and who compiled it (编制部门：…). The unit is required and must be one the definition allows:
 * a table in another unit would be misread by a factor of ten thousand.
 */
export function readPreamble(ctx: TableContext, lines: readonly DocLine[]): Preamble {
  const read: DocLine[] = [];
  let unit: Unit | undefined;
  let compiler: string | undefined;
  for (const line of lines) {
    if (!isPreamble(line)) break;
    read.push(line);
    const cells = line.cells.map(compact);
    cells.forEach((text, c) => {
      const printed = unitOf(text, cells);
      if (printed !== undefined) {
        const allowed = ctx.section.def.units as readonly string[];
        if (!allowed.includes(printed)) ctx.error(line, "unit", `金额单位应为${allowed.join("或")}，见到“${clip(line.cells[c] ?? "")}”`);
        else unit ??= printed as Unit;
      }
      // whose the table is, the unit beside it in the same cell aside
      const named = UNIT.test(text) ? undefined : COMPILER.exec(TRAILING_UNIT.exec(text)?.[1] ?? text);
      if (named?.[1]) {
        compiler ??= named[1];
        ctx.names.push({ label: text.slice(0, text.search(/[:：]/)), value: named[1], at: locationOf(line) });
      }
    });
  }
  // or its header says it of its amounts: 预算数（万元）
  unit ??= headerUnit(lines[read.length], ctx.section.def.units);
  const statesUnit = (line: DocLine) => line.cells.some((cell) => UNIT.test(compact(cell)) || TRAILING_UNIT.test(compact(cell)));
  if (unit === undefined && !read.some(statesUnit)) {
    // a line between the title and the unit's line is a row out of place: it is named, at its line
    const stray = lines[read.length];
    const later = lines.slice(read.length + 1, read.length + 4).some(statesUnit);
    if (stray && later) ctx.error(stray, "unexpected-header", `“${clip(stray.cells.filter(Boolean).join(" | "))}”不应在表名与“金额单位”之间`);
    else ctx.error(ctx.section.at, "unit", `应有“金额单位：${ctx.section.def.units.join("或")}”，未见到`);
  }
  return { unit: unit ?? ctx.section.def.units[0] ?? UNITS[1], compiler, lines: read };
}
