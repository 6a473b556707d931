import { z } from "zod";
import { at } from "./location.ts";

/** What a part of a disclosure's text is about. */
export const NARRATIVE_KINDS = [
  /** 主要职能 */
  "functions",
  /** 机构设置, 部门决算单位构成: the units the department has */
  "organization",
  /** 名词解释 */
  "glossary",
  /** 预算编制说明, 决算情况说明: the figures explained */
  "explanation",
  /** 其他相关情况说明, 其他重要事项: “三公”, 机关运行经费, 采购, 资产 */
  "other",
  /** 预算绩效管理情况 */
  "performance",
  /** a project's 经费情况说明 */
  "project",
] as const;
export const narrativeKind = z.enum(NARRATIVE_KINDS);
export type NarrativeKind = z.infer<typeof narrativeKind>;

/** A paragraph of the text as printed; a row of a table in the text keeps its cells. */
export const paragraph = z.object({
  text: z.string(),
  /** the cells of a table row printed in the text (a list of units) */
  cells: z.array(z.string()).optional(),
  ...at,
});

/** 一节说明 (a part of the disclosure's text), with where it stands. */
export const narrativeSection = z.object({
  /** anchor on the site: functions, organization, explanation-1 … */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: narrativeKind,
  /** the heading as printed */
  title: z.string(),
  paragraphs: z.array(paragraph),
  ...at,
});

export type Paragraph = z.infer<typeof paragraph>;
export type NarrativeSection = z.infer<typeof narrativeSection>;
