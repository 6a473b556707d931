import type { PdfPage, Rule, TextItem } from "./pdf.ts";

/** A line of a page as read: its cells, and where it stands (for ordering). */
export interface PageLine {
  top: number;
  cells: string[];
  /** a ruled row's cells merged across columns: how many each spans, 0 for those it covers (absent where none is) */
  spans?: number[];
  /** a row of a ruled table, or a line of running text */
  table: boolean;
}

/** Points within which two coordinates are one: rules drawn twice, or a hair apart. */
const SNAP = 1.5;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;

/** Values within `tolerance` of each other as one, each the mean of its group, sorted. */
function cluster(values: readonly number[], tolerance = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const group = groups.at(-1);
    if (group && value - (group.at(-1) ?? value) <= tolerance) group.push(value);
    else groups.push([value]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

const nearest = (values: readonly number[], v: number) => values.reduce((best, x) => (Math.abs(x - v) < Math.abs(best - v) ? x : best), values[0] ?? v);

/**
 * Rules drawn in pieces joined into one: segments on one line whose ends meet or overlap. A cell's
 * border is often drawn cell by cell, and a border between merged cells only where it shows.
 */
export function joinRules(rules: readonly Rule[]): Rule[] {
  const joined: Rule[] = [];
  for (const orientation of ["h", "v"] as const) {
    const mine = rules.filter((r) => (orientation === "h" ? r.y0 === r.y1 : r.x0 === r.x1));
    const lines = cluster(mine.map((r) => (orientation === "h" ? r.y0 : r.x0)));
    for (const at of lines) {
      const spans = mine
        .filter((r) => Math.abs((orientation === "h" ? r.y0 : r.x0) - at) <= SNAP)
        .map((r) => (orientation === "h" ? [r.x0, r.x1] : [r.y0, r.y1]) as [number, number])
        .sort((a, b) => a[0] - b[0]);
      let current: [number, number] | undefined;
      const flush = () => {
        if (current) joined.push(orientation === "h" ? { x0: current[0], y0: at, x1: current[1], y1: at } : { x0: at, y0: current[0], x1: at, y1: current[1] });
      };
      for (const span of spans) {
        if (current && span[0] <= current[1] + SNAP) current[1] = Math.max(current[1], span[1]);
        else {
          flush();
          current = [...span];
        }
      }
      flush();
    }
  }
  return joined;
}

/**
 * The tables of a page, as sets of rules that touch: a horizontal and a vertical rule that
 * cross or meet belong to one table. A table needs two of each.
 */
export function tablesOf(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const horizontal = rules.map((r, i) => [r, i] as const).filter(([r]) => r.y0 === r.y1);
  const vertical = rules.map((r, i) => [r, i] as const).filter(([r]) => r.x0 === r.x1);
  for (const [h, i] of horizontal) {
    for (const [v, j] of vertical) {
      if (v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()].filter((g) => g.filter((r) => r.y0 === r.y1).length >= 2 && g.filter((r) => r.x0 === r.x1).length >= 2);
}

/** Whether rules at `at` (within SNAP) cover the span from `from` to `to` along them, ends aside. */
function covered(rules: readonly Rule[], orientation: "h" | "v", at: number, from: number, to: number): boolean {
  const inset = Math.min(SNAP, (to - from) / 4);
  const [a, b] = [from + inset, to - inset];
  const spans = rules
    .filter((r) => (orientation === "h" ? r.y0 === r.y1 && Math.abs(r.y0 - at) <= SNAP : r.x0 === r.x1 && Math.abs(r.x0 - at) <= SNAP))
    .map((r) => (orientation === "h" ? [r.x0, r.x1] : [r.y0, r.y1]) as [number, number])
    .sort((p, q) => p[0] - q[0]);
  let reach = a;
  for (const [s, e] of spans) {
    if (s > reach + SNAP) break;
    reach = Math.max(reach, e);
    if (reach >= b) return true;
  }
  return reach >= b;
}

/**
 * Splits runs that pdf.js joined across a gap (it joins runs less than 0.6 em apart, and so two
 * cells' figures: "96,282,213.44 一、公共安全支出"): each word gets the share of the run's width
 * its characters take, a full em for CJK and half for the rest.
 */
export function splitRuns(items: readonly TextItem[]): TextItem[] {
  return items.flatMap((item) => {
    const text = item.text.trim();
    if (!/\s/.test(text)) return [{ ...item, text }];
    const weight = (s: string) => [...s].reduce((w, ch) => w + (CJK.test(ch) ? 1 : /\s/.test(ch) ? 0.5 : 0.5), 0);
    const total = weight(item.text) || 1;
    const unit = item.width / total;
    const words: TextItem[] = [];
    let offset = 0;
    for (const part of item.text.split(/(\s+)/)) {
      if (part !== "" && !/^\s+$/.test(part)) words.push({ ...item, text: part, x: item.x + offset * unit, width: weight(part) * unit });
      offset += weight(part);
    }
    return words;
  });
}

/** Items as text: lines by baseline, top to bottom, each left to right; CJK joined without spaces. */
export function textOf(items: readonly TextItem[]): string {
  const lines: TextItem[][] = [];
  for (const item of [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x)) {
    const line = lines.at(-1);
    const last = line?.at(-1);
    if (line && last && Math.abs(item.baseline - last.baseline) <= Math.max(item.size, last.size) * 0.5) line.push(item);
    else lines.push([item]);
  }
  const join = (a: string, b: string) => (a === "" ? b : CJK.test(a.at(-1) ?? "") || CJK.test(b[0] ?? "") ? `${a}${b}` : `${a} ${b}`);
  return lines
    .map((line) => {
      let text = "";
      let end = -Infinity;
      for (const item of line.sort((a, b) => a.x - b.x)) {
        // runs a hair apart are one word ("7." + "74%"); farther apart, Latin words keep a space
        text = item.x - end <= Math.max(1, item.size * 0.15) ? `${text}${item.text}` : join(text, item.text);
        end = item.x + item.width;
      }
      return text;
    })
    .reduce(join, "");
}

/** A ruled table as rows of cells: a merged cell's text in its first row and column, the cells it covers empty. */
function readTable(rules: readonly Rule[], items: readonly TextItem[]): { rows: PageLine[]; used: Set<TextItem> } {
  const xs = cluster(rules.filter((r) => r.x0 === r.x1).map((r) => r.x0));
  const ys = cluster(rules.filter((r) => r.y0 === r.y1).map((r) => r.y0));
  const snapped = rules.map((r) => (r.y0 === r.y1 ? { ...r, y0: nearest(ys, r.y0), y1: nearest(ys, r.y0) } : { ...r, x0: nearest(xs, r.x0), x1: nearest(xs, r.x0) }));
  const columns = xs.length - 1;
  const rowCount = ys.length - 1;
  // union of grid cells not parted by a rule
  const id = (r: number, c: number) => r * columns + c;
  const parent = Array.from({ length: rowCount * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columns; c++) {
      const [top, bottom, left, right] = [ys[r] ?? 0, ys[r + 1] ?? 0, xs[c] ?? 0, xs[c + 1] ?? 0];
      if (c + 1 < columns && !covered(snapped, "v", right, top, bottom)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rowCount && !covered(snapped, "h", bottom, left, right)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const regions = new Map<number, { r: number; c: number; r1: number; c1: number; items: TextItem[] }>();
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columns; c++) {
      const root = find(id(r, c));
      const region = regions.get(root);
      if (!region) regions.set(root, { r, c, r1: r, c1: c, items: [] });
      else {
        region.r1 = Math.max(region.r1, r);
        region.c1 = Math.max(region.c1, c);
      }
    }
  }
  const [left, right, top, bottom] = [xs[0] ?? 0, xs.at(-1) ?? 0, ys[0] ?? 0, ys.at(-1) ?? 0];
  const used = new Set<TextItem>();
  for (const item of items) {
    const cx = item.x + item.width / 2;
    const cy = (item.top + item.baseline) / 2;
    if (cx < left || cx > right || cy < top || cy > bottom) continue;
    const c = Math.min(columns - 1, Math.max(0, xs.findIndex((x) => x > cx) - 1));
    const r = Math.min(rowCount - 1, Math.max(0, ys.findIndex((y) => y > cy) - 1));
    regions.get(find(id(r, c)))?.items.push(item);
    used.add(item);
  }
  const rows: PageLine[] = Array.from({ length: rowCount }, (_, r) => ({ top: ys[r] ?? 0, cells: Array<string>(columns).fill(""), table: true }));
  for (const region of regions.values()) {
    const row = rows[region.r];
    if (!row) continue;
    row.cells[region.c] = textOf(region.items);
    if (region.c1 > region.c) {
      row.spans ??= Array<number>(columns).fill(1);
      row.spans.fill(0, region.c + 1, region.c1 + 1);
      row.spans[region.c] = region.c1 - region.c + 1;
    }
  }
  // A column too narrow for a character and empty all down is a margin the page drew as a column
  // (Beijing's 报表 frame every page so): it holds nothing, and would shift the header by one.
  const spacers = new Set(Array.from({ length: columns }, (_, c) => c).filter((c) => (xs[c + 1] ?? 0) - (xs[c] ?? 0) < SPACER && rows.every((row) => row.cells[c] === "")));
  if (spacers.size > 0) {
    for (const row of rows) {
      row.cells = row.cells.filter((_, c) => !spacers.has(c));
      row.spans = row.spans?.filter((_, c) => !spacers.has(c));
    }
  }
  return { rows: rows.filter((row) => row.cells.some((cell) => cell !== "")), used };
}

/** Points: narrower than a character a table prints, with the cell's padding. */
const SPACER = 16;

/** Running text as lines: runs on one baseline, cut into cells where a gap is wider than a few characters. */
function readText(items: readonly TextItem[]): PageLine[] {
  const lines: TextItem[][] = [];
  for (const item of [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x)) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(item.baseline - first.baseline) <= Math.max(item.size, first.size) * 0.4) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    const cells: TextItem[][] = [];
    let end = -Infinity;
    for (const item of line.sort((a, b) => a.x - b.x)) {
      if (cells.length === 0 || item.x - end > Math.max(24, item.size * 4)) cells.push([item]);
      else cells.at(-1)?.push(item);
      end = Math.max(end, item.x + item.width);
    }
    return { top: Math.min(...line.map((i) => i.top)), cells: cells.map(textOf), table: false };
  });
}

/**
 * A page as lines, top to bottom: each row of a ruled table with one cell per column of the
 * table's grid, and each line of running text. Text outside the page (a cell that ran over a
 * page break, drawn on both pages and clipped) is left out.
 */
export function layoutPage(page: PdfPage): PageLine[] {
  // a glyph whose top, or whose descent below the baseline, is past the page's edge is cut off by it:
  // a copy of text that ran over the break
  const items = splitRuns(withoutOverprint(page.items.filter((i) => i.top >= 0 && i.baseline + i.size * 0.15 <= page.height && i.x < page.width && i.x + i.width > 0)));
  const lines: PageLine[] = [];
  const used = new Set<TextItem>();
  const tables = tablesOf(joinRules(page.rules));
  for (const rules of tables) {
    const table = readTable(rules, items.filter((i) => !used.has(i)));
    for (const item of table.used) used.add(item);
    lines.push(...table.rows);
  }
  const outside = items.filter((i) => !used.has(i));
  const clipped = new Set(tables.flatMap((rules) => clippedOf(rules, items, outside)));
  lines.push(...readText(outside.filter((i) => !clipped.has(i))));
  return lines.sort((a, b) => a.top - b.top);
}

/**
 * The page's text with each run drawn again over itself left out: a heading printed several times at
 * one place (西安 2022's 表10, five times over) is one heading. Copies stand within a fifth of an em.
 */
export function withoutOverprint(items: readonly TextItem[]): TextItem[] {
  const seen = new Map<string, TextItem[]>();
  return items.filter((item) => {
    const same = seen.get(item.text);
    if (same?.some((other) => Math.abs(other.x - item.x) <= item.size * 0.2 && Math.abs(other.baseline - item.baseline) <= item.size * 0.2)) return false;
    if (same) same.push(item);
    else seen.set(item.text, [item]);
    return true;
  });
}

/** Where an item's text stands, vertically: the middle of its line. */
const middle = (item: TextItem) => (item.top + item.baseline) / 2;

/**
 * Text a table's cell ran on with past the table's top or bottom rule: a row split by a page break
 * is drawn whole on both pages and clipped to each, and the clipped part is still in the text
 * layer. A column's lines that go on past the rule, at the cell's own left edge, size and line
 * pitch, mark a band beyond the rule; everything beyond the rule within the band and the table's
 * width is that hidden copy. A note printed under a table starts anywhere else, and stays.
 */
function clippedOf(rules: readonly Rule[], items: readonly TextItem[], outside: readonly TextItem[]): TextItem[] {
  const xs = cluster(rules.filter((r) => r.x0 === r.x1).map((r) => r.x0));
  const ys = cluster(rules.filter((r) => r.y0 === r.y1).map((r) => r.y0));
  const [left, right, top, bottom] = [xs[0] ?? 0, xs.at(-1) ?? 0, ys[0] ?? 0, ys.at(-1) ?? 0];
  const within = (item: TextItem) => item.x + item.width / 2 > left && item.x + item.width / 2 < right;
  const inside = items.filter((i) => within(i) && middle(i) >= top && middle(i) <= bottom);
  const beyond = outside.filter(within);
  let [above, below] = [top, bottom];
  for (let c = 0; c + 1 < xs.length; c++) {
    const column = inside.filter((i) => i.x >= (xs[c] ?? 0) && i.x + i.width <= (xs[c + 1] ?? 0) + SNAP);
    for (const direction of [-1, 1] as const) {
      const edge = direction < 0 ? top : bottom;
      // the column's line nearest the rule, and its pitch from the line before it
      const ordered = [...column].sort((a, b) => direction * (b.top - a.top));
      const anchor = ordered[0];
      if (!anchor) continue;
      const pitch = ordered[1] && Math.abs(ordered[1].top - anchor.top) < anchor.size * 2 ? Math.abs(ordered[1].top - anchor.top) : anchor.size * 1.25;
      if (Math.abs(edge - middle(anchor)) > pitch * 2.5) continue;
      let last = anchor;
      let count = 0;
      for (const item of beyond.filter((i) => Math.abs(i.x - anchor.x) < 1 && Math.abs(i.size - anchor.size) < 0.5 && direction * (middle(i) - edge) > 0).sort((a, b) => direction * (a.top - b.top))) {
        const steps = (direction * (item.top - last.top)) / pitch;
        // lines follow at the pitch, a blank line at most between them
        if (steps < 0.8 || steps > 2.2 || Math.abs(steps - Math.round(steps)) > 0.15) break;
        last = item;
        count++;
      }
      // two lines at least: one line at the cell's edge and pitch may be a caption that happens to line up
      if (count < 2) continue;
      if (direction < 0) above = Math.min(above, last.top);
      else below = Math.max(below, last.baseline);
    }
  }
  return beyond.filter((i) => (middle(i) < top && i.top >= above - SNAP) || (middle(i) > bottom && i.baseline <= below + SNAP));
}
