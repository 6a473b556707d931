import { beforeAll, describe, expect, it } from "vitest";
import { cells, page, requireDist, text } from "./dist.ts";

beforeAll(requireDist);

describe("a department over its years, as a chart and its table (万里街道 2023–2025)", () => {
  const html = () => page("departments/sh-putuo-wanli");

  it("draws its 支出总计 and its largest 类, for wide and narrow screens, each line with a point a year", () => {
    const figure = html().querySelector("figure.trend");
    for (const shape of ["wide", "narrow"]) {
      const svg = figure?.querySelector(`svg.${shape}`);
      expect(svg?.querySelectorAll("path")).toHaveLength(5);
      expect(svg?.querySelectorAll("circle")).toHaveLength(15);
      expect(svg?.querySelectorAll("text").map(text)).toEqual(expect.arrayContaining(["2023年", "2024年", "2025年"]));
    }
    expect(figure?.querySelectorAll(".legend li").map(text)).toEqual(["支出总计", "城乡社区支出（212）", "社会保障和就业支出（208）", "住房保障支出（221）", "一般公共服务支出（201）"]);
  });

  it("gives the chart's figures in a table beside it, in 万元, with the change first to last", () => {
    const rows = html().querySelector("#trend-table")?.querySelectorAll("tbody tr").map(cells);
    // 表1 prints 支出总计 164,978,640, 156,211,123 and 189,767,551 元; 表3 prints 212 at 121,319,878, 119,385,303 and 154,369,326 元
    expect(rows?.[0]).toEqual(["支出总计", "16,497.86", "15,621.11", "18,976.76", "+2,478.89", "15.0%"]);
    expect(rows?.[1]).toEqual(["城乡社区支出（212）", "12,131.99", "11,938.53", "15,436.93", "+3,304.94", "27.2%"]);
  });
});

describe("a year's departments over the years", () => {
  it("charts a region's departments whose budgets span years, and says so in a sentence where a chart would be one block", () => {
    expect(page("2025").querySelectorAll("figure.trend")).toHaveLength(1);
    const single = page("2026").querySelectorAll("p").map(text).filter((p) => p.includes("不画构成图"));
    expect(single).toContain("各部门支出总计只有“福州市医疗保障局”一项（351,904.90 万元），不画构成图。");
  });
});
