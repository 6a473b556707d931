import type { Disclosure, Indicator, Project } from "../disclosure/schema.ts";
import { perObject } from "../memo.ts";

/**
 * Signals of how well a disclosure's performance indicators can hold a department to account:
 * counted, not judged. A 定性 target or a shared indicator can be right for its project; a reader
 * sees where to look. Each signal is defined once here, with the words the site and the guide use.
 */
export const SIGNALS = {
  qualitative: { name: "定性指标", definition: "绩效指标性质为“定性”的指标：目标用文字表述，没有可核对的数值。" },
  noValue: { name: "无指标值", definition: "指标值一栏为空的指标。" },
  noUnit: { name: "数值无单位", definition: "定量指标（≥、≤、= 等）的指标值是数字，但度量单位一栏为空。" },
  shared: { name: "与其他项目同文", definition: "三级指标的文字与本公开中至少一个其他项目的某条指标完全相同（例如“项目资金支出及时率”），可能是通用模板。" },
  noCost: { name: "无成本指标", definition: "项目的指标中没有一级指标为“成本指标”的。" },
  unserved: { name: "找不到对应项目的活动", definition: "部门整体绩效目标表中的一项活动，其指标的文字没有一条出现在任何项目的指标中。文字不同不等于没有项目承担，只说明无法从原文对应。" },
} as const;
export type Signal = keyof typeof SIGNALS;

/** A number the text writes as a figure: 100, 7.32, 1,000, 0.5. */
const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/;

const isQualitative = (i: Indicator) => i.operator === "定性";
const lacksValue = (i: Indicator) => i.value.trim() === "";
const lacksUnit = (i: Indicator) => !isQualitative(i) && NUMBER.test(i.value.trim()) && i.unit.trim() === "";

export interface ProjectSignals {
  project: Project;
  indicators: number;
  qualitative: number;
  noValue: number;
  noUnit: number;
  /** indicators whose 三级指标 text another project of the disclosure also states */
  shared: number;
  noCost: boolean;
}

type Indicators = Pick<Disclosure, "projects" | "overallIndicators">;
/** Whether a disclosure states any indicator for its signals to count (杭州's 项目支出绩效表 gives goals only, 深圳's 项目支出总表 funds only). */
export const hasIndicators = (d: Pick<Disclosure, "projects">) => d.projects.some((p) => p.indicators.length > 0);

/**
 * Every project's signals, and the department's: totals, the most shared texts, activities no
 * project echoes. Computed once per disclosure: every project page asks for its own.
 */
export const indicatorQuality = perObject(compute);

function compute(d: Indicators) {
  // how many projects state each text: a project stating it twice counts once
  const projectsPerText = new Map<string, number>();
  for (const p of d.projects) for (const text of new Set(p.indicators.map((i) => i.level3))) projectsPerText.set(text, (projectsPerText.get(text) ?? 0) + 1);
  const projects: ProjectSignals[] = d.projects.map((project) => ({
    project,
    indicators: project.indicators.length,
    qualitative: project.indicators.filter(isQualitative).length,
    noValue: project.indicators.filter(lacksValue).length,
    noUnit: project.indicators.filter(lacksUnit).length,
    shared: project.indicators.filter((i) => (projectsPerText.get(i.level3) ?? 0) > 1).length,
    noCost: project.indicators.length > 0 && !project.indicators.some((i) => i.level1 === "成本指标"),
  }));
  const total = (key: "indicators" | "qualitative" | "noValue" | "noUnit" | "shared") => projects.reduce((n, p) => n + p[key], 0);
  const stated = new Set(d.projects.flatMap((p) => p.indicators.map((i) => i.level3)));
  const activities = [...new Set(d.overallIndicators.map((o) => o.activity))];
  return {
    projects,
    totals: { projects: projects.length, indicators: total("indicators"), qualitative: total("qualitative"), noValue: total("noValue"), noUnit: total("noUnit"), shared: total("shared"), noCost: projects.filter((p) => p.noCost).length },
    /** texts stated by more than one project, most projects first, then in text order */
    sharedTexts: [...projectsPerText].filter(([, n]) => n > 1).sort(([a, m], [b, n]) => n - m || a.localeCompare(b, "zh-CN")).map(([text, projects]) => ({ text, projects })),
    /** null where the disclosure has no 部门整体绩效目标 */
    unserved: activities.length === 0 ? null : activities.filter((a) => !d.overallIndicators.some((o) => o.activity === a && stated.has(o.level3))),
    activities: activities.length,
  };
}
export type IndicatorQuality = ReturnType<typeof compute>;

/** Counts of indicators as a reader's phrases: "定性指标 117 条", "与其他项目同文 161 条"; absent signals that are rare left out. */
export function signalPhrases(c: Pick<ProjectSignals, "qualitative" | "shared" | "noValue" | "noUnit">): string[] {
  return [
    `${SIGNALS.qualitative.name} ${c.qualitative} 条`,
    `${SIGNALS.shared.name} ${c.shared} 条`,
    ...(c.noValue ? [`${SIGNALS.noValue.name} ${c.noValue} 条`] : []),
    ...(c.noUnit ? [`${SIGNALS.noUnit.name} ${c.noUnit} 条`] : []),
  ];
}

/** The department's signals in one sentence, as the overview and the checks page print it. */
export function signalsSentence(q: IndicatorQuality): string {
  const t = q.totals;
  if (t.indicators === 0) return `${t.projects} 个项目都没有列出逐条绩效指标，无从统计指标信号。`;
  const parts = [...signalPhrases(t), `${t.noCost} 个项目${SIGNALS.noCost.name}`, ...(q.unserved?.length ? [`${q.unserved.length} 项整体目标活动找不到对应的项目`] : [])];
  return `${t.projects} 个项目的 ${t.indicators} 条绩效指标中：${parts.join("，")}。`;
}
