import { describeLocation, locationOf } from "../disclosure/location.ts";
import type { TableKey } from "../disclosure/tables.ts";
import type { DocLine } from "../source/document.ts";
import type { TableDef, Template } from "../templates/types.ts";
import type { Section } from "./context.ts";
import type { Diagnostics } from "./errors.ts";
import { clip } from "./context.ts";

/** The heading a line is, if it is one: a line whose only filled cell matches a table's title. */
export function headingOf(line: DocLine, template: Template): { def: TableDef; title: string } | undefined {
  const text = soleCell(line);
  if (text === undefined) return undefined;
  for (const def of template.tables) {
    for (const title of def.titles) {
      const match = title.exec(text);
      if (match) return { def, title: (match.groups?.title ?? text).trim() };
    }
  }
  return undefined;
}

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

/**
 * Cuts a document into its tables at their headings. A heading that looks like the template's
 * but names no table of it, a table printed twice, a table missing, and text before the first
 * table are reported: nothing in the file is passed over in silence.
 */
export function splitSections(lines: readonly DocLine[], template: Template, diagnostics: Diagnostics): Map<TableKey, Section> {
  const sections = new Map<TableKey, Section>();
  let current: Section | undefined;
  let outside: DocLine[] = [];
  const reportOutside = () => {
    const [first] = outside;
    const last = outside.at(-1);
    if (first && last) {
      diagnostics.add(first, "outside", `${outside.length === 1 ? "这一行" : `到${describeLocation(last)}为止的 ${outside.length} 行`}不在任何表中；应在第一张表之前只有空行，见到“${clip(first.cells.filter(Boolean).join(" | "))}”`);
    }
    outside = [];
  };
  for (const line of lines) {
    const heading = headingOf(line, template);
    if (heading) {
      const previous = sections.get(heading.def.key);
      if (previous) diagnostics.add(line, "duplicate-table", `${heading.def.label}出现了两次（第一次在${describeLocation(previous.at)}）`);
      current = { def: heading.def, label: heading.def.label, title: heading.title, at: locationOf(line), lines: [] };
      if (!previous) sections.set(heading.def.key, current);
      continue;
    }
    const text = soleCell(line);
    if (text !== undefined && template.headingLike?.test(text)) {
      diagnostics.add(line, "unexpected-header", `应为${template.name}中的一张表，见到“${clip(text)}”`);
      current = undefined;
      continue;
    }
    if (current) current.lines.push(line);
    else if (sections.size === 0) outside.push(line);
  }
  reportOutside();
  const end = lines.at(-1) ?? { line: 1, cells: [] };
  template.tables.forEach((def, index) => {
    if (sections.has(def.key) || def.optional) return;
    const next = template.tables.slice(index + 1).map((d) => sections.get(d.key)).find(Boolean);
    diagnostics.add(next?.at ?? locationOf(end), "missing-table", `应有${def.label}，这份公开中没有`);
  });
  return sections;
}

