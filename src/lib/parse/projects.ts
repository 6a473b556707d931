import { isLevel1 } from "../disclosure/indicators.ts";
import { locationOf } from "../disclosure/location.ts";
import { readAmount } from "../disclosure/money.ts";
import { OPERATORS, PROJECT_CODE, type Indicator, type Project } from "../disclosure/schema.ts";
import type { ProjectsTable } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { ColumnDef } from "../templates/types.ts";
import type { TableContext } from "./context.ts";
import { clip, tableBase } from "./context.ts";
import { splitBody, strippedLines } from "./grid.ts";
import { bySuffix, readHeader, vocabularyOf } from "./header.ts";
import { readPreamble } from "./preamble.ts";
import { compact, operatorOf, toBlocks, unwrap } from "./text.ts";

/** Where a row's indicator starts: the cell that reads as a 一级指标, wrap spaces and all. */
function indicatorAt(line: DocLine): number {
  // a 一级指标 is four characters, with a wrap space or two: the long goal beside it is not compacted to see
  return line.cells.findIndex((cell) => cell.length <= MAX_LEVEL1 && isLevel1(compact(cell)));
}
const MAX_LEVEL1 = 12;

const firstFilled = (line: DocLine) => line.cells.findIndex((cell) => cell !== "");

/**
 * 项目支出绩效目标表 (预算表12). A project's row holds name, 项目总额, 财政资金, 其他资金, 绩效目标
 * and its first indicator; each further indicator has a row of its own. The PDF shifts cells
 * freely: rows at a page's end lose their leading empty cells, and whole blocks lose the empty
 * 其他资金 cell. So the header is checked by name, but an indicator is found where its 一级指标
 * stands, not at a fixed column.
 */
export function readProjects(ctx: TableContext, columns: readonly ColumnDef[]): { table: ProjectsTable; projects: Project[] } {
  const { section } = ctx;
  // a text whose lines all lost their trailing tabs (as editors strip trailing whitespace on save)
  const stripped = strippedLines(section.lines);
  const preamble = readPreamble(ctx, section.lines);
  const rest = section.lines.slice(preamble.lines.length);
  const header = readHeader(ctx, rest, bySuffix(columns, ctx.section.def.groups), columns.filter((c) => !c.optional), vocabularyOf(columns, ctx.section.def.groups));
  const body = splitBody(rest.slice(header?.rows.length ?? 0), [...(header?.rows ?? []), ...preamble.lines]);
  if (body.note) ctx.error(section.at, "unreadable-row", `项目表下不应有注，见到“${clip(body.note)}”`);
  const projects: Project[] = [];
  const seen = new Map<string, number>();
  // The project the next indicators belong to; null after a project row that could not be read,
  // whose indicators are then passed over instead of each being reported again.
  let current: Project | null | undefined;
  // the project's row as read so far, while it may go on at the top of the next page
  let open: { project: Project; goal: string } | undefined;
  let previous: DocLine | undefined;
  for (const printed of header ? body.rows : []) {
    const line = header ? widened(printed, header.width, stripped) : printed;
    const at = indicatorAt(line);
    const rest = open && line.page !== undefined && line.page !== previous?.page ? continuation(line, at) : undefined;
    previous = line;
    if (open && rest) {
      // a project's row the page break cut in two: its name and goal go on in the cells they began in
      open.project.name += rest.name;
      open.goal += rest.goal;
      open.project.goal = toBlocks(open.goal);
      if (at >= 0) open.project.indicators.push(readIndicator(ctx, line, at));
      continue;
    }
    if (at < 0) {
      ctx.error(line, "unreadable-row", `应为项目或绩效指标（一级指标为产出指标、效益指标、成本指标或满意度指标），见到“${clip(line.cells.filter(Boolean).join(" | "), 80)}”`);
      continue;
    }
    // cells shift (the PDF drops empty ones and pads the end), but a row keeps the header's width:
    // a cell more or fewer is a separator added or lost, and no cell can be placed for sure
    if (header && line.cells.length !== header.width) {
      ctx.error(line, "unreadable-row", `应有 ${header.width} 格，见到 ${line.cells.length} 格：“${clip(line.cells.filter(Boolean).join(" | "), 80)}”`);
      if (firstFilled(line) !== at) current = null;
      continue;
    }
    const indicator = readIndicator(ctx, line, at);
    if (firstFilled(line) === at) {
      if (current) current.indicators.push(indicator);
      else if (current === undefined) ctx.error(line, "unreadable-row", "第一条绩效指标之前应有项目行，见到绩效指标");
      continue;
    }
    open = undefined;
    current = readProject(ctx, line, line.cells.slice(0, at)) ?? null;
    if (!current) continue;
    const first = seen.get(current.id);
    if (first !== undefined) {
      ctx.error(line, "duplicate-project", `项目编码 ${current.id} 已在第 ${first} 行出现`);
      current = null;
      continue;
    }
    seen.set(current.id, line.line);
    current.indicators.push(indicator);
    projects.push(current);
    open = { project: current, goal: line.cells[at - 1] ?? "" };
  }
  return {
    table: { shape: "projects", ...tableBase(section, preamble.unit) },
    projects,
  };
}

