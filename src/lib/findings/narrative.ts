import { gridOf } from "../disclosure/access.ts";
import { locationOf, type Location } from "../disclosure/location.ts";
import { dec, Decimal, decimalsOf, maxDecimals, sum, toAmount, toWan, type Amount } from "../disclosure/money.ts";
import type { NarrativeSection } from "../disclosure/narrative.ts";
import type { Check, Disclosure } from "../disclosure/schema.ts";
import type { GridRow, Table } from "../disclosure/tables.ts";
import type { NarrativeFigure, Template } from "../templates/types.ts";
import { threePublicOf } from "../disclosure/three-public.ts";
import { roundingOf, rowId } from "./check.ts";
import { typoOf, type Typo } from "./typo.ts";

/**
 * What the text of a disclosure says of its figures, checked: each amount it states against the
 * table that holds it (rounded as the text rounds), each change or share it states against the
 * amounts it gives, each year it names against the document's year. Only sentences read whole are
 * checked: a statement the readers do not recognise is passed over, never guessed at.
 */

/** An amount as the text writes it: 9,101.68 or 686 (separators removed before matching). */
const AMOUNT = String.raw`(\d+(?:\.\d+)?)`;
const PERCENT = String.raw`(\d+(?:\.\d+)?)%`;

/** The sentences of a paragraph, each with its text for matching (thousands separators removed). */
function sentences(text: string): { quote: string; text: string }[] {
  return text
    .split(/(?<=。)/)
    .map((quote) => quote.trim())
    .filter(Boolean)
    .map((quote) => ({ quote, text: quote.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1") }));
}

type Model = Omit<Disclosure, "checks">;

/** A check the text gives rise to. */
interface Claim {
  id: string;
  description: string;
  tables: string[];
  unit: Check["unit"];
  /** the figure the text states */
  stated: Amount;
  /** what the tables (or the text's own other figures) make it */
  actual: Amount;
  passed: boolean;
  /** the figures differ by no more than their rounding could make */
  rounding?: true;
  /** the text cut the figure's digits off instead of rounding them */
  truncation?: true;
  /** the table's figure was printed empty */
  blank?: true;
  quote: string;
  at: Location[];
  /** the text's own figures the claim rests on, and whether it holds of them: for the search for a one-digit slip */
  reconcile?: { figures: Amount[]; holds: (figures: Amount[]) => boolean };
}

/** Whether a stated amount is the table's figure rounded as the text rounds it (half up, to its digits). */
function agrees(stated: Amount, actual: Amount): boolean {
  return dec(actual).toDecimalPlaces(decimalsOf(stated), Decimal.ROUND_HALF_UP).eq(dec(stated));
}

/** Whether a stated amount is the table's figure with its digits past the text's cut off (截尾), not rounded. */
function truncated(stated: Amount, actual: Amount): boolean {
  return dec(actual).toDecimalPlaces(decimalsOf(stated), Decimal.ROUND_DOWN).eq(dec(stated));
}

/**
 * Whether a stated percentage can follow from the amounts it was computed from, each of which the
 * text may have rounded: the stated figure, give or take half its last digit, must meet the range
 * the amounts' rounding allows.
 */
function percentAgrees(stated: Amount, compute: (vary: (amount: Amount, sign: -1 | 0 | 1) => Decimal) => Decimal[]): { passed: boolean; exact: Decimal } {
  const half = (amount: Amount) => new Decimal(10).pow(-decimalsOf(amount)).div(2);
  const [exact = new Decimal(0)] = compute((amount) => dec(amount));
  const low = compute((amount, sign) => dec(amount).plus(half(amount).times(sign)));
  const high = compute((amount, sign) => dec(amount).minus(half(amount).times(sign)));
  const values = [exact, ...low, ...high].filter((v) => v.isFinite());
  // a part of nothing has no percentage (a slip read as 0 is no reading)
  if (values.length === 0) return { passed: false, exact };
  const min = Decimal.min(...values);
  const max = Decimal.max(...values);
  const tolerance = half(stated);
  return { passed: dec(stated).plus(tolerance).gte(min) && dec(stated).minus(tolerance).lte(max), exact };
}

const toPercent = (value: Decimal, stated: Amount) => toAmount(value, decimalsOf(stated) + 2);

/** A stated change in percent of the year before, given this year's figure and the change (the year before being the one less the other). */
const changeFrom = (sign: 1 | -1, now: Amount, change: Amount, percent: Amount) =>
  percentAgrees(percent, (vary) => [vary(change, 0).div(vary(now, 0).minus(vary(change, 0).times(sign))).times(100), vary(change, 1).div(vary(now, -1).minus(vary(change, 1).times(sign))).times(100), vary(change, -1).div(vary(now, 1).minus(vary(change, -1).times(sign))).times(100)]);

/** A stated percentage of a part in a whole (a share, a completion rate), each figure as the text rounds it. */
const ratio = (part: Amount, whole: Amount, percent: Amount) => percentAgrees(percent, (vary) => [vary(part, 0).div(vary(whole, 0)).times(100), vary(part, 1).div(vary(whole, -1)).times(100), vary(part, -1).div(vary(whole, 1)).times(100)]);

/** The figures a template's text names, checked against its tables. */
function figureClaims(model: Model, figures: readonly NarrativeFigure[], section: NarrativeSection, quote: string, text: string, at: Location, before = ""): Claim[] {
  return figures.flatMap((def) => {
    if (def.sections && !def.sections.includes(section.kind)) return [];
    return [...text.matchAll(def.pattern)].flatMap((match) => {
      const stated = match.groups?.amount;
      const context = `${before}${text.slice(0, match.index)}`;
      const figure = stated === undefined ? undefined : (def.partOf?.find((part) => part.whole.test(context)) ?? def).figure(model);
      if (stated === undefined || !figure) return [];
      const actual = toWan(figure.value ?? "0", figure.unit);
      const passed = agrees(stated, actual);
      return [{ id: def.id, description: `文字所说的${def.name}等于${figure.name}（按文字的位数四舍五入）`, tables: [figure.table], unit: "万元", stated, actual, passed, ...(!passed && truncated(stated, actual) ? { truncation: true as const } : {}), ...(!passed && figure.value == null ? { blank: true as const } : {}), quote, at: [at, locationOf(figure.at)], reconcile: { figures: [stated], holds: ([s = ""]) => agrees(s, actual) } }];
    });
  });
}

/** A 功能分类 row named as the text names it: by its codes, or by the names of its 类, 款 and 项. */
function findRow(rows: readonly GridRow[], names: readonly string[], codes: readonly string[]): GridRow | undefined {
  const clean = (name: string) => name.replace(/[\s（）()]/g, "");
  if (codes.length === 3 && codes.every(Boolean)) return rows.find((r) => r.subjects.functional?.code === codes.join(""));
  const nameOf = new Map(rows.map((r) => [r.subjects.functional?.code ?? "", clean(r.subjects.functional?.name ?? "")]));
  const found = rows.filter((r) => {
    const code = r.subjects.functional?.code ?? "";
    return r.kind === "item" && code.length === 7 && [code.slice(0, 3), code.slice(0, 5), code].every((part, i) => nameOf.get(part) === clean(names[i] ?? ""));
  });
  return found.length === 1 ? found[0] : undefined;
}

/** 一般公共服务支出（201类）财政事务（06款）行政运行（01项）, （类）（款）（项） without codes, or 一般公共服务支出-财政事务-行政运行. */
const CLASSIFIED = /^(.+?)（(\d{3})?类）(.+?)（(\d{2})?款）(.+?)（(\d{2})?项）/;
const DASHED = /^([^-—“”]+)[-—]([^-—“”]+)[-—]([^-—“”]+?)”?科目/;

/**
 * Items of the text's spending by 功能分类 (财政拨款支出主要内容, 决算具体情况), against the table's
 * rows; and the item's amount, which the rest of its paragraph must repeat (预算安排 B万元).
 */
function itemClaims(model: Model, paragraph: string, quote: string, at: Location): Claim[] {
  const table = gridOf(model, "general-budget");
  if (!table) return [];
  const lead = /^\d+[、.．]\s*“?/.exec(paragraph);
  if (!lead) return [];
  const rest = paragraph.slice(lead[0].length);
  const classified = CLASSIFIED.exec(rest);
  const dashed = classified ? undefined : DASHED.exec(rest);
  const names = classified ? [classified[1], classified[3], classified[5]] : dashed ? [dashed[1], dashed[2], dashed[3]] : undefined;
  if (!names) return [];
  const row = findRow(table.rows, names.map((n) => n ?? ""), classified ? [classified[2] ?? "", classified[4] ?? "", classified[6] ?? ""] : []);
  if (!row) return [];
  const code = row.subjects.functional?.code ?? "";
  const label = `${code} ${row.subjects.functional?.name ?? ""}`;
  const actual = toWan(row.amounts.total ?? "0", table.unit);
  const claims: Claim[] = [];
  const head = rest.slice((classified ?? dashed)?.[0].length ?? 0);
  // a budget states the item's amount right after its name; a 决算, its 支出决算
  const amount = new RegExp(`^”?(?:科目)?${AMOUNT}万元`).exec(head)?.[1] ?? new RegExp(`支出决算为${AMOUNT}万元`).exec(paragraph)?.[1];
  if (amount !== undefined) {
    claims.push({ id: `item-${code}`, description: `文字所说${label}的金额等于${table.label}中该项的合计`, tables: [table.key], unit: "万元", stated: amount, actual, passed: agrees(amount, actual), quote, at: [at, locationOf(row)], reconcile: { figures: [amount], holds: ([a = ""]) => agrees(a, actual) } });
    const planned = new RegExp(`(\\d{4})年预算安排${AMOUNT}万元`).exec(paragraph)?.[2];
    if (planned !== undefined) claims.push({ id: `item-${code}-repeated`, description: `同一段中，${label}的本年预算安排应与段首所说的 ${amount} 万元相同`, tables: [], unit: "万元", stated: amount, actual: planned, passed: dec(planned).eq(dec(amount)), quote, at: [at], reconcile: { figures: [amount, planned], holds: ([a = "", p = ""]) => dec(a).eq(dec(p)) } });
  }
  return claims;
}

/** (2025年当年预算执行数为A万元，2026年预算安排B万元，)比2025年预算执行数增加P%: P must follow from A and B. */
function changeClaims(paragraph: string, quote: string, at: Location): Claim[] {
  const claims: Claim[] = [];
  const execution = new RegExp(`(\\d{4})年当年预算执行数为${AMOUNT}万元，(\\d{4})年预算安排${AMOUNT}万元，比(\\d{4})年预算执行数(增加|减少|增长|下降)${PERCENT}`).exec(paragraph);
  // a change from nothing has no percentage: such a sentence is not checked
  if (execution && !dec(execution[2]).isZero()) {
    const [, , before = "", , after = "", , direction = "", percent = ""] = execution;
    const sign = /减少|下降/.test(direction) ? -1 : 1;
    const signed = (p: Amount) => toAmount(dec(p).times(sign), decimalsOf(p));
    const change = (b: Amount, a: Amount, p: Amount) => percentAgrees(signed(p), (vary) => [vary(a, 1).minus(vary(b, -1)).div(vary(b, -1)).times(100), vary(a, -1).minus(vary(b, 1)).div(vary(b, 1)).times(100)]);
    const stated = signed(percent);
    const { passed, exact } = change(before, after, percent);
    claims.push({ id: "change", description: `文字所说的增减幅度由它给出的上年执行数 ${before} 万元和本年预算 ${after} 万元算得：（${after} − ${before}）÷ ${before}`, tables: [], unit: "%", stated, actual: toPercent(exact, stated), passed, quote, at: [at], reconcile: { figures: [before, after, percent], holds: ([b = "", a = "", p = ""]) => change(b, a, p).passed } });
  }
  // 年初预算为A万元，支出决算为B万元，完成年初预算的P%; 预算为A万元，2024年度支出决算为B万元，完成预算的P%
  const rate = new RegExp(`预算(?:数)?为${AMOUNT}万元，(?:\\d{4}年度?)?(?:支出)?决算(?:数)?为${AMOUNT}万元，完成(?:年初)?预算的${PERCENT}`).exec(paragraph);
  if (rate && !dec(rate[1]).isZero()) {
    const [, planned = "", spent = "", percent = ""] = rate;
    const { passed, exact } = ratio(spent, planned, percent);
    claims.push({ id: "rate", description: `文字所说的完成率由它给出的年初预算 ${planned} 万元和支出决算 ${spent} 万元算得：${spent} ÷ ${planned}`, tables: [], unit: "%", stated: percent, actual: toPercent(exact, percent), passed, quote, at: [at], reconcile: { figures: [planned, spent, percent], holds: ([pl = "", sp = "", p = ""]) => ratio(sp, pl, p).passed } });
  }
  return claims;
}

/** 比2025年预算增加… in a 2026 budget, 与2023年度相比 in a 2024 决算: the year compared with is the year before. */
function yearClaims(sentence: string, quote: string, at: Location, year: number): Claim[] {
  const named = [...sentence.matchAll(/(?:比|与)(\d{4})年(?:度)?(?:（上一年度，下同）)?(?:预算|决算|相比|持平)/g)].map((m) => Number(m[1]));
  if (named.length === 0) return [];
  const wrong = named.find((y) => y !== year - 1);
  // stated: the year the text names; actual: the year it should name
  return [{ id: "year", description: `与上一年比较时，文字所称的年度应为上一年（${year - 1}年）`, tables: [], unit: "年", stated: String(wrong ?? year - 1), actual: String(year - 1), passed: wrong === undefined, quote, at: [at] }];
}

/** 0万元，比2022年预算增加1421.25万元: the year before would have been −1421.25万元, which cannot be. */
function previousClaims(sentence: string, quote: string, at: Location): Claim[] {
  return [...sentence.matchAll(new RegExp(`${AMOUNT}万元，比\\d{4}年(?:（上一年度，下同）)?预算(增加|减少)${AMOUNT}万元`, "g"))].map((m) => {
    const [, now = "", direction = "", change = ""] = m;
    const before = dec(now).minus(dec(change).times(direction === "增加" ? 1 : -1));
    const decimals = Math.max(decimalsOf(now), decimalsOf(change));
    return { id: "previous", description: `由文字给出的本年数 ${now} 万元和${direction}额 ${change} 万元推得的上年数不为负`, tables: [], unit: "万元", stated: toAmount(Decimal.max(before, 0), decimals), actual: toAmount(before, decimals), passed: !before.isNegative(), quote, at: [at] };
  });
}

/**
 * 本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%: each share against the part and
 * the whole the sentence gives; 收入支出总计减少56.95万元，下降1.87%: the change against the total.
 */
function shareClaims(sentence: string, quote: string, at: Location): Claim[] {
  const claims: Claim[] = [];
  const whole = new RegExp(`^(?:[^，。；：]*?)(本年收入合计|本年支出合计|一般公共预算财政拨款支出)${AMOUNT}万元，(?:其中|主要用于以下方面)：`).exec(sentence);
  if (whole) {
    const [, name = "", total = ""] = whole;
    for (const m of sentence.slice(whole[0].length).matchAll(new RegExp(`([^，；：。]+?)${AMOUNT}万元，占${PERCENT}`, "g"))) {
      const [, part = "", amount = "", percent = ""] = m;
      if (dec(total).isZero()) continue;
      const { passed, exact } = ratio(amount, total, percent);
      claims.push({ id: "share", description: `文字所说${part}占${name}的比例由它给出的两个数算得：${amount} ÷ ${total}`, tables: [], unit: "%", stated: percent, actual: toPercent(exact, percent), passed, quote, at: [at], reconcile: { figures: [amount, total, percent], holds: ([a = "", t = "", p = ""]) => ratio(a, t, p).passed } });
    }
  }
  const change = new RegExp(`${AMOUNT}万元。与\\d{4}年度相比，[^，。]*?(增加|减少)${AMOUNT}万元，(增长|下降)${PERCENT}`).exec(sentence);
  if (change && !dec(change[1]).minus(dec(change[3]).times(change[2] === "增加" ? 1 : -1)).isZero()) {
    const [, now = "", direction = "", amount = "", , percent = ""] = change;
    const sign = direction === "增加" ? 1 : -1;
    const { passed, exact } = changeFrom(sign, now, amount, percent);
    claims.push({ id: "change", description: `文字所说的增减幅度由它给出的本年数 ${now} 万元和${direction}额 ${amount} 万元算得：${amount} ÷（${now} ${sign > 0 ? "−" : "+"} ${amount}）`, tables: [], unit: "%", stated: percent, actual: toPercent(exact, percent), passed, quote, at: [at], reconcile: { figures: [now, amount, percent], holds: ([n = "", c = "", p = ""]) => changeFrom(sign, n, c, p).passed } });
  }
  return claims;
}

/**
 * “三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降27.78%: the change the text gives, against
 * the table's 决算数 of this year (the year before being it plus the decrease).
 */
function threePublicChangeClaims(model: Model, sentence: string, quote: string, at: Location): Claim[] {
  const m = new RegExp(`“三公”经费(?:财政拨款)?(?:支出)?(?:决算数?)?(?:比|较)\\d{4}年度?(增加|减少)${AMOUNT}万元[，,](?:下降|增长)(?:（(?:下降|增长)）)?${PERCENT}`).exec(sentence);
  const t = m && gridOf(model, "three-public");
  const figures = t && threePublicOf(t, model.year);
  const total = figures?.amounts.total;
  if (!m || !t || !figures || total == null) return [];
  const [, direction = "", change = "", percent = ""] = m;
  const sign = direction === "增加" ? 1 : -1;
  const now = toWan(total, t.unit);
  const { passed, exact } = changeFrom(sign, now, change, percent);
  return [{ id: "three-public-change", description: `文字所说“三公”经费比上年${direction}的幅度由它给出的${direction}额 ${change} 万元和${t.label}的本年决算数 ${now} 万元算得：${change} ÷（${now} ${sign > 0 ? "−" : "+"} ${change}）`, tables: [t.key], unit: "%", stated: percent, actual: toPercent(exact, percent), passed, quote, at: [at, locationOf(figures.rows.total ?? at)], reconcile: { figures: [change, percent], holds: ([c = "", p = ""]) => changeFrom(sign, now, c, p).passed } }];
}

/**
 * 29956.27万元，比2025年年初预算数28479.84万元增加1476.43万元: the change the text states against the
 * difference of the two figures it gives (within their rounding, a 取整差).
 */
function differenceClaims(sentence: string, quote: string, at: Location): Claim[] {
  return [...sentence.matchAll(new RegExp(`${AMOUNT}万元[，,]?(?:比|较)[^，。；]{0,24}?${AMOUNT}万元[，,]?(增加|减少|增长|下降)${AMOUNT}万元`, "g"))].map((m) => {
    const [, now = "", before = "", direction = "", change = ""] = m;
    const stated = `${direction === "减少" || direction === "下降" ? "-" : ""}${change}`;
    const difference = dec(now).minus(dec(before));
    const decimals = maxDecimals([now, before, change]);
    const miss = difference.minus(dec(stated)).abs();
    const rounding = !miss.isZero() && miss.lte(roundingOf([now, before, change].map((value) => ({ value }))));
    const holds = ([n = "", b = "", c = ""]: Amount[]) => dec(n).minus(dec(b)).eq(dec(c).times(stated.startsWith("-") ? -1 : 1));
    return { id: "difference", description: `文字所说的${direction}额等于它给出的两个数之差：${now} − ${before}`, tables: [], unit: "万元", stated: toAmount(dec(stated), decimalsOf(change)), actual: toAmount(difference, decimals), passed: miss.isZero(), ...(rounding ? { rounding: true as const } : {}), quote, at: [at], reconcile: { figures: [now, before, change], holds } };
  });
}

/**
 * 政府采购支出总额A万元，其中：货物B万元、工程C万元、服务D万元: the parts the text gives of the total
 * add up to it (a 决算's or a budget's, in any region's words).
 */
function procurementClaims(sentence: string, quote: string, at: Location): Claim[] {
  const whole = new RegExp(`政府采购[^，。；：]{0,16}?${AMOUNT}万元[，,]?其中[：:]`).exec(sentence);
  if (!whole) return [];
  const rest = sentence.slice(whole.index + whole[0].length);
  const parts = ["货物", "工程", "服务"].flatMap((kind) => new RegExp(`${kind}[^，、；。\d]{0,12}?${AMOUNT}万元`).exec(rest)?.[1] ?? []);
  if (parts.length < 3) return [];
  const stated = whole[1] ?? "0";
  const total = sum(parts);
  const actual = toAmount(total, maxDecimals([stated, ...parts]));
  // the total may be the parts' sum rounded to its digits (370.62 of 252.619 + 0 + 118); each part
  // printed rounded, the sum may miss the total by half a last digit apiece
  const passed = agrees(stated, actual);
  const rounding = !passed && total.minus(dec(stated)).abs().lte(roundingOf([stated, ...parts].map((value) => ({ value }))));
  return [{ id: "procurement", description: `文字所说的政府采购总额等于它给出的货物、工程、服务三项之和（${parts.join(" + ")}）`, tables: [], unit: "万元", stated, actual, passed, ...(rounding ? { rounding: true as const } : {}), quote, at: [at], reconcile: { figures: [stated, ...parts], holds: ([s = "", ...p]) => agrees(s, toAmount(sum(p), maxDecimals([s, ...p]))) } }];
}

/**
 * One figure the paragraph states twice, each time with its change from the year before: the two
 * changes must be one (two different ones are two bases, one of them wrong).
 */
function baseClaims(paragraph: string, quote: string, at: Location): Claim[] {
  const seen = new Map<string, string>();
  const claims: Claim[] = [];
  for (const m of paragraph.matchAll(new RegExp(`([\u4e00-\u9fa5“”]{2,14}?)${AMOUNT}万元[，,](?:比|与)(?:上年|\d{4}年)[^，。；]{0,8}?(增加|减少)${AMOUNT}万元`, "g"))) {
    const [, name = "", amount = "", direction = "", change = ""] = m;
    const key = `${name.replace(/^.*?(?:的|，)/, "")}${amount}`;
    const signed = `${direction === "减少" ? "-" : ""}${change}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, signed);
    else if (!dec(first).eq(dec(signed))) claims.push({ id: "base", description: `文字两次给出${name} ${amount} 万元比上年的增减，两次应相同`, tables: [], unit: "万元", stated: first, actual: signed, passed: false, quote, at: [at] });
  }
  return claims;
}

/** The one-digit slip that would make a claim hold, for a claim that fails beyond rounding: none of a figure the paragraph confirms elsewhere. */
function typoOfClaim(claim: Claim, confirmed: ReadonlySet<Amount>): { typo?: Typo } {
  if (claim.passed || claim.rounding || claim.truncation || !claim.reconcile) return {};
  const typo = typoOf(claim.reconcile.figures, claim.reconcile.holds, confirmed);
  return typo ? { typo } : {};
}

/**
 * A numbered heading in the text that names a unit of the department, or the department's own
 * 本级 (深圳: 一、深圳市人力资源和社会保障局（本级） / 二、深圳市劳动人事争议仲裁院): what follows states that
 * unit's budget, part of the tables' figures.
 */
export function isUnitHeading(text: string, department: string): boolean {
  const name = /^[一二三四五六七八九十]+、\s*(.{4,40}?(?:[(（]本级[)）]|本级|局|院|中心|所|站|队|馆|校|办公室|委员会|会|处))$/.exec(text.trim())?.[1];
  return name !== undefined && name !== department;
}

/** Every check the text of a disclosure allows. */
export function narrativeChecks(model: Model, template: Template): Check[] {
  const checks: Check[] = [];
  const ids = new Map<string, number>();
  for (const section of model.narrative) {
    if (!["explanation", "other", "performance"].includes(section.kind)) continue;
    // from a heading that names one of the department's units on, the figures are that unit's, not the tables'
    let unit = false;
    for (const paragraph of section.paragraphs) {
      if (paragraph.cells) continue;
      unit ||= isUnitHeading(paragraph.text, model.department);
      const at = locationOf(paragraph);
      const normalized = paragraph.text.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
      const claims: Claim[] = [...(unit ? [] : itemClaims(model, normalized, paragraph.text, at)), ...changeClaims(normalized, paragraph.text, at), ...baseClaims(normalized, paragraph.text, at)];
      let before = "";
      for (const { quote, text } of sentences(paragraph.text)) {
        claims.push(...(unit ? [] : figureClaims(model, template.narrativeFigures ?? [], section, quote, text, at, before)), ...yearClaims(text, quote, at, model.year), ...previousClaims(text, quote, at), ...shareClaims(text, quote, at), ...threePublicChangeClaims(model, text, quote, at), ...procurementClaims(text, quote, at), ...differenceClaims(text, quote, at));
        before = text;
      }
      const confirmed = new Set(claims.filter((c) => c.passed).map((c) => c.stated));
      for (const claim of claims) {
        // several claims of a kind in one paragraph are numbered in order
        const base = rowId(`narrative.${claim.id}`, at);
        const n = (ids.get(base) ?? 0) + 1;
        ids.set(base, n);
        const decimals = Math.max(decimalsOf(claim.stated), decimalsOf(claim.actual));
        checks.push({
          id: n === 1 ? base : `${base}-${n}`,
          kind: "narrative",
          group: "narrative",
          tables: claim.tables as Table["key"][],
          description: claim.description,
          unit: claim.unit,
          // the text's figure as it prints it; the table's (or the computed) figure with its own digits
          expected: claim.stated,
          actual: claim.actual,
          difference: toAmount(dec(claim.actual).minus(dec(claim.stated)), decimals),
          passed: claim.passed,
          ...(claim.rounding ? { rounding: true as const } : {}),
          ...(claim.truncation ? { truncation: true as const } : {}),
          ...(claim.blank ? { blank: true as const } : {}),
          quote: claim.quote,
          ...typoOfClaim(claim, confirmed),
          at: claim.at,
        });
      }
    }
  }
  return checks;
}

