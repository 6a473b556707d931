import { describe, expect, it } from "vitest";
import { readFixture } from "../../helpers.ts";

const read = (name: string) => {
  const { projects = [], errors } = readFixture(`beijing/${name}`, "t12");
  return { result: projects, errors };
};

describe("预算表12", () => {
  it("keeps a project's indicators together across a page break, shifted rows included", () => {
    const { result, errors } = read("t12-page-break.txt");
    expect(errors).toEqual([]);
    expect(result.map((p) => [p.code, p.indicators.length])).toEqual([
      ["11000022T000000444641", 4],
      ["11000024T000002768191", 2],
    ]);
    const [first] = result;
    expect(first?.indicators.map((i) => [i.level1, i.level2, i.level3, i.operator, i.value, i.unit, i.line])).toEqual([
      ["效益指标", "社会效益指标", "保障网上交易正常开展率", "≥", "90", "%", 7],
      ["产出指标", "时效指标", "资金支出与计划进度的一致性", "=", "100", "%", 8],
      ["满意度指标", "服务对象满意度指标", "平台用户体验满意度", "≥", "90", "%", 9],
      ["产出指标", "数量指标", "驻场工作人员数量", "≥", "2", "人", 13],
    ]);
    expect(first).toMatchObject({ total: "55.350000", fiscalFunds: "55.350000", otherFunds: null, line: 7 });
  });

  it("keeps a qualitative indicator's words and its empty unit", () => {
    const { result } = read("t12-page-break.txt");
    expect(result[1]?.indicators[1]).toMatchObject({ operator: "定性", value: "优，节目受众覆盖面广", unit: "" });
  });

  it("removes line-wrap spaces from codes and CJK names, and keeps them before Latin words", () => {
    const { result, errors } = read("t12-wrapped-names.txt");
    expect(errors).toEqual([]);
    expect(result.map((p) => [p.code, p.name])).toEqual([
      ["11000024T000002771150", "二类培训服务"],
      ["11000026T000003672775", "北京市政务服务大厅窗口工作规范化监督与效能促进服务项目"],
      ["11000024T000002780436", "12345对外宣传经费"],
      ["11000025T000003302331", "“京通”APP 建设项目"],
    ]);
  });

  it("reads a block that lost its empty 其他资金 cell", () => {
    const { result, errors } = read("t12-lost-cell.txt");
    expect(errors).toEqual([]);
    expect(result[0]).toMatchObject({
      total: "140.570000",
      fiscalFunds: "140.570000",
      otherFunds: null,
      goal: [{ kind: "paragraph", text: "建立和完善密码保障体系。" }],
    });
    expect(result[0]?.indicators.map((i) => i.level3)).toEqual(["年度密码服务时长", "服务运行稳定性"]);
  });

  it("turns goal HTML into paragraphs", () => {
    const { result } = read("t12-goal-html.txt");
    expect(result[0]?.goal).toEqual([
      { kind: "paragraph", text: "为12345市民热线服务平台提供运行环境。" },
      { kind: "paragraph", text: "1、确保平台持续平稳运行" },
    ]);
  });

  it("stops at a duplicate project code, naming both lines", () => {
    expect(read("t12-duplicate-code.txt").errors).toEqual([
      "tests/fixtures/beijing/t12-duplicate-code.txt:8: 预算表12：项目编码 11000022T000000438666 已在第 7 行出现",
    ]);
  });

  it("reports every unreadable cell of the table, not just the first", () => {
    expect(read("t12-bad-amount.txt").errors).toEqual([
      "tests/fixtures/beijing/t12-bad-amount.txt:7: 预算表12：“项目总额”列应为金额（至多 20 位整数、10 位小数），见到“61.22l600”",
      "tests/fixtures/beijing/t12-bad-amount.txt:8: 预算表12：“绩效指标性质”应为 ≥ ≤ = > < ≠ 定性 之一，见到“约”",
      "tests/fixtures/beijing/t12-bad-amount.txt:9: 预算表12：应为项目或绩效指标（一级指标为产出指标、效益指标、成本指标或满意度指标），见到“其他 | 数量指标 | 每年编印公报期数 | = | 48 | 期”",
    ]);
  });
});
