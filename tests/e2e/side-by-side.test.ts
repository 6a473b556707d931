import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SEED } from "../helpers.ts";
import { temporaryDir } from "../tmp.ts";
import { buildInBackground } from "./build.ts";

/** A folder of seeds holding the files given. */
function seedsOf(dir: string, files: string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const file of files) copyFileSync(file, join(dir, file.split("/").at(-1)!));
  return dir;
}

// Astro renders from the content it cached; two builds in one checkout once shared that cache, and
// each could publish the other's disclosures (scripts/build.ts gives every build its own).
it("builds two sites at once from one checkout, each of its own seeds only", async () => {
  const dir = temporaryDir("mingzhang-side-");
  const beijing = seedsOf(join(dir, "a", "seeds"), [SEED, SEED.replace(/\.txt$/, ".meta.json")]);
  const pair = seedsOf(join(dir, "b", "seeds"), readdirSync("tests/fixtures/pair").map((f) => join("tests/fixtures/pair", f)));
  const [a, b] = await Promise.all([buildInBackground(join(dir, "a", "dist"), { SEEDS_DIR: beijing }), buildInBackground(join(dir, "b", "dist"), { SEEDS_DIR: pair })]);
  expect(a.status, a.output.slice(-2000)).toBe(0);
  expect(b.status, b.output.slice(-2000)).toBe(0);
  const has = (site: string, path: string) => existsSync(join(dir, site, "dist", path, "index.html"));
  expect([has("a", "2026/bj-zwfw-sjglj"), has("a", "2025/sh-demo")]).toEqual([true, false]);
  expect([has("b", "2026/bj-zwfw-sjglj"), has("b", "2025/sh-demo")]).toEqual([false, true]);
}, 600_000);
