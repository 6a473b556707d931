import { tableByRole } from "../disclosure/access.ts";
import { dec, Decimal } from "../disclosure/money.ts";
import { kindName, KINDS, SCOPES, type Disclosure } from "../disclosure/schema.ts";
import { findingsSentence } from "./checks.ts";
import { breakdown, BREAKDOWNS, change, mainRun, titleOf, yearOverYear, type Change } from "./corpus.ts";
import { pairingOf } from "./execution.ts";
import { rounded, share, short } from "./format.ts";
import { overview } from "./overview.ts";
import type { Digest } from "./digest.ts";
import { paths, type DisclosureRef } from "./paths.ts";

/**
 * The sentences a page opens with: what a reader would ask first, generated from the model — the
 * total and how it changed, the largest items, the largest change, the findings. Each figure is
 * rounded for reading (万元 or 亿元, two decimals) and links to the table or page that holds it exactly.
 */

/** A stretch of a sentence; one with a path links to where its figure stands. */
export interface Part {
  text: string;
  href?: string;
}
export type Sentence = Part[];

/** A change in words: 增加 1,234.56 万元（12.3%）, 减少 …, 持平. */
function changeWords(c: Change): string {
  if (c.change === null) return "";
  const amount = dec(c.change);
  if (amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isZero()) return "持平";
  return `${amount.isPositive() ? "增加" : "减少"} ${short(amount.abs().toString())}${c.percent ? `（${c.percent.replace(/^-/, "")}）` : ""}`;
}

/** Items listed as Chinese lists them: A、B和C. */
function listed(items: Sentence[]): Sentence {
  return items.flatMap((item, i) => [...(i === 0 ? [] : [{ text: i === items.length - 1 ? "和" : "、" }]), ...item]);
}

/** The year before's disclosure of the same department, kind and scope, if the site holds it. */
function previousOf<D extends DisclosureRef>(all: readonly D[], d: D): D | undefined {
  return all.find((o) => o.slug === d.slug && o.kind === d.kind && o.scope === d.scope && o.year === d.year - 1);
}

/** The 类 whose amount changed most between two disclosures (by its absolute change), if they print classified rows. */
function largestMover(changes: readonly Change[]): Change | undefined {
  return [...changes].filter((c) => c.change !== null && !dec(c.change).isZero()).sort((a, b) => dec(b.change).abs().cmp(dec(a.change).abs()) || (a.code ?? "").localeCompare(b.code ?? ""))[0];
}

/** The findings of checks, linked to the page that lists them. */
function findingsPart(d: Disclosure): Sentence {
  return [{ text: findingsSentence(overview(d).checks).text }, { text: "逐处查看", href: paths.checks(d) }, { text: "。" }];
}

/** A disclosure's opening: its total and change, its largest items, its largest change, its findings. */
export function disclosureLead(all: readonly Disclosure[], d: Disclosure): Sentence[] {
  const o = overview(d);
  const summary = tableByRole(d, "summary");
  const at = summary && paths.table(d, summary.key);
  const total = o.expenditureTotal;
  const sentences: Sentence[] = [];
  const previous = previousOf(all, d);
  if (total !== null) {
    const first: Sentence = [{ text: `${d.department}${titleOf(d)}的支出总计为 ` }, { text: short(total), ...(at ? { href: at } : {}) }];
    const before = previous && overview(previous).expenditureTotal;
    if (previous && before != null) first.push({ text: `，比${titleOf(previous)}（` }, { text: short(before), href: paths.disclosure(previous) }, { text: `）${changeWords(change("支出总计", before, total))}` });
    const pairing = d.kind === "final" ? pairingOf(all, d) : undefined;
    const planned = pairing?.sameYear ? overview(pairing.budget).expenditureTotal : null;
    if (pairing && planned !== null) first.push({ text: `；同年预算的支出总计为 ` }, { text: short(planned), href: paths.disclosure(pairing.budget) }, { text: `，决算是预算的 ${share(total, planned)}（` }, { text: "逐项对照", href: paths.execution(d) }, { text: "）" });
    sentences.push([...first, { text: "。" }]);
    const uses = o.uses.filter((u) => !u.carry).sort((a, b) => dec(b.amount).cmp(dec(a.amount))).slice(0, 3);
    if (uses.length > 1) {
      sentences.push([{ text: "支出最多的是" }, ...listed(uses.map((u) => [{ text: `${u.label}（` }, { text: short(u.amount), ...(at ? { href: at } : {}) }, { text: `，占支出总计的 ${share(u.amount, total)}）` }])), { text: "。" }]);
    }
  }
  if (previous) {
    // by 功能分类 类, as the department page compares the two years
    const mover = largestMover(yearOverYear(previous, d).breakdowns[0]?.changes ?? []);
    if (mover) sentences.push([{ text: `与${previous.year}年相比，变化最大的是${mover.name}（${mover.code}）：从 ${rounded(mover.before ?? "0")} 万元到 ${rounded(mover.after ?? "0")} 万元，${changeWords(mover)}，见` }, { text: "逐年对照", href: paths.department(d.slug) }, { text: "。" }]);
  }
  sentences.push(findingsPart(d));
  return sentences;
}

/** Years as a reader says them: 2023年至2025年, or 2025年. */
const span = (run: readonly Disclosure[]) => (run.length > 1 ? `${run[0]!.year}年至${run.at(-1)!.year}年` : `${run[0]!.year}年`);

