import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../../src/lib/files.ts";
import { DIST, requireDist } from "../site/dist.ts";
import { temporaryDir } from "../tmp.ts";
import { build } from "./build.ts";

/** The files of two sites that differ, or that only one has. */
function differences(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = new Set(filesUnder(b));
  return [...left.filter((name) => !right.has(name) || !readFileSync(join(a, name)).equals(readFileSync(join(b, name)))), ...[...right].filter((name) => !left.includes(name))];
}

/** A folder of the given seeds, each with its manifest. */
function seedsOf(dir: string, names: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const name of names) for (const file of [name, name.replace(/\.[^.]+$/, ".meta.json")]) copyFileSync(join("seeds", file), join(dir, file));
  return dir;
}

describe("a build in shards", { timeout: 600_000 }, () => {
  it("built shard by shard, out of order, and merged, is the whole build byte for byte", () => {
    requireDist();
    const work = temporaryDir("mingzhang-shards-");
    const out = join(work, "dist");
    // units of two disclosures on average: the seeds' 20 disclosures in a dozen units, three shards
    const env = { SHARD_SIZE: "2" };
    const shards = ["3", "1", "2"].map((k) => {
      const folder = join(work, `shard-${k}`);
      const run = build(out, env, ["--shard", `${k}/3`, folder]);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain(`第 ${k}/3 片`);
      return folder;
    });
    // a merge that lacks a shard names the units it lacks, and writes nothing
    const partial = build(out, env, ["--merge", shards[0]!, shards[1]!]);
    expect(partial.status).not.toBe(0);
    expect(partial.output).toMatch(/中缺少 \d+ 个分片/);
    const merged = build(out, env, ["--merge", ...shards]);
    expect(merged.status, merged.output).toBe(0);
    expect(differences(DIST, out)).toEqual([]);
  });

  it("rebuilds only the unit a new disclosure joins, and gives what a clean build gives", () => {
    const work = temporaryDir("mingzhang-incremental-");
    const first = ["sh-putuo-wanli-jiedao-2023-budget.pdf", "sh-putuo-wanli-jiedao-2024-budget.pdf", "fuzhou-yibao-2026-budget.pdf"];
    const added = "sh-putuo-qufuban-2025-budget.pdf";
    const seeds = seedsOf(join(work, "seeds"), first);
    const out = join(work, "site", "dist");
    // a unit per folder here: each disclosure is a unit of its own
    const env = { SEEDS_DIR: seeds, SHARD_SIZE: "1" };
    expect(build(out, env).status).toBe(0);
    const unchanged = build(out, env);
    expect(unchanged.status).toBe(0);
    expect(unchanged.output).toContain("已是最新");
    seedsOf(seeds, [added]);
    const again = build(out, env);
    expect(again.status, again.output).toBe(0);
    // wanli's two years and fuzhou's are kept; only qufuban's unit is built
    expect(again.output).toContain("3 个分片未变");
    expect(again.output.match(/^build: 分片 /gm)).toHaveLength(1);
    expect(again.output).toContain("分片 2025/sh-putuo-qufuban（1 份）");
    const clean = join(work, "clean", "dist");
    expect(build(clean, env).status).toBe(0);
    expect(differences(clean, out)).toEqual([]);
  });
});
