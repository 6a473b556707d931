/**
 * npm run build: content → astro build → search index → archives, all into a folder beside the
 * output, which replaces dist/ only when every step succeeded: a failed build leaves the last good
 * site untouched. SEEDS_DIR, CONTENT_DIR and OUT choose the folders (defaults: seeds,
 * content/disclosures, dist).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const out = process.env.OUT ?? "dist";
const temporary = `${out}.tmp-${process.pid}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", DIST: temporary };

// With BUILD_MEMORY=1 (npm run bench) each step runs under GNU time, to report its peak memory.
const timed = process.env.BUILD_MEMORY === "1" && existsSync("/usr/bin/time");

/** Runs one step: a script of ours under this Node, or a tool from node_modules/.bin. */
function step(command: string, args: string[]): void {
  const started = performance.now();
  const binary = command === "node" ? process.execPath : resolve("node_modules/.bin", command);
  const peakFile = `${temporary}.peak`;
  const result = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", "-o", peakFile, binary, ...args], { stdio: "inherit", env })
    : spawnSync(binary, args, { stdio: "inherit", env });
  const peak = timed && existsSync(peakFile) ? `, peak ${readFileSync(peakFile, "utf-8").trim()} KB` : "";
  rmSync(peakFile, { force: true });
  console.log(`build: step ${command} ${args[0]?.replace(/^scripts\//, "") ?? ""} took ${((performance.now() - started) / 1000).toFixed(1)} s${peak}`);
  if (result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    console.error(`build: ${command} failed; ${out}/ is unchanged`);
    process.exit(result.status ?? 1);
  }
}

step("node", ["scripts/content.ts"]);
step("astro", ["build", "--outDir", temporary]);
step("node", ["scripts/search.ts"]);
step("node", ["scripts/archive.ts"]);

const previous = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(temporary, out);
rmSync(previous, { recursive: true, force: true });
console.log(`build: ${out}/ is ready`);
