import { locationOf, type Location } from "../disclosure/location.ts";
import { dec } from "../disclosure/money.ts";
import type { Check, Disclosure } from "../disclosure/schema.ts";
import type { Table } from "../disclosure/tables.ts";

/**
 * Is the disclosure whole? Every table of the national set is there; an empty table says why, and
 * says it of the right table; a note that calls a table empty is not printed under figures; the
 * units the text counts are the units it lists. Each is a check of the group "completeness",
 * counted in 个 (tables, notes, units).
 */

type Model = Omit<Disclosure, "checks">;

function check(id: string, description: string, expected: number, actual: number, at: Location[], tables: Table["key"][] = [], quote?: string): Check {
  return { id, kind: "narrative", group: "completeness", tables, description, unit: "个", expected: String(expected), actual: String(actual), difference: String(actual - expected), passed: actual === expected, ...(quote ? { quote } : {}), at };
}

/** The funds a note may name, and how a table's title names the same fund. */
const FUNDS = [
  { name: "政府性基金", title: /政府性基金/ },
  { name: "国有资本经营", title: /国有资本经营/ },
  { name: "“三公”经费", title: /“三公”/ },
] as const;
const EMPTY = /(?:本表为空表|[本此]表无数据|故[本此]表无)/;

/** The tables of the Ministry of Finance's set that every 部门预算 and 部门决算 prints, by role. */
const MANDATED = [
  { role: "summary", name: "收支总表" },
  { role: "income", name: "收入总表" },
  { role: "expenditure", name: "支出总表" },
  { role: "fiscal-summary", name: "财政拨款收支总表" },
  { role: "general-budget", name: "一般公共预算支出表" },
  { role: "basic-economic", name: "一般公共预算基本支出表" },
  { role: "three-public", name: "“三公”经费支出表" },
  { role: "government-fund", name: "政府性基金预算支出表" },
  { role: "state-capital", name: "国有资本经营预算支出表" },
] as const;

/** Whether a table holds any figure other than zero. */
export function hasFigures(t: Table): boolean {
  const amounts = t.shape === "grid" ? t.rows.flatMap((r) => Object.values(r.amounts)) : t.shape === "statement" ? [...t.income, ...t.expenditure].flatMap((r) => Object.values(r.amounts)) : [];
  return amounts.some((a) => a != null && !dec(a).isZero());
}

export function completenessChecks(model: Model): Check[] {
  const checks: Check[] = [];
  const start = model.tables[0] ?? { line: 1 };
  // the tables of the set every disclosure prints, by role
  for (const { role, name } of MANDATED) {
    // 基本支出 by 经济分类 is published where a region prints all 一般公共预算 spending by it, 基本支出 apart
    const present = model.tables.some((t) => t.role === role || (role === "basic-economic" && t.role === "general-economic" && t.shape === "grid" && t.columns.some((c) => c.key === "basic")));
    checks.push(check(`completeness.table.${role}`, `${name}（部门${model.kind === "final" ? "决算" : "预算"}应公开的一张表）应在这份公开中`, 1, present ? 1 : 0, [locationOf(start)]));
  }
  for (const t of model.tables) {
    if (t.shape !== "grid" && t.shape !== "statement") continue;
    // a table of words (a performance form kept as printed) has no figures to leave out
    if (t.shape === "grid" && !t.columns.some((c) => c.kind === "amount")) continue;
    const figures = hasFigures(t);
    const note = t.note ?? "";
    if (!figures) checks.push(check(`completeness.empty-note.${t.key}`, `${t.label} ${t.title}没有数字，应附说明为什么是空表`, 1, note ? 1 : 0, [locationOf(t)], [t.key], note || undefined));
    if (note && EMPTY.test(note)) {
      // a note that says the table is empty, under a table with figures
      if (figures) checks.push(check(`completeness.empty-but-figures.${t.key}`, `${t.label} ${t.title}的注说本表为空表，表中应没有数字`, 0, 1, [locationOf(t)], [t.key], note));
      // the fund the note names must be the table's
      const named = FUNDS.filter((fund) => note.includes(fund.name));
      const wrong = named.filter((fund) => !fund.title.test(t.title));
      if (named.length > 0) checks.push(check(`completeness.note-fits.${t.key}`, `${t.label} ${t.title}的注所说的资金应是本表的`, 0, wrong.length, [locationOf(t)], [t.key], note));
    }
  }
  checks.push(...unitChecks(model));
  return checks;
}

/** 本部门中，行政单位1家，参公单位1家，事业单位4家，具体包括：1.… 2.…: the units counted are the units listed. */
function unitChecks(model: Model): Check[] {
  return model.narrative
    .filter((s) => s.kind === "organization")
    .flatMap((section) => {
      const text = section.paragraphs.map((p) => p.text).join("\n");
      const counted = [...text.matchAll(/(?:行政单位|参公单位|参照公务员法管理的事业单位|事业单位)(\d+)家/g)];
      if (counted.length === 0) return [];
      const stated = counted.reduce((n, m) => n + Number(m[1]), 0);
      // the list: an enumeration after 具体包括, one unit an item
      const list = text.slice(text.indexOf("具体包括"));
      const listed = text.includes("具体包括") ? [...list.matchAll(/(?:^|\n|：)\s*\d+[.、．]/g)].length : 0;
      if (listed === 0) return [];
      const quote = section.paragraphs.find((p) => /\d+家/.test(p.text))?.text;
      return [check(`completeness.units@${section.id}`, `${section.title}：列出的单位数等于文字所说的各类单位家数之和（${counted.map((m) => m[0]).join("、")}）`, stated, listed, [locationOf(section)], [], quote)];
    });
}
