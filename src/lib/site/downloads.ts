import type { Disclosure } from "../disclosure/schema.ts";
import type { TextBlock } from "../disclosure/tables.ts";
import { toCsv } from "./csv.ts";
import { tableViews } from "./table-view.ts";

type FieldType = "string" | "number" | "integer";

/** One file of a disclosure's downloads; the data page, the endpoints and datapackage.json all read this list. */
export interface Download {
  file: string;
  title: string;
  description: string;
  mediatype: string;
  /** for CSV: each column and its Frictionless type */
  fields?: { name: string; type: FieldType }[];
  body: () => string;
}

const LINE = "源文件行号";

function csv(file: string, title: string, description: string, columns: [string, FieldType][], rows: unknown[][]): Download {
  return {
    file,
    title,
    description,
    mediatype: "text/csv",
    fields: columns.map(([name, type]) => ({ name, type })),
    body: () => toCsv(columns.map(([name]) => name), rows as (string | number | null)[][]),
  };
}

/** A goal's paragraphs and list items as plain text, one per line. */
export function plainText(blocks: readonly TextBlock[]): string {
  return blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.items.map((item) => `· ${item}`))).join("\n");
}

export function downloads(d: Disclosure): Download[] {
  const indicatorColumns: [string, FieldType][] = [
    ["一级指标", "string"],
    ["二级指标", "string"],
    ["三级指标", "string"],
    ["绩效指标性质", "string"],
    ["指标值", "string"],
    ["度量单位", "string"],
    [LINE, "integer"],
  ];
  return [
    {
      file: "disclosure.json",
      title: "完整数据（JSON）",
      description: "本页所有数据的完整模型：13 张表、项目及绩效指标、部门整体绩效指标、核对结果。金额为万元，精确十进制字符串。",
      mediatype: "application/json",
      body: () => `${JSON.stringify(d, null, 2)}\n`,
    },
    ...tableViews(d).map((v) =>
      csv(
        `${v.key}.csv`,
        `${v.label} ${v.title}（CSV）`,
        v.empty ?? `${v.label}的每一行，顺序同原表。`,
        [...(v.key === "t05" ? [["组", "integer"] as [string, FieldType]] : []), ...v.columns.map((c): [string, FieldType] => [c, c.endsWith("（万元）") ? "number" : "string"]), [LINE, "integer"]],
        v.groups.flatMap((g, index) => g.rows.map((r) => [...(v.key === "t05" ? [g.label ? index + 1 : null] : []), ...r.cells.map((c) => (c.value !== undefined ? c.value : c.text)), r.line])),
      ),
    ),
    csv(
      "t12-projects.csv",
      "预算表12 项目（CSV）",
      "每个项目一行：编码、名称、金额与绩效目标。",
      [
        ["项目编码", "string"],
        ["项目名称", "string"],
        ["项目总额（万元）", "number"],
        ["财政资金（万元）", "number"],
        ["其他资金（万元）", "number"],
        ["绩效目标", "string"],
        ["绩效指标数", "integer"],
        [LINE, "integer"],
      ],
      d.projects.map((p) => [p.code, p.name, p.total, p.fiscalFunds, p.otherFunds, plainText(p.goal), p.indicators.length, p.line]),
    ),
    csv(
      "t12-indicators.csv",
      "预算表12 项目绩效指标（CSV）",
      "每条项目绩效指标一行，附项目编码与名称。",
      [["项目编码", "string"], ["项目名称", "string"], ...indicatorColumns],
      d.projects.flatMap((p) => p.indicators.map((i) => [p.code, p.name, i.level1, i.level2, i.level3, i.operator, i.value, i.unit, i.line])),
    ),
    csv(
      "t13.csv",
      "预算13表 部门整体绩效指标（CSV）",
      "每条部门整体绩效指标一行，附所属活动。",
      [["活动", "string"], ...indicatorColumns],
      d.overallIndicators.map((i) => [i.activity, i.level1, i.level2, i.level3, i.operator, i.value, i.unit, i.line]),
    ),
    csv(
      "checks.csv",
      "核对结果（CSV）",
      "每项核对一行：核对内容、应为、实为、差额（实为减应为）与结果。",
      [
        ["编号", "string"],
        ["表", "string"],
        ["核对内容", "string"],
        ["应为（万元）", "number"],
        ["实为（万元）", "number"],
        ["差额（万元）", "number"],
        ["结果", "string"],
        [LINE, "string"],
      ],
      d.checks.map((c) => [c.id, c.tables.join(" "), c.description, c.expected, c.actual, c.difference, c.passed ? "通过" : "未通过", c.lines.join(" ")]),
    ),
  ];
}

/** A Frictionless Data Package describing the downloads, so tools can load them with types. */
export function dataPackage(d: Disclosure, files: readonly Download[]): string {
  const pkg = {
    profile: "tabular-data-package",
    name: `${d.year}-${d.slug}`,
    title: `${d.department} ${d.year}年部门预算`,
    description: `${d.department}${d.year}年部门预算公开的全部数据，由明账从原文逐行读取并核对。金额单位：万元。`,
    sources: [{ title: "部门预算公开原文", path: "source.txt" }],
    resources: [
      ...files.map((f) => ({
        name: f.file.replace(/\.[a-z]+$/, "").replace(/[^a-z0-9-]/g, "-"),
        path: f.file,
        title: f.title,
        description: f.description,
        mediatype: f.mediatype,
        encoding: "utf-8",
        ...(f.fields ? { format: "csv", profile: "tabular-data-resource", dialect: { delimiter: ",", header: true }, schema: { fields: f.fields } } : { format: "json" }),
      })),
      { name: "source", path: "source.txt", title: "原文", mediatype: "text/plain", encoding: d.source.encoding, hash: `sha256:${d.source.sha256}` },
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
