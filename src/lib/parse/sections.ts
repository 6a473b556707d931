import type { Location } from "../disclosure/location.ts";
import { describeLocation, locationOf } from "../disclosure/location.ts";
import type { DocLine } from "../source/document.ts";
import { nthTableKey } from "../disclosure/tables.ts";
import type { NarrativeDef, TableDef, Template } from "../templates/types.ts";
import { isTableNumber } from "../templates/vocabulary.ts";
import type { Section } from "./context.ts";
import type { Diagnostics } from "./errors.ts";
import { clip } from "./context.ts";
import { isForm } from "./project-form.ts";
import { compact } from "./text.ts";

/** The text of a line with one filled cell; undefined for a row of several. */
export function soleCell(line: DocLine): string | undefined {
  let found: string | undefined;
  for (const cell of line.cells) {
    if (cell === "") continue;
    if (found !== undefined) return undefined;
    found = cell;
  }
  return found;
}

type Found = { kind: "table"; def: TableDef; title: string; label?: string; unit?: string } | { kind: "narrative"; def: NarrativeDef; title: string } | { kind: "divider"; title: string };
/** A heading, and how many lines it takes (a wrapped one, two). */
type Heading = Found & { span: number };

/** A table's unit printed at the end of its title's line: 预算11表项目支出绩效目标表金额单位：万元. */
const UNIT_AFTER = /^(.+?)\s*((?:金额)?单位\s*[:：]\s*(?:万元|元))$/;

function match(text: string, template: Template, prose = true): Found | undefined {
  const found = template.heading(text);
  if (found) return { kind: "table", ...found };
  const [, title, unit] = UNIT_AFTER.exec(text) ?? [];
  const before = title && template.heading(title);
  if (before && unit) return { kind: "table", ...before, unit };
  if (!prose) return undefined;
  for (const def of template.narrative ?? []) {
    if (def.titles.some((title) => title.test(text))) return { kind: "narrative", def, title: text };
  }
  if (template.dividers?.some((divider) => divider.test(text))) return { kind: "divider", title: text };
  return undefined;
}

/**
 * The heading a line is, if it is one: a line whose only filled cell matches a table's title or a
 * part of the text. A heading that wrapped onto a second line is read with it.
 */
export function headingAt(lines: readonly DocLine[], index: number, template: Template): Heading | undefined {
  const line = lines[index];
  const text = line && soleCell(line);
  if (text === undefined) return undefined;
  // a part of the text is headed by a line of text; a table's row with one cell filled heads nothing
  const prose = line?.cells.length === 1;
  const alone = match(text, template, prose);
  const next = lines[index + 1];
  // a table's number alone at a page's foot heads the table atop the next page
  const more = next && (next.page === line?.page || isTableNumber(text)) ? soleCell(next) : undefined;
  // a vocabulary's table name with its number on the next line: 收入支出决算总表 / 公开01表
  if (alone?.kind === "table" && more !== undefined && isTableNumber(more)) return { ...alone, label: compact(more), span: 2 };
  // a title's qualifier on a line of its own under it: …一般公共预算支出明细表 / （按经济分类科目分）
  const qualified = (raw: string, found: Found, span: number): Heading => {
    const after = lines[index + span];
    const qualifier = found.kind === "table" && after !== undefined && after.page === line?.page ? soleCell(after) : undefined;
    const refined = qualifier !== undefined && QUALIFIER.test(compact(qualifier)) && !YEAR_ONLY.test(compact(qualifier)) ? match(`${raw}${qualifier}`, template, false) : undefined;
    // only where the qualifier names a table of the set (a form's （2024年度） names none)
    return refined?.kind === "table" && refined.def.role !== "other" ? { ...refined, ...(found.kind === "table" && found.label ? { label: found.label } : {}), span: span + 1 } : { ...found, span };
  };
  if (alone) return qualified(text, alone, 1);
  const joined = more === undefined ? undefined : match(`${text}${more}`, template, prose && next?.cells.length === 1);
  // a line before a table of the set's own title is no part of it where the two read as another
  // table (a cover's 2025年度部门决算 above 收入支出决算总表), unless it is the title's number; a
  // form's title wrapped before 项目绩效自评表 reads as the same role, and is one
  const own = more !== undefined && !isTableNumber(text) ? match(more, template, false) : undefined;
  if (own?.kind === "table" && own.def.role !== "other" && !(joined?.kind === "table" && own.def.role === joined.def.role)) return undefined;
  if (joined) return qualified(`${text}${more}`, joined, 2);
  // a number over a title wrapped onto a second line: 表5 / …一般公共预算支出明细表（按支出功能分类科 / 目-不含上年结转）
  const last = lines[index + 2];
  const rest = isTableNumber(text) && more !== undefined && last !== undefined && last.page === next?.page ? soleCell(last) : undefined;
  const wrapped = rest === undefined ? undefined : match(`${text}${more}${rest}`, template, false);
  return wrapped?.kind === "table" ? { ...wrapped, span: 3 } : undefined;
}

