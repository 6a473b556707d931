import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/lib/parse/index.ts";
import { synthesize } from "../../../src/lib/synth/synth.ts";
import { SEED } from "../../helpers.ts";

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
