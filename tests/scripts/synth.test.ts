import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/lib/parse/index.ts";
import { synthesize } from "../../scripts/lib/synth.ts";
import { runScript, SEED } from "../helpers.ts";
import { temporaryDir } from "../tmp.ts";

const seed = readFileSync(SEED, "utf-8");

describe("synthetic disclosures", () => {
  it("are the same text for the same numbers, and differ otherwise", () => {
    expect(synthesize(seed, 3, 1).text).toBe(synthesize(seed, 3, 1).text);
    expect(synthesize(seed, 3, 1).text).not.toBe(synthesize(seed, 3, 2).text);
  });

  it("parse, with 10–300 projects, their page breaks and wrap spaces included", () => {
    for (let i = 0; i < 12; i++) {
      const d = synthesize(seed, i, 5);
      const model = parseText(Buffer.from(d.text), `${d.name}.txt`, { slug: d.slug });
      expect(model.department).toBe(`北京市合成测试第${i + 1}局`);
      expect(model.year).toBe(2024 + (i % 3));
      expect(model.projects.length).toBeGreaterThanOrEqual(10);
      expect(model.projects.length).toBeLessThanOrEqual(300);
      expect(d.text.split("\n").filter((l) => l.startsWith("项目名称")).length).toBeGreaterThan(1);
    }
  });
});

describe("npm run synth", () => {
  it("takes --seed's number as the seed, not as the count", () => {
    const out = temporaryDir("mingzhang-synth-");
    expect(runScript("synth.ts", ["--seed", "3", "--out", out]).status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".txt"))).toHaveLength(10);
    expect(runScript("synth.ts", ["2", "--seed", "3", "--out", join(out, "two")]).status).toBe(0);
    expect(readdirSync(join(out, "two"))).toEqual(["2024-synth-1.meta.json", "2024-synth-1.txt", "2025-synth-2.meta.json", "2025-synth-2.txt"]);
  });

  it("writes the seed's department in earlier years under its slug with --series", () => {
    const out = temporaryDir("mingzhang-series-");
    expect(runScript("synth.ts", ["--series", "--out", out]).stdout).toContain("synth: 2 disclosures");
    expect(readdirSync(out)).toEqual(["2024-bj-zwfw-sjglj.meta.json", "2024-bj-zwfw-sjglj.txt", "2025-bj-zwfw-sjglj.meta.json", "2025-bj-zwfw-sjglj.txt"]);
    expect(JSON.parse(readFileSync(join(out, "2024-bj-zwfw-sjglj.meta.json"), "utf-8"))).toEqual({ slug: "bj-zwfw-sjglj" });
  });

  it("refuses what it cannot read", () => {
    const run = runScript("synth.ts", ["--seed", "x"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run synth");
  });
});
