import { isLevel1 } from "../../disclosure/indicators.ts";
import { readAmount } from "../../disclosure/money.ts";
import { OPERATORS, type Indicator, type Project } from "../../disclosure/schema.ts";
import type { TableContext } from "../context.ts";
import { firstFilled, type Row } from "../sections.ts";
import { toBlocks, unwrap } from "../text.ts";

/** 项目编码-项目名称, the code possibly broken by line-wrap spaces: "11000024T0000 02771150-二类 培训服务". */
const PROJECT = /^([0-9A-Z\s]+?)\s*-\s*(.*)$/s;
const CODE = /^\d{8}[A-Z]\d{12}$/;

/**
 * 预算表12 项目支出绩效目标表. A project's header row holds name, 项目总额, 财政资金, 其他资金,
 * 绩效目标 and its first indicator; each further indicator has a row of its own. The PDF shifts
 * cells freely: rows at a page's end lose their leading empty cells, and whole blocks lose the
 * empty 其他资金 cell. So an indicator is found where its 一级指标 stands, not at a fixed column.
 */
export function readT12(ctx: TableContext): Project[] {
  const projects: Project[] = [];
  const seen = new Map<string, number>();
  // The project the next indicators belong to; null after a project row that could not be read,
  // whose indicators are then passed over instead of each being reported again.
  let current: Project | null | undefined;
  for (const row of ctx.body(["项目名称", ""])) {
    const at = row.cells.findIndex(isLevel1);
    if (at < 0) {
      ctx.error(
        row.line,
        "unreadable-row",
        `expected a project or an indicator (一级指标 产出指标, 效益指标, 成本指标 or 满意度指标), found "${row.cells.filter(Boolean).join(" | ").slice(0, 80)}"`,
      );
      continue;
    }
    const indicator = readIndicator(ctx, row, at);
    if (firstFilled(row) === at) {
      if (current) current.indicators.push(indicator);
      else if (current === undefined) {
        ctx.error(row.line, "unreadable-row", "expected a project row before the first indicator, found an indicator");
      }
      continue;
    }
    current = readProject(ctx, row, row.cells.slice(0, at)) ?? null;
    if (!current) continue;
    const first = seen.get(current.code);
    if (first !== undefined) {
      ctx.error(row.line, "duplicate-project", `project code ${current.code} already appears on line ${first}`);
      current = null;
      continue;
    }
    seen.set(current.code, row.line);
    current.indicators.push(indicator);
    projects.push(current);
  }
  return projects;
}

function readProject(ctx: TableContext, row: Row, lead: string[]): Project | undefined {
  const [codeAndName = "", total = "", fiscal = "", ...rest] = lead;
  const match = PROJECT.exec(codeAndName);
  const code = match?.[1]?.replace(/\s+/g, "") ?? "";
  if (!match || !CODE.test(code)) {
    ctx.error(row.line, "bad-code", `expected "项目编码-项目名称" with a 21-character code such as 11000024T000002771150, found "${codeAndName.slice(0, 60)}"`);
    return undefined;
  }
  if (rest.length > 2) {
    ctx.error(row.line, "unreadable-row", `expected 项目总额, 财政资金, 其他资金 and 绩效目标 before the first indicator, found ${lead.length} cells`);
    return undefined;
  }
  // With the empty 其他资金 cell lost, one cell remains: the goal, unless it reads as an amount.
  const [other, goal] = rest.length === 2 ? rest : readAmount(rest[0] ?? "x") !== undefined ? [rest[0], ""] : ["", rest[0]];
  if (total === "") ctx.error(row.line, "not-a-number", `project ${code}: expected an amount in column 项目总额, found an empty cell`);
  return {
    code,
    name: unwrap(match[2] ?? ""),
    total: ctx.amountOf(total, row.line, "项目总额") ?? "0",
    fiscalFunds: ctx.amountOf(fiscal, row.line, "财政资金"),
    otherFunds: ctx.amountOf(other ?? "", row.line, "其他资金"),
    goal: toBlocks(goal ?? ""),
    line: row.line,
    indicators: [],
  };
}

function readIndicator(ctx: TableContext, row: Row, at: number): Indicator {
  const [level1 = "", level2 = "", level3 = "", operator = "", value = "", unit = ""] = row.cells.slice(at, at + 6);
  const trailing = row.cells.length > at + 6 ? row.cells.slice(at + 6).filter(Boolean) : [];
  if (trailing.length > 0) {
    ctx.error(row.line, "unreadable-row", `expected nothing after 度量单位, found "${trailing.join(" | ").slice(0, 60)}"`);
  }
  if (!(OPERATORS as readonly string[]).includes(operator)) {
    ctx.error(row.line, "unreadable-row", `expected 绩效指标性质 (${OPERATORS.join(" ")}), found "${operator}"`);
  }
  if (level2 === "" || level3 === "") {
    ctx.error(row.line, "unreadable-row", "expected 二级指标 and 三级指标 after 一级指标, found empty cells");
  }
  return {
    level1,
    level2: unwrap(level2),
    level3: unwrap(level3),
    operator: operator as Indicator["operator"],
    value,
    unit,
    line: row.line,
  };
}