/** A department's opening: its years, its total first to last, the 款 that moved most, its findings. */
export function departmentLead(series: readonly Disclosure[]): Sentence[] {
  const run = mainRun(series);
  const [first, last] = [run[0], run.at(-1)];
  if (!first || !last) return [];
  const sentences: Sentence[] = [];
  const others = series.filter((d) => !run.includes(d));
  sentences.push([{ text: `本站收录${last.department}${span(run)}的 ${run.length} 份${kindName(first)}` }, ...(others.length > 0 ? [{ text: "，另有" }, ...listed(others.map((d) => [{ text: titleOf(d), href: paths.disclosure(d) }]))] : []), { text: "。" }]);
  if (run.length > 1) {
    const [from, to] = [overview(first).expenditureTotal, overview(last).expenditureTotal];
    if (from !== null && to !== null) {
      sentences.push([
        { text: `支出总计从${first.year}年的 ` },
        { text: short(from), href: paths.disclosure(first) },
        { text: `变为${last.year}年的 ` },
        { text: short(to), href: paths.disclosure(last) },
        { text: `，${changeWords(change("支出总计", from, to))}。` },
      ]);
    }
    const sections = run.map((d) => breakdown(d, BREAKDOWNS[1]));
    const codes = [...new Set(sections.flatMap((s) => [...s.keys()]))];
    const mover = largestMover(codes.map((code) => change(sections.at(-1)?.get(code)?.name ?? sections.find((s) => s.has(code))?.get(code)?.name ?? code, sections[0]?.get(code)?.amount ?? null, sections.at(-1)?.get(code)?.amount ?? null, code)));
    if (mover?.code) {
      const path = sections.map((s) => (s.get(mover.code!) ? rounded(s.get(mover.code!)!.amount) : "0.00")).join(" → ");
      sentences.push([{ text: `${first.year}年至${last.year}年变化最大的支出科目（款）是${mover.name}（${mover.code}）：${path} 万元，${changeWords(mover)}。` }]);
    }
  }
  // a disclosure with findings beyond rounding, counted as the overview counts them (once per disclosure)
  const withFindings = series.filter((d) => overview(d).checks.disagree > 0);
  sentences.push([{ text: withFindings.length === 0 ? `各份核对都没有实质不符（至多只有取整差）。` : `其中 ${withFindings.length} 份有对不上的地方：` }, ...listed(withFindings.map((d) => [{ text: titleOf(d), href: paths.checks(d) }, { text: `（${findingsSentence(overview(d).checks).short}）` }])), ...(withFindings.length > 0 ? [{ text: "。" }] : [])]);
  return sentences;
}

/** A year's opening: how many departments and of what kind, the largest, the largest change, the findings. */
export function yearLead(all: readonly Digest[], year: number): Sentence[] {
  const ofYear = all.filter((d) => d.year === year);
  const departments = new Set(ofYear.map((d) => d.slug)).size;
  const regions = new Set(ofYear.map((d) => d.region)).size;
  const kinds = KINDS.flatMap((kind) => SCOPES.map((scope) => kindName({ kind, scope }))).flatMap((name) => {
    const n = ofYear.filter((d) => kindName(d) === name).length;
    return n > 0 ? [`${n} 份${name}`] : [];
  });
  const sentences: Sentence[] = [[{ text: `${year}年，本站收录${regions > 1 ? ` ${regions} 个地区、` : " "}${departments} 个部门的 ${kinds.length > 1 ? `${kinds.slice(0, -1).join("、")}和 ${kinds.at(-1)}` : kinds[0]}。` }]];
  const spending = (d: Digest) => d.figures.expenditureTotal;
  // a 单位's spending is part of its department's: the largest are told among 部门 disclosures
  const largest = ofYear.filter((d) => d.scope === "department" && spending(d) !== null).sort((a, b) => dec(spending(b)).cmp(dec(spending(a))) || a.department.localeCompare(b.department, "zh-CN")).slice(0, 3);
  if (largest.length > 1) sentences.push([{ text: "支出总计最大的是" }, ...listed(largest.map((d) => [{ text: `${d.department}${kindName(d)}（` }, { text: short(spending(d)), href: paths.disclosure(d) }, { text: "）" }])), { text: "。" }]);
  const changes = ofYear.flatMap((d) => {
    const previous = previousOf(all, d);
    const c = previous && change(d.department, spending(previous), spending(d));
    return c && c.change !== null && !dec(c.change).isZero() ? [{ d, c }] : [];
  });
  const mover = changes.sort((a, b) => dec(b.c.change).abs().cmp(dec(a.c.change).abs()) || a.d.department.localeCompare(b.d.department, "zh-CN"))[0];
  if (mover) sentences.push([{ text: `与上年相比，支出总计变化最大的是` }, { text: `${mover.d.department}${kindName(mover.d)}`, href: paths.department(mover.d.slug) }, { text: `：从 ${short(mover.c.before)}到 ${short(mover.c.after)}，${changeWords(mover.c)}。` }]);
  const withFindings = ofYear.filter((d) => d.checks.disagree > 0);
  const count = withFindings.reduce((n, d) => n + d.checks.disagree, 0);
  sentences.push([{ text: withFindings.length === 0 ? "各份核对都没有实质不符（至多只有取整差）。" : `其中 ${withFindings.length} 份有对不上的地方，共 ${count} 处（见下表“核对”一列）。` }]);
  return sentences;
}
