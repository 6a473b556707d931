/**
 * What a model says about each line of its source: the oracle of the fuzz and of the property
 * tests. A mutant that parses must say of every line what the seed said of the line it came from;
 * a figure in another field, or a row that vanished, shows as a line whose facts differ.
 */
import type { Disclosure } from "../../src/lib/disclosure/schema.ts";

const value = (v: unknown) => (v === null ? "∅" : v === undefined ? "" : String(v));
const amounts = (a: Record<string, string | null>) => Object.keys(a).sort().map((k) => `a.${k}=${value(a[k])}`);

/** Every fact of a model, by line ("page:line" for a PDF), each line's facts sorted. */
export function factsByLine(model: Disclosure): Map<string, string[]> {
  const facts = new Map<string, string[]>();
  const add = (at: { line: number; page?: number }, fact: string) => {
    const key = `${at.page ?? 0}:${at.line}`;
    const list = facts.get(key);
    if (list) list.push(fact);
    else facts.set(key, [fact]);
  };
  for (const t of model.tables) {
    add(t, `heading ${t.key} ${t.unit}`);
    if (t.shape === "grid") {
      for (const r of t.rows) {
        const subjects = Object.keys(r.subjects).sort().map((k) => `s.${k}=${r.subjects[k]?.code}/${r.subjects[k]?.name}`);
        const texts = Object.keys(r.texts).sort().map((k) => `t.${k}=${r.texts[k]}`);
        // the group (预算05表's unnamed blocks) is inferred from the order of codes, which a moved row changes: not a fact of the line
        // a row moved to another table of its shape is read as that table's: the table is not a fact of the line
        add(r, [r.kind, ...subjects, ...texts, ...amounts(r.amounts)].join("|"));
      }
    } else if (t.shape === "statement") {
      for (const side of ["income", "expenditure"] as const) for (const r of t[side]) add(r, [side, r.kind, r.label, ...amounts(r.amounts)].join("|"));
    } else if (t.shape === "overall") {
      add(t.funds, ["funds", value(t.funds.total), ...Object.values(t.funds.fiscal).map(value), ...Object.values(t.funds.other).map(value)].join("|"));
      add(t.goalAt, `goal ${JSON.stringify(t.goal)} ${JSON.stringify(t.remarks)}`);
    }
  }
  for (const p of model.projects) {
    add(p, ["project", value(p.code), p.name, p.total, value(p.fiscalFunds), value(p.otherFunds), JSON.stringify(p.goal)].join("|"));
    // an indicator belongs to the project above it in the text, which a moved row changes: its own cells are its facts
    for (const i of p.indicators) add(i, ["indicator", i.level1, i.level2, i.level3, i.operator, i.value, i.unit].join("|"));
  }
  for (const i of model.overallIndicators) add(i, ["overall", i.activity, i.level1, i.level2, i.level3, i.operator, i.value, i.unit].join("|"));
  for (const list of facts.values()) list.sort();
  return facts;
}

const MOVING = new Set(["line", "page", "at", "goalAt"]);

/**
 * The model without what moves when lines move (places, the source, the line in row checks' ids),
 * as JSON: two models of one text build their objects in one order, so equal shapes are equal strings.
 */
export function shape(model: Disclosure): string {
  const checks = model.checks.map((c) => ({ ...c, id: c.id.replace(/@[p\d-]+$/, "@") }));
  return JSON.stringify({ ...model, checks, source: null }, (key, v) => (MOVING.has(key) ? undefined : v));
}
