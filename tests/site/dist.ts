import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { filesUnder } from "../../src/lib/files.ts";

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

export function allHtml(root = DIST): string[] {
  return filesUnder(root).filter((name) => name.endsWith(".html"));
}

/**
 * Every link, stylesheet, script and image reference in the HTML under `root` that does not
 * resolve to a file there (or to an element id, for #anchors), and every root-absolute one.
 */
export function brokenLinks(root: string): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let set = ids.get(path);
    if (!set) {
      set = new Set(parse(readFileSync(join(root, path), "utf-8")).querySelectorAll("[id]").map((e) => e.getAttribute("id") ?? ""));
      ids.set(path, set);
    }
    return set;
  };
  for (const page of allHtml(root)) {
    const html = parse(readFileSync(join(root, page), "utf-8"));
    for (const element of html.querySelectorAll("a[href], link[href], script[src], img[src]")) {
      const link = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
      if (/^[a-z]+:/i.test(link)) continue;
      if (link.startsWith("/")) {
        broken.push(`${page}: ${link} is absolute`);
        continue;
      }
      const [path = "", hash] = link.split("#");
      let target = path === "" ? page : normalize(join(dirname(page), path));
      if (path.endsWith("/")) target = join(target, "index.html");
      if (!existsSync(join(root, target)) || statSync(join(root, target)).isDirectory()) broken.push(`${page}: ${link} → ${target} is not a file`);
      else if (hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${page}: ${link} → no #${hash}`);
    }
  }
  return broken;
}

/** Text of an element with whitespace folded, as a reader sees it. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A table row's cells, each as text: what a screen reader announces cell by cell. */
export function cells(row: HTMLElement | null | undefined): string[] {
  return (row?.querySelectorAll("th, td") ?? []).map(text);
}
