import { describe, expect, it } from "vitest";
import type { Indicator, Project } from "../../../src/lib/disclosure/schema.ts";
import { indicatorQuality, signalsSentence } from "../../../src/lib/findings/indicator-quality.ts";
import { parsedFile, seed } from "../../helpers.ts";

/** An indicator as a table row prints it: 一级, 二级, 三级, 性质, 指标值, 度量单位. */
const row = (level1: string, level2: string, level3: string, operator: Indicator["operator"], value: string, unit: string, line = 1): Indicator => ({ level1, level2, level3, operator, value, unit, line });
const project = (id: string, indicators: Indicator[]): Project => ({ id, name: `项目${id}`, total: "1.00", fiscalFunds: "1.00", otherFunds: null, goal: [], line: 1, indicators });

describe("signals of a disclosure's indicators", () => {
  const projects = [
    project("p1", [
      row("产出指标", "数量指标", "培训人次", "≥", "300", "人次"),
      row("产出指标", "时效指标", "完成时间", "定性", "2026年12月底前", ""),
      row("成本指标", "经济成本指标", "人均培训成本", "≤", "500", "元"),
      row("满意度指标", "服务对象满意度指标", "满意度", "≥", "90", "%"),
    ]),
    project("p2", [
      row("产出指标", "质量指标", "验收合格率", "=", "100", ""),
      row("效益指标", "社会效益指标", "服务质量", "定性", "", ""),
      row("满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%"),
      row("满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%"),
    ]),
    project("p3", []),
  ];
  const overallIndicators = [
    { ...row("产出指标", "数量指标", "培训人次", "≥", "300", "人次"), activity: "人员培训" },
    { ...row("效益指标", "社会效益指标", "群众知晓率", "≥", "80", "%"), activity: "政策宣传" },
  ];
  const q = indicatorQuality({ projects, overallIndicators });

  it("counts each signal per project", () => {
    expect(q.projects.map(({ project: p, ...s }) => [p.id, s])).toEqual([
      ["p1", { indicators: 4, qualitative: 1, noValue: 0, noUnit: 0, shared: 1, noCost: false }],
      // a value without a unit counts only where it is a number; a 定性 target without a value is still 定性
      ["p2", { indicators: 4, qualitative: 1, noValue: 1, noUnit: 1, shared: 2, noCost: true }],
      // a project without indicators lacks no 成本指标 in particular
      ["p3", { indicators: 0, qualitative: 0, noValue: 0, noUnit: 0, shared: 0, noCost: false }],
    ]);
  });

  it("names the texts several projects share, counting a project once", () => {
    expect(q.sharedTexts).toEqual([{ text: "满意度", projects: 2 }]);
  });

  it("names the activities of the department's goal that no project's indicators echo", () => {
    expect(q.unserved).toEqual(["政策宣传"]);
    expect(indicatorQuality({ projects, overallIndicators: [] }).unserved).toBeNull();
  });

  it("sums up the department in one sentence", () => {
    expect(signalsSentence(q)).toBe("3 个项目的 8 条绩效指标中：定性指标 2 条，与其他项目同文 3 条，无指标值 1 条，数值无单位 1 条，1 个项目无成本指标，1 项整体目标活动找不到对应的项目。");
  });
});

describe("signals of the real documents", () => {
  it("Beijing 2026: 117 of 1,057 indicators 定性, 4 projects without 成本指标, 4 of 18 activities unechoed", () => {
    const q = indicatorQuality(seed());
    expect(q.totals).toEqual({ projects: 82, indicators: 1057, qualitative: 117, noValue: 0, noUnit: 0, shared: 161, noCost: 4 });
    expect(q.sharedTexts.slice(0, 3)).toEqual([
      { text: "故障响应率", projects: 6 },
      { text: "实际资金支付进度与计划进度一致性", projects: 6 },
      { text: "资金支付时间与计划进度的一致性", projects: 6 },
    ]);
    expect(q.activities).toBe(18);
    expect(q.unserved).toEqual(["市市民热线服务中心信息化软件系统、硬件建设、运维管理", "政务数据运维服务活动", "数据资源建设和开发利用工作", "数据科技创新和应用推广"]);
  });

  it("万里街道 2023 forms: 46 of 65 定性, none of the 5 projects with a 成本指标", async () => {
    const q = indicatorQuality(await parsedFile("seeds/sh-putuo-wanli-jiedao-2023-budget.pdf"));
    expect(q.totals).toEqual({ projects: 5, indicators: 65, qualitative: 46, noValue: 0, noUnit: 0, shared: 2, noCost: 5 });
    expect(q.unserved).toBeNull();
  });
});