/** Whether a heading counts: one read by a vocabulary where a table follows it (a contents line or a sentence that names a table does not). */
function counts(lines: readonly DocLine[], index: number, found: Heading, template: Template): boolean {
  return found.kind !== "table" || tableFollows(lines, index + found.span, template, found.def);
}

/** A line that only qualifies a title above it: （按经济分类科目分）, （不含上年结转） */
const QUALIFIER = /^[（(][^（()）]{1,24}[）)]$/;
/** A year under a title is the table's own line (北京's 预算13表 reads its （2026年度）), not the title's. */
const YEAR_ONLY = /^[（(]\d{4}年度?[）)]$/;

/** What a table printed in the text under no title of its own is called beside its part's title. */
export const IN_TEXT = "正文中的表";

/** A part of the document's text, with its lines. */
export interface NarrativePart {
  def: NarrativeDef;
  title: string;
  at: Location;
  lines: DocLine[];
}

export interface Split {
  /** every table's section, in the order printed (a form printed once per project, each time) */
  tables: Section[];
  narrative: NarrativePart[];
  /** the lines before the first heading that the template knows as its cover */
  front: DocLine[];
}

const CONTENTS = /^目\s*录$/;

/** Whether a line before the first heading is the document's cover, as its template knows it. */
function isFront(template: Template, line: DocLine, text: string): boolean {
  const { front } = template;
  if (front === "until-heading") return true;
  // a text copy has no pages: what stands before the first heading is its cover
  return front === "first-page" ? line.page === undefined || line.page === 1 : (front?.some((pattern) => pattern.test(text)) ?? false);
}
/** A unit as a table states it: 单位：万元, 金额单位：元, 预算数（万元）. */
const STATED_UNIT = /单位\s*[:：]\s*万?元|[(（](?:单位\s*[:：]\s*)?万?元[)）]/;

/** Lines a vocabulary's heading may stand above its table's first row: its number or name, unit, 编制单位. */
const LOOKAHEAD = 6;

/** Whether a table's row (a line of two cells or more) follows a heading before any other heading does. */
function tableFollows(lines: readonly DocLine[], from: number, template: Template, def: TableDef): boolean {
  // a table the set does not name is one where it states its unit: else it is a table of the text
  let unit = def.role !== "other";
  for (let i = from; i < Math.min(lines.length, from + LOOKAHEAD); i++) {
    const line = lines[i] as DocLine;
    unit ||= line.cells.some((cell) => STATED_UNIT.test(cell));
    if (line.cells.filter(Boolean).length >= 2 && unit) return true;
    const next = headingAt(lines, i, template);
    // the table's name printed again under its number (一、收入预算总表 / 2026年度收入预算总表) heads the same table
    if (next?.kind === "table" && next.def === def) i += next.span - 1;
    else if (next) return false;
  }
  return false;
}

/** Whether a heading at `line` goes on with the open section: nothing read yet, or its own title atop a later page. */
function continues(section: Section, line: DocLine, title: string): boolean {
  const last = section.lines.at(-1);
  return !last || (line.page !== undefined && line.page !== last.page && compact(title) === compact(section.title));
}

/** A contents line without its dot leaders and page number, for comparing with a heading. */
const entry = (text: string) => compact(text).replace(/[.…·]{2,}.*$/, "");

/**
 * Cuts a document into its tables and the parts of its text at their headings. A heading that looks
 * like the template's but names no table of it, a table printed twice, a table missing, and text
 * before the first heading that is not the cover are reported: nothing in the file is passed over
 * in silence.
 */
