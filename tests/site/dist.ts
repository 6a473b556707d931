import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

/** The built site. `npm test` builds it first; a test run without it says so instead of passing. */
export const DIST = "dist";
export const BASE = "2026/bj-zwfw-sjglj";

export function requireDist(): void {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
}

export function page(path: string): HTMLElement {
  return parse(readFileSync(join(DIST, path, "index.html"), "utf-8"));
}

export function file(path: string): string {
  return readFileSync(join(DIST, path), "utf-8");
}

export function allHtml(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allHtml(path);
    return name.endsWith(".html") ? [relative(DIST, path)] : [];
  });
}

/** Text of an element with whitespace folded, as a reader sees it. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A table row's cells, each as text: what a screen reader announces cell by cell. */
export function cells(row: HTMLElement | null | undefined): string[] {
  return (row?.querySelectorAll("th, td") ?? []).map(text);
}
