import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, requireDist } from "../site/dist.ts";

function files(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(root, join(dir, name)) : [relative(root, join(dir, name))]));
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(resolve("node_modules/.bin", command), args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env }, encoding: "utf-8" });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
}

describe("the build", { timeout: 300_000 }, () => {
  it("gives a byte-identical site, search index and archives when run again", () => {
    requireDist();
    const again = mkdtempSync(join(tmpdir(), "mingzhang-build-"));
    run("tsx", ["scripts/content.ts"]);
    run("astro", ["build", "--outDir", again]);
    run("pagefind", ["--site", again]);
    run("tsx", ["scripts/archive.ts"], { DIST: again });
    const names = files(DIST);
    expect(files(again)).toEqual(names);
    const different = names.filter((name) => !readFileSync(join(DIST, name)).equals(readFileSync(join(again, name))));
    expect(different).toEqual([]);
  });
});
