import { describe, expect, it } from "vitest";
import type { OverallTable } from "../../../src/lib/disclosure/tables.ts";
import { readFixture } from "../../helpers.ts";

describe("预算13表", () => {
  const read = readFixture("beijing/t13-fused.txt", "t13");
  const result = { table: read.table as OverallTable, indicators: read.indicators ?? [] };
  const { errors } = read;

  it("reads department, year and the fund totals", () => {
    expect(errors).toEqual([]);
    expect(result.table).toMatchObject({
      department: "北京市政务服务和数据管理局",
      year: 2026,
      funds: {
        total: "101673.030619",
        fiscal: { total: "101503.324495", basic: "38186.119752", project: "63317.204743" },
        other: { total: "169.706124", basic: "10.890000", project: "158.816124" },
        line: 8,
      },
    });
  });

  it("turns an <ol> that never had <li> or </ol> into a list, and the paragraph after it back into a paragraph", () => {
    expect(result.table.goal).toEqual([
      { kind: "paragraph", text: "坚持党建引领。" },
      { kind: "list", items: ["保障基本经费。", "深化审批改革。"] },
      { kind: "paragraph", text: "提升政务服务效率。" },
    ]);
    expect(result.table.remarks).toEqual([{ kind: "paragraph", text: "绩效指标聚焦核心职能。" }]);
  });

  it("splits the fused indicator cell into its three levels", () => {
    expect(result.indicators.map((i) => [i.activity, i.level1, i.level2, i.level3, i.operator, i.value, i.unit])).toEqual([
      ["数据管理", "产出指标", "数量指标", "“京通”APP功能建设数量", "≥", "5", "个"],
      ["数据管理", "满意度指标", "服务对象满意度指标", "数据要素市场主体满意度", "≥", "90", "%"],
      ["行政审批改革协调工作", "产出指标", "质量指标", "实现全域全流程覆盖", "定性", "优，覆盖16个区和经开区", ""],
      ["政务服务中心信息运维工作", "产出指标", "质量指标", "信息系统可用性", "≥", "99", "%"],
    ]);
  });

  it("reads the year as a PDF may print it, 2026（年度） (北京 报表 of 中共北京市委军民融合发展委员会办公室, p17)", () => {
    const { table, errors } = readFixture("beijing/t13-year-paren.txt", "t13");
    expect(errors).toEqual([]);
    expect((table as OverallTable).year).toBe(2026);
  });
});