export function splitSections(lines: readonly DocLine[], template: Template, diagnostics: Diagnostics): Split {
  const tables: Section[] = [];
  const narrative: NarrativePart[] = [];
  const front: DocLine[] = [];
  let current: { lines: DocLine[] } | undefined;
  const inText: Section[] = [];
  let outside: DocLine[] = [];
  let contents: { page: number | undefined; first?: string; at: number } | undefined;
  const reportOutside = () => {
    const [first] = outside;
    const last = outside.at(-1);
    if (first && last) {
      diagnostics.add(first, "outside", `${outside.length === 1 ? "这一行" : `到${describeLocation(last)}为止的 ${outside.length} 行`}不在任何表中；应在第一张表之前只有空行，见到“${clip(first.cells.filter(Boolean).join(" | "))}”`);
    }
    outside = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as DocLine;
    const text = soleCell(line);
    if (contents) {
      // a contents line names a heading; the contents end where the template says they do
      const heading = headingAt(lines, index, template);
      const ends =
        template.contents === "until-repeat"
          ? index > contents.at + 1 && text !== undefined && contents.first !== undefined && entry(text) === contents.first
          : heading !== undefined && line.page !== contents.page;
      if (!ends) {
        if (text !== undefined && contents.first === undefined) contents.first = entry(text);
        continue;
      }
      contents = undefined;
    }
    if (text !== undefined && CONTENTS.test(text) && template.contents) {
      contents = { page: line.page, at: index };
      continue;
    }
    const found = headingAt(lines, index, template);
    const rejected = found !== undefined && !counts(lines, index, found, template);
    // a part that holds the tables is named like one (第二部分 2024年度部门决算表): no table follows its
    // name, its first table does (a list of its tables under it is text, and kept)
    const next = rejected && text !== undefined && template.dividers?.some((d) => d.test(text)) ? headingAt(lines, index + 1, template) : undefined;
    const heading = next?.kind === "table" && counts(lines, index + 1, next, template) ? ({ kind: "divider", title: text as string, span: 1 } as const) : rejected ? undefined : found;
    if (heading) {
      reportOutside();
      const at = locationOf(line);
      const open = tables.at(-1);
      if (heading.kind === "divider") {
        // a part that holds other parts: what follows belongs to the headings inside it
        current = undefined;
      } else if (heading.kind === "table" && open && current === open && open.def === heading.def && (heading.def.shape === "form" ? open.lines.length === 0 || !isForm(lines.slice(index + heading.span)) : continues(open, line, heading.title))) {
        // the heading printed again atop the table's next page, or its name on a line of its own after its
        // number; a form's title atop a page that names no project goes on with the form (烟台)
        if (open.lines.length === 0) open.title = heading.title;
      } else if (heading.kind === "table") {
        const again = tables.some((s) => s.def === heading.def) && !heading.def.repeated;
        // a second table of one role is kept as a table of its own
        const def = again ? (template.tables.find((d) => d.role === "other") ?? heading.def) : heading.def;
        // by a vocabulary, tables are numbered as printed; a form printed once per project is one table
        const count = new Set(tables.map((s) => s.key)).size;
        const shared = def.shape === "form" ? tables.find((s) => s.def === def)?.key : undefined;
        const key = shared ?? nthTableKey(count + 1);
        // a unit printed on the title's line is the table's first line, where it is read as any table's
        const unitLine = heading.unit === undefined ? [] : [{ ...locationOf(line), cells: [heading.unit] }];
        const section: Section = { key, def, label: heading.label ?? (def.shape !== "form" ? `表${count + 1}` : def.label), title: heading.title, at, lines: unitLine };
        tables.push(section);
        current = section;
      } else {
        const part: NarrativePart = { def: heading.def, title: heading.title, at, lines: [] };
        narrative.push(part);
        current = part;
      }
      index += heading.span - 1;
      continue;
    }
    // a table printed in the text under no title of its own: a line of the text that names a role's columns heads it
    const untitled = template.headerOf && narrative.some((part) => part === current) ? template.headerOf(line.cells.map(compact)) : undefined;
    if (untitled) {
      const section: Section = { key: "t00", def: untitled, label: IN_TEXT, title: (current as NarrativePart).title, at: locationOf(line), lines: [line] };
      inText.push(section);
      current = section;
      continue;
    }
    if (current) current.lines.push(line);
    else if (tables.length === 0 && narrative.length === 0 && (text !== undefined || template.front === "until-heading") && isFront(template, line, text ?? "")) front.push(line);
    else if (tables.length === 0 && narrative.length === 0) outside.push(line);
  }
  reportOutside();
  // numbered after the tables printed with titles, whose numbers they keep
  for (const section of inText) tables.push({ ...section, key: nthTableKey(new Set(tables.map((s) => s.key)).size + 1) });
  return { tables, narrative, front };
}
