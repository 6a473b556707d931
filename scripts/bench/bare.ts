/**
 * npm run bench, the yardstick for cost per page: a bare Astro page, built in the same run and as
 * many times as the largest build has pages. Each build's time includes its start (Vite bundling,
 * a second or three), which a small bare build spreads over few pages: 2,000 bare pages cost
 * 1.7–2.8 ms each, 27,319 cost 0.56 ms, so the two are compared at one page count.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { progress, round } from "./measure.ts";

export function bareAstroMsPerPage(work: string, pages: number): number {
  progress(`bare astro: ${pages} trivial pages`);
  const bare = join(work, "bare");
  mkdirSync(join(bare, "src", "pages"), { recursive: true });
  symlinkSync(resolve("node_modules"), join(bare, "node_modules"));
  writeFileSync(join(bare, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(bare, "astro.config.mjs"), 'export default { build: { format: "directory" } };\n');
  writeFileSync(
    join(bare, "src", "pages", "[n].astro"),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><title>页 {n}</title></head><body><h1>页 {n}</h1></body></html>\n`,
  );
  const started = performance.now();
  // its log (a line a page) is not kept: at the largest build's size it outgrows spawnSync's buffer
  const run = spawnSync(resolve("node_modules/.bin/astro"), ["build", "--root", bare], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "pipe"], encoding: "utf-8" });
  if (run.status !== 0) throw new Error(`bare astro build failed: ${run.error?.message ?? run.stderr}`);
  return round((performance.now() - started) / pages, 2);
}