/**
 * A row as wide as the header where its content says which cells it lost: an indicator alone (its
 * 一级指标 first, six cells) lost its leading empty cells at a page break; and in a text whose lines
 * all lost their trailing tabs, a row lost its trailing empty cells. Any other row keeps its cells,
 * and a width other than the header's is reported.
 */
function widened(line: DocLine, width: number, stripped: boolean): DocLine {
  const { cells } = line;
  if (cells.length >= width) return line;
  if (cells.length === INDICATOR_CELLS && isLevel1(compact(cells[0] ?? ""))) return { ...line, cells: [...Array<string>(width - cells.length).fill(""), ...cells] };
  if (stripped && indicatorAt(line) >= 0) return { ...line, cells: [...cells, ...Array<string>(width - cells.length).fill("")] };
  return line;
}
/** 一级, 二级 and 三级指标, 性质, 指标值, 度量单位 */
const INDICATOR_CELLS = 6;

/**
 * The rest of a project's row at the top of a page: the end of its name in the first cell, no
 * amounts, the end of its goal in the cell before the indicator (or the last). Undefined for a row
 * of anything else.
 */
function continuation(line: DocLine, at: number): { name: string; goal: string } | undefined {
  const lead = at >= 0 ? line.cells.slice(0, at) : line.cells;
  const [name = "", ...cells] = lead;
  const goal = cells.at(-1) ?? "";
  if (name === "" || PROJECT_CODE.test(compact(name.split("-")[0] ?? "")) || cells.slice(0, -1).some((cell) => cell !== "")) return undefined;
  return { name: unwrap(name), goal };
}

function readProject(ctx: TableContext, line: DocLine, lead: string[]): Project | undefined {
  const [codeAndName = "", total = "", fiscal = "", ...rest] = lead;
  // 项目编码-项目名称, the code possibly broken by wrap spaces: "11000024T0000 02771150-二类 培训服务".
  // Cut at the first dash with indexOf: a backtracking pattern over a long cell costs quadratic time.
  const dash = codeAndName.indexOf("-");
  const code = dash > 0 ? compact(codeAndName.slice(0, dash)) : "";
  if (!PROJECT_CODE.test(code)) {
    ctx.error(line, "bad-code", `应为“项目编码-项目名称”，编码 21 位，如 11000024T000002771150，见到“${clip(codeAndName)}”`);
    return undefined;
  }
  if (rest.length > 2) {
    ctx.error(line, "unreadable-row", `第一条绩效指标之前应为项目总额、财政资金、其他资金和绩效目标，见到 ${lead.length} 格`);
    return undefined;
  }
  // With the empty 其他资金 cell lost, one cell remains: the goal, unless it reads as an amount.
  const [other, goal] = rest.length === 2 ? rest : readAmount(rest[0] ?? "x") !== undefined ? [rest[0], ""] : ["", rest[0]];
  if (total === "") ctx.error(line, "not-a-number", `项目 ${code}：“项目总额”列应为金额，见到空格`);
  // a name that ends in a figure of six decimals took in the 项目总额 cell: their separator was lost
  if (/\d\.\d{6}$/.test(codeAndName)) ctx.error(line, "unreadable-row", `项目 ${code}：项目名称末尾是一个金额“${/[\d,]+\.\d{6}$/.exec(codeAndName)?.[0]}”，应在“项目总额”列：是否少了一个分隔？`);
  return {
    id: code,
    code,
    name: unwrap(codeAndName.slice(dash + 1)),
    total: ctx.amount(total, line, "项目总额") ?? "0",
    fiscalFunds: ctx.amount(fiscal, line, "财政资金"),
    otherFunds: ctx.amount(other ?? "", line, "其他资金"),
    goal: toBlocks(goal ?? ""),
    ...locationOf(line),
    indicators: [],
  };
}

function readIndicator(ctx: TableContext, line: DocLine, at: number): Indicator {
  const [level1 = "", level2 = "", level3 = "", operator = "", value = "", unit = ""] = line.cells.slice(at, at + 6);
  const trailing = line.cells.length > at + 6 ? line.cells.slice(at + 6).filter(Boolean) : [];
  if (trailing.length > 0) ctx.error(line, "unreadable-row", `“绩效度量单位”之后应无内容，见到“${clip(trailing.join(" | "))}”`);
  const op = operatorOf(operator);
  if (!(OPERATORS as readonly string[]).includes(op)) ctx.error(line, "unreadable-row", `“绩效指标性质”应为 ${OPERATORS.join(" ")} 之一，见到“${clip(operator)}”`);
  if (level2 === "" || level3 === "") ctx.error(line, "unreadable-row", "一级指标之后应有二级指标和三级指标，见到空格");
  return {
    level1: compact(level1),
    level2: compact(level2),
    level3: unwrap(level3),
    operator: op as Indicator["operator"],
    value: unwrap(value),
    unit: ctx.measure(unit, line, "绩效度量单位"),
    ...locationOf(line),
  };
}
