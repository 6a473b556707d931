/**
 * npm run bench, the yardsticks for cost per page, each built in the same run as the builds:
 * - a bare Astro page, as many times as the largest build has pages. Each build's time includes its
 *   start (Vite bundling, a second or three), which a small bare build spreads over few pages:
 *   2,000 bare pages cost 1.7–2.8 ms each, 27,319 cost 0.56 ms, so the two are compared at one
 *   page count;
 * - the largest build's own pages, each written by a bare Astro page that reads it back: the same
 *   paths and bytes, without our content collection, components or code. What Astro costs for
 *   pages of this size and number; the rest of its cost per page is ours.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { progress, round } from "./measure.ts";

export function bareAstroMsPerPage(work: string, pages: number): number {
  progress(`bare astro: ${pages} trivial pages`);
  return bareBuild(
    join(work, "bare"),
    "[n].astro",
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><title>页 {n}</title></head><body><h1>页 {n}</h1></body></html>\n`,
    pages,
  );
}

/** The pages of `site` (a build's output, its archives aside), written again by a bare page each. */
export function ownPagesBareMsPerPage(work: string, site: string): number {
  const root = join(work, "bare-own");
  const pages = readdirSync(site, { recursive: true, encoding: "utf-8" }).filter((name) => name.endsWith("index.html") && !name.startsWith("archives/"));
  progress(`bare astro: the largest build's ${pages.length} pages, as they are`);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "pages.json"), JSON.stringify(pages.map((name) => [name.slice(0, -"index.html".length).replace(/\/$/, ""), resolve(site, name)])));
  return bareBuild(
    root,
    "[...path].astro",
    `---
import { readFileSync } from "node:fs";
export function getStaticPaths() {
  const pages: [string, string][] = JSON.parse(readFileSync(${JSON.stringify(join(resolve(root), "pages.json"))}, "utf-8"));
  return pages.map(([path, file]) => ({ params: { path: path || undefined }, props: { file } }));
}
const html = readFileSync(Astro.props.file, "utf-8").replace(/^<!DOCTYPE html>/i, "");
---
<Fragment set:html={html} />
`,
    pages.length,
  );
}

/** Builds a bare Astro site of one page file; its time per page, start included. */
function bareBuild(root: string, pageFile: string, page: string, pages: number): number {
  mkdirSync(join(root, "src", "pages"), { recursive: true });
  symlinkSync(resolve("node_modules"), join(root, "node_modules"));
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(root, "astro.config.mjs"), 'export default { build: { format: "directory" } };\n');
  writeFileSync(join(root, "src", "pages", pageFile), page);
  const started = performance.now();
  // its log (a line a page) is not kept: at the largest build's size it outgrows spawnSync's buffer
  const run = spawnSync(resolve("node_modules/.bin/astro"), ["build", "--root", root], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "pipe"], encoding: "utf-8" });
  if (run.status !== 0) throw new Error(`bare astro build failed: ${run.error?.message ?? run.stderr}`);
  return round((performance.now() - started) / pages, 2);
}
