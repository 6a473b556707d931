import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, SEED } from "./helpers.ts";

describe("npm run content", () => {
  const work = mkdtempSync(join(tmpdir(), "mingzhang-content-"));
  const seeds = join(work, "seeds");
  mkdirSync(seeds);
  copyFileSync(resolve(SEED), join(seeds, "000_a305166288aaf593.txt"));
  const env = { SEEDS_DIR: seeds };
  const output = join(work, "content", "disclosures", "000_a305166288aaf593.json");

  it("writes one JSON per disclosure, byte-identical from run to run", () => {
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    const first = readFileSync(output);
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    expect(readFileSync(output).equals(first)).toBe(true);
    expect(JSON.parse(first.toString("utf-8"))).toMatchObject({ department: "北京市政务服务和数据管理局", year: 2026 });
  });

  it("writes nothing when any disclosure fails, leaving the last good content in place", () => {
    const before = readFileSync(output);
    writeFileSync(join(seeds, "001_broken.txt"), "预算01表 收支总表\n");
    const run = runScript("content.ts", [], { cwd: work, env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(seeds, "001_broken.txt")}:`);
    expect(run.stderr).toContain("content: nothing written; content/disclosures is unchanged");
    expect(readdirSync(join(work, "content"))).toEqual(["disclosures"]);
    expect(readdirSync(join(work, "content", "disclosures"))).toEqual(["000_a305166288aaf593.json"]);
    expect(readFileSync(output).equals(before)).toBe(true);
  });
});
