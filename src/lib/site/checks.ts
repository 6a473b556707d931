import { FINDING_GROUPS, type Check, type Disclosure, type FindingGroup } from "../disclosure/schema.ts";
import { plainFinding } from "./finding.ts";

/** A check's result in one word, the same in every table, CSV and page. */
export function verdictOf(c: Pick<Check, "passed" | "rounding" | "truncation">): "相符" | "取整差" | "截尾差" | "不符" {
  return c.passed ? "相符" : c.rounding ? "取整差" : c.truncation ? "截尾差" : "不符";
}

/** The style each result is shown in: a difference within rounding or truncation is not marked as a failure. */
export const VERDICT_CLASS = { 相符: "pass", 取整差: "rounding", 截尾差: "rounding", 不符: "fail" } as const;

/** The results a check may have, as the CSVs describe their column: 相符、取整差、截尾差、不符. */
export const VERDICTS = Object.keys(VERDICT_CLASS).join("、");

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
    /** of the failed, those whose difference the printed figures' rounding could make */
    rounding: counted.filter((c) => !c.passed && c.rounding).length,
    /** of the failed, figures the text cut short (截尾) where it should have rounded */
    truncation: counted.filter((c) => !c.passed && c.truncation).length,
    /** of the failed, those beyond rounding and truncation: the document's own inconsistencies */
    disagree: counted.filter((c) => verdictOf(c) === "不符").length,
    /** of the failed beyond rounding, statements of the text that its tables or its own figures contradict */
    narrative: counted.filter((c) => !c.passed && !c.rounding && !c.truncation && c.group === "narrative").length,
    /** of the failed beyond rounding, what the disclosure lacks or mislabels: a table, a note, a unit */
    completeness: counted.filter((c) => !c.passed && !c.rounding && c.group === "completeness").length,
    /** rows that break a rule over every row */
    failedRows: checks.length - counted.length,
  };
}

export type CheckSummary = ReturnType<typeof checkSummary>;

/**
 * The findings in one sentence, the same everywhere: differences beyond rounding are said to be
 * the document's own inconsistencies; those within rounding are counted apart, and said to be
 * possibly the printing's rounding.
 */
export function findingsSentence(s: CheckSummary): { text: string; level: "ok" | "rounding" | "bad"; short: string } {
  const real = s.disagree;
  const cut = s.truncation ? `；另有 ${s.truncation} 处文字截去了尾数而未四舍五入（截尾差）` : "";
  if (s.failed === 0) return { level: "ok", text: `核对 ${s.total} 项，全部相符。`, short: "全部相符" };
  if (real === 0 && s.rounding === 0) return { level: "rounding", text: `核对 ${s.total} 项，${s.truncation} 处文字截去了尾数而未四舍五入（截尾差），其余全部相符。`, short: `${s.truncation} 处截尾差` };
  if (real === 0) return { level: "rounding", text: `核对 ${s.total} 项，${s.rounding} 项有差额，都在四舍五入范围内（不超过各数末位的一半之和），可能是原文取整所致${cut}。`, short: `${s.rounding} 处取整差` };
  const groups = [
    { count: real - s.narrative - s.completeness, name: "表格", says: "项原文自身的合计与明细不一致" },
    { count: s.narrative, name: "文字", says: "处文字与表格或与它自己给出的数不一致" },
    { count: s.completeness, name: "完整性", says: "处缺表、空表说明不符或所列单位与所说不符" },
  ].filter((g) => g.count > 0);
  return {
    level: "bad",
    text: `核对 ${s.total} 项，${real} 项对不上：${groups.map((g) => `${g.count} ${g.says}`).join("，")}${s.rounding ? `；另有 ${s.rounding} 项差额在四舍五入范围内` : ""}${cut}。`,
    // by group: "8 处不符：表格 6、完整性 2", "7 处不符：文字 7"
    short: `${real} 处不符：${groups.map((g) => `${g.name} ${g.count}`).join("、")}`,
  };
}

/** The checks as a page lists them: failures first, each rule with the rows that break it. */
export function orderedChecks(d: Pick<Disclosure, "checks">, group?: FindingGroup): { check: Check; rows: Check[] }[] {
  const rows = new Map<string, Check[]>();
  for (const c of d.checks) if (c.kind === "row" && c.rule) rows.set(c.rule, [...(rows.get(c.rule) ?? []), c]);
  const main = d.checks.filter((c) => c.kind !== "row" && (group === undefined || c.group === group));
  return [...main.filter((c) => !c.passed), ...main.filter((c) => c.passed)].map((check) => ({ check, rows: rows.get(check.id) ?? [] }));
}

/** Each group of findings in a word, as the downloads name it. */
export const GROUP_NAMES: Record<FindingGroup, string> = {
  tables: "表格自身",
  narrative: "文字与表格",
  completeness: "完整性",
};

/** What each group of findings is, as the checks page heads it. */
export const GROUP_TITLES: Record<FindingGroup, string> = {
  tables: "表格自身：合计与明细、表与表",
  narrative: "文字与表格：说明中的数字、比例与年度",
  completeness: "完整性：应有的表、空表的说明、所列单位",
};

/** The checks a table's page notes: those about it, or reading it, that fail. */
export function failuresOf(d: Pick<Disclosure, "checks">, key: string): Check[] {
  return d.checks.filter((c) => c.kind !== "row" && !c.passed && c.tables.includes(key));
}

/**
 * The checks page: what does not add up first, each in the document's words and by group; then
 * what differs within rounding or truncation; then every check that agrees, folded below.
 */
export function checksView(d: Disclosure) {
  const summary = checkSummary(d.checks);
  const withWords = ({ check, rows }: { check: Check; rows: Check[] }) => ({ check, rows, plain: plainFinding(d, check) });
  const byGroup = (keep: (c: Check) => boolean) =>
    FINDING_GROUPS.map((group) => ({ group, checks: orderedChecks(d, group).filter(({ check }) => keep(check)) })).filter((g) => g.checks.length > 0);
  return {
    summary,
    findings: findingsSentence(summary),
    disagree: byGroup((c) => verdictOf(c) === "不符").map((g) => ({ ...g, checks: g.checks.map(withWords) })),
    withinRounding: orderedChecks(d).filter(({ check }) => !check.passed && verdictOf(check) !== "不符").map(withWords),
    agree: byGroup((c) => c.passed),
  };
}
