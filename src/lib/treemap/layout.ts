import { hierarchy, treemap, treemapSquarify } from "d3-hierarchy";
import { dec, type Amount } from "../disclosure/money.ts";
import { rounded } from "../site/format.ts";
import { GAP_FILL, PALETTE } from "./colors.ts";
import type { TreeNode } from "./trees.ts";

/**
 * The shapes a treemap is laid out in at build time, CSS showing one: wide for screens and print,
 * narrow for phones, where a 960-wide drawing would shrink its 13-unit labels to 5 px. The narrow
 * one is about as many units wide as a phone is pixels, so its labels stay near 13 px.
 */
export const SHAPES = {
  wide: { width: 960, height: 540 },
  narrow: { width: 360, height: 480 },
} as const;
export type Shape = keyof typeof SHAPES;
export const FONT = 13;
const PAD = 4;

export interface Tile {
  node: TreeNode;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** the label lines that fit inside the tile; empty when none does */
  label: string[];
}

/** Rough width of a character: CJK and full-width characters a full em, the rest about half. */
const charWidth = (char: string, size = FONT) => ((char.codePointAt(0) ?? 0) <= 0xff ? size * 0.58 : size);

/** Rough width of a label. */
export function textWidth(text: string, size = FONT): number {
  let width = 0;
  for (const char of text) width += charWidth(char, size);
  return width;
}

/** Punctuation a line must not begin with (行首禁则): it goes down with the character before it. */
const CLOSING = /^[，。、；：！？）》」』”’)\]]$/u;

/** Breaks text into lines no wider than `width`; Chinese may break between any two characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (line.length > 0 && lineWidth + w > width) {
      const carried = CLOSING.test(char) && line.length > 1 ? line.pop() : undefined;
      lines.push(line.join(""));
      line = carried ? [carried] : [];
      lineWidth = carried ? charWidth(carried) : 0;
    }
    line.push(char);
    lineWidth += w;
  }
  if (line.length > 0) lines.push(line.join(""));
  return lines;
}

export const LINE_HEIGHT = FONT * 1.3;

/** The tile's label: the name (wrapped if need be) and the amount where both fit, the name alone where only it fits, else none. */
function fit(node: TreeNode, width: number, height: number): string[] {
  const inner = width - PAD * 2;
  const rows = Math.floor((height - PAD * 2) / LINE_HEIGHT);
  const name = wrap(node.name, inner);
  if (inner <= FONT || name.some((line) => textWidth(line) > inner)) return [];
  // a label is read at a glance: two decimals; the exact figure is in the tile's title and the table below
  const amount = `${rounded(node.amount)} 万元`;
  if (name.length + 1 <= rows && textWidth(amount) <= inner) return [...name, amount];
  if (name.length <= rows) return name;
  return [];
}

/**
 * Lays out the children of `parent` as a treemap: areas proportional to the amounts (no padding,
 * which would distort them). Zero and negative amounts cannot have an area and get no tile; the
 * table under the chart lists them. `colorOf` picks a tile's fill (by top-level category).
 */
export function layout(parent: TreeNode, colorOf: (child: TreeNode, index: number) => string, shape: Shape = "wide"): Tile[] {
  const drawable = parent.children.filter((c) => isDrawable(c.amount));
  if (drawable.length === 0) return [];
  // One level at a time: each node with children has a page of its own.
  const root = hierarchy<TreeNode>(parent, (n) => (n === parent ? drawable : undefined))
    // floats here are geometry only: every figure shown is the exact string
    .sum((n) => (n === parent ? 0 : Number(n.amount)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.id.localeCompare(b.data.id));
  const { width: w, height: h } = SHAPES[shape];
  treemap<TreeNode>().tile(treemapSquarify).size([w, h]).round(false)(root);
  return (root.children ?? []).map((leaf) => {
    const rect = leaf as typeof leaf & { x0: number; y0: number; x1: number; y1: number };
    const width = rect.x1 - rect.x0;
    const height = rect.y1 - rect.y0;
    const node = leaf.data;
    return {
      node,
      x: round(rect.x0),
      y: round(rect.y0),
      width: round(width),
      height: round(height),
      fill: node.kind === "gap" ? GAP_FILL : colorOf(node, parent.children.indexOf(node)),
      label: fit(node, width, height),
    };
  });
}

/** Four decimals: even a tile a fraction of a pixel wide keeps its area within 0.1% of exact. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** The colour of a tile: its top-level category's, so a drill-down keeps the colour of where it came from. */
export function categoryColor(top: readonly TreeNode[]) {
  return (node: TreeNode, index: number): string => {
    const topIndex = top.findIndex((t) => node.id === t.id || node.id.startsWith(`${t.id}/`));
    return PALETTE[(topIndex >= 0 ? topIndex : index) % PALETTE.length] ?? PALETTE[0]!;
  };
}

export function isDrawable(amount: Amount): boolean {
  return dec(amount).gt(0);
}
