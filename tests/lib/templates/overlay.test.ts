import { describe, expect, it } from "vitest";
import { national } from "../../../src/lib/templates/national.ts";
import { overlay } from "../../../src/lib/templates/overlay.ts";
import { shanghaiBudget } from "../../../src/lib/templates/shanghai-budget.ts";
import { shanghaiFinal } from "../../../src/lib/templates/shanghai-final.ts";

describe("a region as an overlay on the national set", () => {
  it("reads the set's tables by the vocabulary, and the tables it adds by their own titles", () => {
    // 上海's 财务收支预算总表 is the set's 收支总表, read as every region's is
    expect(shanghaiBudget.heading?.("3．2026年部门财务收支预算总表")?.def).toBe(national.heading?.("3．2026年部门财务收支预算总表")?.def);
    expect(shanghaiBudget.heading?.("财政项目支出绩效目标填报表")?.def.label).toBe("绩效目标表");
    expect(national.heading?.("财政项目支出绩效目标填报表")?.def.label).not.toBe("绩效目标表");
  });

  it("adds no table definition of the set's roles, only the tables it adds", () => {
    for (const template of [shanghaiBudget, shanghaiFinal]) {
      expect(template.tables.filter((def) => !national.tables.includes(def)).map((def) => def.role)).toEqual(template === shanghaiBudget ? ["projects"] : []);
    }
  });

  it("keeps the set's sentences, its own words for a figure standing in for the set's by id", () => {
    const region = overlay(national, {
      id: "demo",
      name: "示例",
      recognise: () => false,
      narrativeFigures: [{ id: "income", name: "本年收入", pattern: /本年收入(?<amount>\d+)万元/g, figure: () => undefined }],
    });
    const ids = (region.narrativeFigures ?? []).map((f) => f.id);
    expect(ids.filter((id) => id === "income")).toHaveLength(1);
    expect(region.narrativeFigures?.find((f) => f.id === "income")?.name).toBe("本年收入");
    expect(ids).toEqual(expect.arrayContaining(["income-total", "expenditure-total", "three-public", "reception"]));
  });
});
