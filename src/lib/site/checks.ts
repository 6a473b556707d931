import type { Check, Disclosure } from "../disclosure/schema.ts";

/**
 * How many checks a disclosure has and how many fail, counted one way everywhere (the CLI, the
 * home page, the overview, the checks page): a rule over every row counts once, however many of
 * its rows break it; those rows are counted apart.
 */
export function checkSummary(checks: readonly Check[]) {
  const counted = checks.filter((c) => c.kind !== "row");
  const failed = counted.filter((c) => !c.passed).length;
  return {
    total: counted.length,
    passed: counted.length - failed,
    failed,
    /** rows that break a rule over every row */
    failedRows: checks.length - counted.length,
  };
}

export type CheckSummary = ReturnType<typeof checkSummary>;

/** The checks as a page lists them: failures first, each rule with the rows that break it. */
export function orderedChecks(d: Pick<Disclosure, "checks">): { check: Check; rows: Check[] }[] {
  const rows = new Map<string, Check[]>();
  for (const c of d.checks) if (c.kind === "row" && c.rule) rows.set(c.rule, [...(rows.get(c.rule) ?? []), c]);
  const main = d.checks.filter((c) => c.kind !== "row");
  return [...main.filter((c) => !c.passed), ...main.filter((c) => c.passed)].map((check) => ({ check, rows: rows.get(check.id) ?? [] }));
}

/** The checks a table's page notes: those about it, or reading it, that fail. */
export function failuresOf(d: Pick<Disclosure, "checks">, key: string): Check[] {
  return d.checks.filter((c) => c.kind !== "row" && !c.passed && c.tables.includes(key));
}
