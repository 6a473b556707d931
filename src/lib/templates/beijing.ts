import { gridOf, lineOf, singleRow, statementOf, tableByRole, totalRow } from "../disclosure/access.ts";
import { locationOf } from "../disclosure/location.ts";
import type { Check } from "../disclosure/schema.ts";
import type { GridRow } from "../disclosure/tables.ts";
import { figure } from "../findings/check.ts";
import { cell, cross } from "../findings/cross.ts";
import { soleCell } from "../parse/sections.ts";
import { col } from "./define.ts";
import { national } from "./national.ts";
import { overlay } from "./overlay.ts";
import type { Read } from "./types.ts";

/** The heading of a table Beijing adds to the set, under whichever number it is printed: 预算表12 项目支出绩效目标表, 预算12表部门整体支出绩效目标表. */
const heading = (title: string) => [new RegExp(`^(?:预算\\d{2}表|预算表\\d{2})\\s*(?<title>${title})$`)];

/**
 * 北京市部门预算: the national set as 预算01表 … 预算11表 in 万元, and two tables of its own: 预算表12,
 * each project's performance indicators, and 预算13表, the department's overall performance goals.
 */
export const beijing = overlay(national, {
  id: "beijing-budget",
  name: "北京市部门预算（预算01表 … 预算13表）",
  recognise: (lines) => lines.some((line) => /^预算01表/.test(soleCell(line) ?? "")),
  // its tables begin at its first line, and it has no text (its 情况说明 is a file of its own): a line
  // before 预算01表 is no cover, and a line of one cell (二、政府性基金预算拨款) no heading, but rows
  front: [],
  narrative: [],
  tables: [
    {
      shape: "projects",
      key: "t12",
      role: "projects",
      label: "预算表12",
      titles: heading("项目支出绩效目标表"),
      units: ["万元"],
      optional: true,
      columns: [
        col("name", "name", "项目名称"),
        col("total", "amount", "项目总额"),
        col("fiscalFunds", "amount", ["其中", "财政资金"]),
        col("otherFunds", "amount", ["其中", "其他资金"]),
        col("goal", "text", "绩效目标"),
        col("level1", "text", "一级指标"),
        col("level2", "text", "二级指标"),
        col("level3", "text", "三级指标"),
        col("operator", "text", "绩效指标性质"),
        col("value", "text", "本年绩效指标值"),
        col("unit", "text", "绩效度量单位"),
      ],
    },
    { shape: "overall", key: "t13", role: "overall-performance", label: "预算13表", titles: heading("部门整体支出绩效目标表"), units: ["万元"], optional: true },
  ],
  identify(read, diagnostics) {
    // 预算13表 names the department and the year, read or kept as printed (部门名称 | …, （2026年度））;
    // without it, the set's own reading
    const overall = tableByRole(read, "overall-performance");
    if (overall?.shape === "overall") return { department: overall.department, year: overall.year, kind: "budget", scope: "department", region: "北京市" };
    const printed = read.tables.find((t) => t.shape === "grid" && t.asPrinted && t.title.endsWith("部门整体支出绩效目标表"));
    const cells = printed?.shape === "grid" ? printed.rows.map((row) => Object.values(row.texts)) : [];
    const department = cells.find((row) => row[0] === "部门名称")?.[1];
    const year = Number(cells.map((row) => /^[(（]?\s*(\d{4})\s*[(（]?\s*年度\s*[)）]$/.exec(row[0] ?? "")?.[1]).find(Boolean) ?? 0);
    if (department && year) return { department, year, kind: "budget", scope: "department", region: "北京市" };
    return national.identify(read, diagnostics);
  },
  crossChecks: beijingChecks,
});

/** What 预算13表 and the “三公” table state that the set's checks do not compare. */
function beijingChecks(read: Read): Check[] {
  const summary = statementOf(read, "summary");
  const fiscal = statementOf(read, "fiscal-summary");
  const spending = gridOf(read, "expenditure");
  const general = gridOf(read, "general-budget");
  const three = gridOf(read, "three-public");
  const overall = tableByRole(read, "overall-performance");
  const checks: Check[] = [];
  const unit = "万元";
  if (overall?.shape === "overall" && summary && fiscal && spending && general) {
    const funds = (value: string | null) => figure(value, locationOf(overall.funds));
    const id = (other: { key: string }, what: string) => `${overall.key}-${other.key}.${what}`;
    const total03 = totalRow(spending);
    const total05 = totalRow(general);
    checks.push(
      cross(id(summary, "total"), [overall.key, summary.key], `${overall.title}的预算支出总额等于${summary.title}的支出总计`, unit, funds(overall.funds.total), [cell(lineOf(summary, "expenditure", "total"), "total", summary)]),
      cross(id(fiscal, "fiscal"), [overall.key, fiscal.key], `${overall.title}的财政拨款合计等于${fiscal.title}的支出总计`, unit, funds(overall.funds.fiscal.total), [cell(lineOf(fiscal, "expenditure", "total"), "total", fiscal)]),
      cross(id(general, "fiscal-basic"), [overall.key, general.key], `${overall.title}的财政拨款基本支出等于${general.title}的基本支出合计`, unit, funds(overall.funds.fiscal.basic), [cell(total05, "basic", general)]),
      cross(id(general, "fiscal-project"), [overall.key, general.key], `${overall.title}的财政拨款项目支出等于${general.title}的项目支出合计`, unit, funds(overall.funds.fiscal.project), [cell(total05, "project", general)]),
      cross(id(spending, "basic"), [overall.key, spending.key], `${overall.title}的基本支出（财政拨款加其他资金）等于${spending.title}的基本支出合计`, unit, cell(total03, "basic", spending), [funds(overall.funds.fiscal.basic), funds(overall.funds.other.basic)]),
    );
  }
  const row = three && singleRow(three);
  if (three && row && spending?.columns.some((c) => c.key === "departmentEconomic")) {
    /** A “三公” figure against the 支出总表 rows of its 部门经济分类 subject. */
    const threePublic = (what: string, name: string, subject: string, code: string, column: string) => {
      const rows = spending.rows.filter((r: GridRow) => r.kind === "item" && r.subjects.departmentEconomic?.code.startsWith(code));
      return cross(`${three.key}-${spending.key}.${what}`, [three.key, spending.key], `${three.title}中${name}等于${spending.title}中${subject}科目（${code}）之和`, unit, cell(row, column, three), rows.map((r) => cell(r, "total", r)));
    };
    checks.push(
      threePublic("outbound", "因公出国（境）费用", "因公出国（境）费用", "30212", "outboundTravel"),
      threePublic("reception", "公务接待费", "公务接待费", "30217", "reception"),
      threePublic("vehicle-purchase", "公务用车购置费", "公务用车购置", "31013", "vehiclePurchase"),
      threePublic("vehicle-operation", "公务用车运行维护费", "公务用车运行维护费", "30231", "vehicleOperation"),
    );
  }
  return checks;
}
