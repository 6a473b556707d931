/** npm run bench, the yardstick for cost per page: a bare Astro page, 2,000 of them, built in the same run. */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { progress, round } from "./measure.ts";

const PAGES = 2000;

export function bareAstroMsPerPage(work: string): number {
  progress(`bare astro: ${PAGES} trivial pages`);
  const bare = join(work, "bare");
  mkdirSync(join(bare, "src", "pages"), { recursive: true });
  symlinkSync(resolve("node_modules"), join(bare, "node_modules"));
  writeFileSync(join(bare, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(bare, "astro.config.mjs"), 'export default { build: { format: "directory" } };\n');
  writeFileSync(
    join(bare, "src", "pages", "[n].astro"),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${PAGES} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><title>页 {n}</title></head><body><h1>页 {n}</h1></body></html>\n`,
  );
  const started = performance.now();
  const run = spawnSync(resolve("node_modules/.bin/astro"), ["build", "--root", bare], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, encoding: "utf-8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return round((performance.now() - started) / PAGES, 2);
}
