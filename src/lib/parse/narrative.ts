import { locationOf } from "../disclosure/location.ts";
import type { NarrativeSection, Paragraph } from "../disclosure/narrative.ts";
import type { DocLine } from "../source/document.ts";
import type { NarrativePart } from "./sections.ts";
import { soleCell } from "./sections.ts";
import { unwrap } from "./text.ts";

/** A line that starts a paragraph of its own: 一、 （一） 1. 1、 (1) ①, or a heading-like 第一部分. */
const STARTS = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]+部分)/;
/** A line that ends a sentence: at the margin, a paragraph's last line does (a colon there is mid-sentence). */
const ENDS = /[。！？；]$/;
/** A line this much narrower than the part's full lines ended before the margin: its paragraph ends. */
const SHORT = 0.8;

/** How wide a line prints, in full-width characters: digits and Latin letters take half. */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** The width of the part's full lines: the widest but for a few (a line the reader joined is no measure). */
function fullWidth(widths: readonly number[]): number {
  const sorted = [...widths].sort((a, b) => b - a);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length / 10))] ?? 0;
}

/**
 * The text of a part as paragraphs. A PDF breaks a paragraph into lines at the margin: lines are
 * joined until one ends a sentence, stops short of the margin, or the next starts an enumeration
 * (一、 （一） 1.). A row of a table in the text (a list of units) keeps its cells.
 */
export function paragraphsOf(lines: readonly DocLine[]): Paragraph[] {
  const texts = lines.map((line) => soleCell(line));
  const full = fullWidth(texts.flatMap((text) => (text === undefined ? [] : [widthOf(text)])));
  const paragraphs: Paragraph[] = [];
  let open: { parts: string[]; at: DocLine } | undefined;
  const close = () => {
    if (open) paragraphs.push({ text: unwrap(open.parts.join(" ")), ...locationOf(open.at) });
    open = undefined;
  };
  lines.forEach((line, index) => {
    const text = texts[index];
    if (text === undefined) {
      close();
      const cells = line.cells.map(unwrap);
      if (cells.some(Boolean)) paragraphs.push({ text: cells.filter(Boolean).join(" "), cells, ...locationOf(line) });
      return;
    }
    // a page break never ends a paragraph by itself; an enumeration always starts one
    if (open && STARTS.test(text)) close();
    if (open) open.parts.push(text);
    else open = { parts: [text], at: line };
    if (ENDS.test(text) || widthOf(text) < full * SHORT) close();
  });
  close();
  return paragraphs;
}

/** The parts of a disclosure's text, with ids unique within it: other, project-1, project-2 … */
export function readNarrative(parts: readonly NarrativePart[]): NarrativeSection[] {
  const counts = new Map<string, number>();
  const repeated = new Set(parts.filter((part, i) => parts.findIndex((p) => p.def.id === part.def.id) !== i).map((part) => part.def.id));
  return parts.map((part) => {
    const n = (counts.get(part.def.id) ?? 0) + 1;
    counts.set(part.def.id, n);
    const id = part.def.repeated || repeated.has(part.def.id) ? `${part.def.id}-${n}` : part.def.id;
    return { id, kind: part.def.kind, title: part.title, paragraphs: paragraphsOf(part.lines), ...part.at };
  });
}
