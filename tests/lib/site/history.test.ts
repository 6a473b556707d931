import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { synthesizeSeries } from "../../../scripts/lib/synth.ts";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import { diffProjects, diffText, projectChanges, projectHistories } from "../../../src/lib/site/history.ts";
import { parseText } from "../../../src/lib/parse/index.ts";
import { need, SEED } from "../../helpers.ts";

/** The seed (2026) and its department's synthetic 2024 and 2025 (SERIES in scripts/lib/synth.ts). */
let all: Disclosure[];
const GAZETTE = "11000022T000000438666";
const ENDED = "11000023T000009900001";

beforeAll(() => {
  const seed = readFileSync(SEED, "utf-8");
  const years = synthesizeSeries(seed, "bj-zwfw-sjglj").map((s) => parseText(Buffer.from(s.text), `${s.name}.txt`, { slug: s.slug }));
  all = [...years, parseText(Buffer.from(seed), SEED, { slug: "bj-zwfw-sjglj" })].sort((a, b) => a.year - b.year);
});
const year = (y: number) => need(all.find((d) => d.year === y), `${y}`);
const history = (code: string) => need(projectHistories(all).get(code), code);

describe("a project followed by its code", () => {
  it("is found in every year that prints the code, oldest first; a code printed once has no history", () => {
    expect(all.map((d) => [d.year, d.projects.length])).toEqual([[2024, 39], [2025, 67], [2026, 82]]);
    expect(history(GAZETTE).map((a) => [a.d.year, a.p.total])).toEqual([[2024, "55.500000"], [2025, "58.000000"], [2026, "61.221600"]]);
    expect(history(ENDED).map((a) => a.d.year)).toEqual([2024, 2025]);
    expect(projectHistories(all).has("11000026T000003668042")).toBe(false);
    // 28 codes first set up in 2025 (in 2025 and 2026), 38 older ones in all three years, and the synthetic one
    expect(projectHistories(all).size).toBe(28 + 38 + 1);
  });

  it("says what changed in amount, goal and indicators, exactly", () => {
    const [y2024, y2025, y2026] = history(GAZETTE);
    const later = diffProjects(need(y2025, "2025"), need(y2026, "2026"));
    expect(later.amount).toMatchObject({ before: "58.000000", after: "61.221600", change: "3.221600", percent: "5.6%" });
    expect(later.renamed).toBe(false);
    // the reworded clause compared character by character: two characters went
    expect(later.goal?.filter((p) => p.op !== "same")).toEqual([{ op: "removed", text: "按期" }]);
    expect(later.indicators).toEqual([{ level1: "产出指标", level2: "数量指标", level3: "每年发行公报册数", before: "=7.5万册", after: "=7.32万册", status: "changed" }]);
    const earlier = diffProjects(need(y2024, "2024"), need(y2025, "2025"));
    expect(earlier.goal).toBeNull();
    expect(earlier.indicators).toEqual([{ level1: "产出指标", level2: "数量指标", level3: "公报增刊期数", before: "≤4期", after: null, status: "removed" }]);
  });
});

describe("a department's projects from one year to the next", () => {
  it("names the projects that came and went, and those re-costed, by code", () => {
    const changes = projectChanges(year(2025), year(2026));
    expect(changes.comparable).toBe(true);
    expect(changes.added).toHaveLength(16);
    expect(changes.added.every((p) => p.code?.slice(6, 8) === "26")).toBe(true);
    expect(changes.removed.map((p) => [p.code, p.name])).toEqual([[ENDED, "合成测试：2025年后不再安排的项目"]]);
    expect(changes.changed.map((c) => [c.code, c.change])).toEqual([[GAZETTE, "3.221600"]]);
  });

  it("does not match projects of a template without codes", () => {
    const uncoded = { ...year(2026), projects: year(2026).projects.map(({ code: _, ...p }) => p) };
    expect(projectChanges(year(2025), uncoded).comparable).toBe(false);
  });
});

describe("a text compared clause by clause", () => {
  it("keeps what both say and marks what one lacks", () => {
    expect(diffText("甲，乙。丙；", "甲，丁。丙；")).toEqual([
      { op: "same", text: "甲，" },
      { op: "removed", text: "乙。" },
      { op: "added", text: "丁。" },
      { op: "same", text: "丙；" },
    ]);
    expect(diffText("", "新目标")).toEqual([{ op: "added", text: "新目标" }]);
    // a clause mostly kept is compared character by character; one rewritten stays whole
    expect(diffText("开展培训三次，", "开展培训五次，")).toEqual([
      { op: "same", text: "开展培训" },
      { op: "removed", text: "三" },
      { op: "added", text: "五" },
      { op: "same", text: "次，" },
    ]);
    expect(diffText("开展培训，", "完成验收工作，")).toEqual([
      { op: "removed", text: "开展培训，" },
      { op: "added", text: "完成验收工作，" },
    ]);
    expect(diffText("同一句。", "同一句。")).toEqual([{ op: "same", text: "同一句。" }]);
  });
});
