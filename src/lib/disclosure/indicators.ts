/** 一级指标 of the national performance-indicator framework. */
export const LEVEL1 = ["产出指标", "效益指标", "成本指标", "满意度指标"] as const;

/** 二级指标, longest first so that a fused cell splits at the longest match. */
export const LEVEL2 = [
  "服务对象满意度指标",
  "生态环境成本指标",
  "可持续影响指标",
  "经济成本指标",
  "社会成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "数量指标",
  "质量指标",
  "时效指标",
] as const;

export function isLevel1(text: string): boolean {
  return (LEVEL1 as readonly string[]).includes(text);
}

/**
 * 预算13表 fuses three levels in one cell: "产出指标数量指标“京通”APP功能建设数量" →
 * 产出指标 / 数量指标 / “京通”APP功能建设数量. Undefined when the cell does not start with known levels.
 */
export function splitFused(text: string): { level1: string; level2: string; level3: string } | undefined {
  const level1 = LEVEL1.find((name) => text.startsWith(name));
  if (!level1) return undefined;
  const rest = text.slice(level1.length);
  const level2 = LEVEL2.find((name) => rest.startsWith(name));
  if (!level2) return undefined;
  const level3 = rest.slice(level2.length).trim();
  return level3 ? { level1, level2, level3 } : undefined;
}
