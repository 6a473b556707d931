import type { NarrativeKind } from "../disclosure/narrative.ts";

/** What each kind of part of a disclosure's text is, as the pages name it. */
export const NARRATIVE_LABELS: Record<NarrativeKind, string> = {
  functions: "部门职能",
  organization: "机构与所属单位",
  glossary: "名词解释",
  explanation: "数字的说明",
  other: "其他情况（“三公”、机关运行经费、政府采购、资产等）",
  performance: "绩效",
  project: "项目经费说明",
};
