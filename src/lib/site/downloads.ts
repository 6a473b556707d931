import { projectsTable } from "../disclosure/access.ts";
import { describeLocation, type Location } from "../disclosure/location.ts";
import { indicatorQuality, SIGNALS } from "../findings/indicator-quality.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import { kindName } from "../disclosure/schema.ts";
import type { TextBlock } from "../disclosure/tables.ts";
import { GROUP_NAMES, VERDICTS, verdictOf } from "./checks.ts";
import { toCsv } from "./csv.ts";
import { paths, type DisclosureRef } from "./paths.ts";
import { tableViews } from "./table-view.ts";

type FieldType = "string" | "number" | "integer" | "boolean";
type Value = string | number | null;

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

/**
 * The terms of the data, stated once for every page, download and archive that carries it. The
 * sources are what departments publish under 政府信息公开; 明账 adds no rights of its own.
 */
export const TERMS = {
  text: "原文由发布机关依《政府信息公开条例》公开，内容以原文为准。明账据原文整理的数据与核对结果可自由复制、转载和再利用，请注明出处（部门、年度，“据明账整理”）。",
  license: { name: "other-open", title: "据政府信息公开原文整理，可自由再利用，请注明出处，以原文为准" },
} as const;

/** The source as published: the PDF, or the text; its text (情况说明) where published apart, as source-text.pdf. */
export function sourceFile(d: Pick<Disclosure, "source">, part?: "text"): string {
  const format = part === "text" ? (d.source.text?.format ?? d.source.format) : d.source.format;
  return `${part === "text" ? "source-text" : "source"}.${format === "pdf" ? "pdf" : "txt"}`;
}

/**
 * Where a record stands, as pages show it and link to it: a PDF opens at its page
 * (source.pdf#page=12, or source-text.pdf for the 情况说明 published apart); a text has no pages to
 * open at, and its line is named.
 */
export function sourceRef(d: Pick<Disclosure, "source"> & DisclosureRef, where: Location): { text: string; title: string; href?: string } {
  const title = `原文${describeLocation(where)}`;
  const format = where.part === "text" ? d.source.text?.format : d.source.format;
  const text = `${where.part === "text" ? "情况说明" : ""}第 ${where.page ?? where.line} ${where.page === undefined ? "行" : "页"}`;
  if (format === "pdf" && where.page !== undefined) return { text, title, href: `${paths.download(d, sourceFile(d, where.part))}#page=${where.page}` };
  return { text, title, href: where.part === "text" ? paths.download(d, sourceFile(d, "text")) : paths.sourceLine(d, where.line) };
}

/** The columns that say where a row comes from: the line of a text; the page and line of a PDF. */
function where(d: Disclosure): { columns: [string, FieldType][]; of: (at: Location) => Value[] } {
  return d.source.format === "pdf"
    ? { columns: [["原文页码", "integer"], ["页内行号", "integer"]], of: (at) => [at.page ?? null, at.line] }
    : { columns: [["源文件行号", "integer"]], of: (at) => [at.line] };
}

function csv(file: string, title: string, description: string, columns: [string, FieldType][], rows: Value[][]): Download {
  return {
    file,
    title,
    description,
    mediatype: "text/csv",
    fields: columns.map(([name, type]) => ({ name, type })),
    body: () => toCsv(columns.map(([name]) => name), rows),
  };
}

/** A goal's paragraphs and list items as plain text, one per line. */
export function plainText(blocks: readonly TextBlock[]): string {
  return blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.items.map((item) => `· ${item}`))).join("\n");
}

export function downloads(d: Disclosure): Download[] {
  const place = where(d);
  const indicatorColumns: [string, FieldType][] = [
    ["一级指标", "string"],
    ["二级指标", "string"],
    ["三级指标", "string"],
    ["绩效指标性质", "string"],
    ["指标值", "string"],
    ["度量单位", "string"],
    ...place.columns,
  ];
  const projects = projectsTable(d);
  const assessed = d.projects.some((p) => p.indicators.some((i) => i.actual !== undefined));
  const overall = d.tables.find((t) => t.shape === "overall");
  const unit = projects?.unit ?? "万元";
  return [
    {
      file: "disclosure.json",
      title: "完整数据（JSON）",
      description: `本页所有数据的完整模型：${d.tables.length} 张表、项目及绩效指标、核对结果。金额为原文的精确数字，单位见各表的 unit。`,
      mediatype: "application/json",
      body: () => `${JSON.stringify(d, null, 2)}\n`,
    },
    ...tableViews(d).map((v) => {
      const grouped = v.groups.some((g) => g.group !== undefined);
      return csv(
        `${v.key}.csv`,
        `${v.label} ${v.title}（CSV）`,
        v.empty ?? `${v.label}的每一行，顺序同原表；金额单位：${v.unit}。`,
        [...(grouped ? [["组", "integer"] as [string, FieldType]] : []), ...v.columns.map((c): [string, FieldType] => [c, /（(万元|元)）$/.test(c) ? "number" : "string"]), ...place.columns],
        v.groups.flatMap((g) => g.rows.map((r) => [...(grouped ? [g.group ?? null] : []), ...r.cells.map((c) => (c.value !== undefined ? c.value : c.text)), ...place.of(r)])),
      );
    }),
    ...(projects && d.projects.length > 0
      ? [
          csv(
            `${projects.key}-projects.csv`,
            `${projects.label} 项目（CSV）`,
            "每个项目一行：编码、名称、金额与绩效目标。",
            [
              ["项目编码", "string"],
              ["项目名称", "string"],
              ["预算单位", "string"],
              [`项目总额（${unit}）`, "number"],
              [`财政资金（${unit}）`, "number"],
              [`其他资金（${unit}）`, "number"],
              ["绩效目标", "string"],
              ["绩效指标数", "integer"],
              ...place.columns,
            ],
            d.projects.map((p) => [p.code ?? "", p.name, p.agency ?? "", p.total, p.fiscalFunds, p.otherFunds, plainText(p.goal), p.indicators.length, ...place.of(p)]),
          ),
          csv(
            `${projects.key}-indicators.csv`,
            `${projects.label} 项目绩效指标（CSV）`,
            "每条项目绩效指标一行，附项目编码与名称。",
            // a self-evaluation's 实际完成值 follows its target, where the disclosure has one
            [["项目编码", "string"], ["项目名称", "string"], ...indicatorColumns.slice(0, 6), ...(assessed ? [["实际完成值", "string"] as [string, FieldType]] : []), ...place.columns],
            d.projects.flatMap((p) => p.indicators.map((i) => [p.code ?? "", p.name, i.level1, i.level2, i.level3, i.operator, i.value, i.unit, ...(assessed ? [i.actual ?? ""] : []), ...place.of(i)])),
          ),
          csv(
            "indicator-signals.csv",
            "绩效指标的质量信号（CSV）",
            `每个项目一行：指标条数与各项信号的条数（${Object.values(SIGNALS).filter((s) => s !== SIGNALS.unserved).map((s) => `${s.name}：${s.definition}`).join(" ")}）。信号是提示，不是结论。`,
            [
              ["项目编码", "string"],
              ["项目名称", "string"],
              ["绩效指标数", "integer"],
              [SIGNALS.qualitative.name, "integer"],
              [SIGNALS.shared.name, "integer"],
              [SIGNALS.noValue.name, "integer"],
              [SIGNALS.noUnit.name, "integer"],
              [SIGNALS.noCost.name, "boolean"],
              ...place.columns,
            ],
            indicatorQuality(d).projects.map((s) => [s.project.code ?? "", s.project.name, s.indicators, s.qualitative, s.shared, s.noValue, s.noUnit, s.noCost ? "true" : "false", ...place.of(s.project)]),
          ),
        ]
      : []),
    ...(overall
      ? [
          csv(
            `${overall.key}.csv`,
            `${overall.label} 部门整体绩效指标（CSV）`,
            "每条部门整体绩效指标一行，附所属活动。",
            [["活动", "string"], ...indicatorColumns],
            d.overallIndicators.map((i) => [i.activity, i.level1, i.level2, i.level3, i.operator, i.value, i.unit, ...place.of(i)]),
          ),
        ]
      : []),
    csv(
      "checks.csv",
      "核对结果（CSV）",
      `每项核对一行：类别（${Object.values(GROUP_NAMES).join("、")}）、类型、核对内容、应为（文字所说）、实为（表中或算得）、差额（实为减应为）、结果（${VERDICTS}）与文字原句；逐行核对中不符的各行附于其后。`,
      [
        ["编号", "string"],
        ["类别", "string"],
        ["类型", "string"],
        ["所属核对", "string"],
        ["表", "string"],
        ["核对内容", "string"],
        ["单位", "string"],
        ["应为", "number"],
        ["实为", "number"],
        ["差额", "number"],
        ["结果", "string"],
        ["原文位置", "string"],
        ["文字原句", "string"],
      ],
      d.checks.map((c) => [
        c.id,
        GROUP_NAMES[c.group],
        c.kind,
        c.rule ?? "",
        c.tables.join(" "),
        c.description,
        c.unit,
        c.expected,
        c.actual,
        c.difference,
        verdictOf(c),
        c.at.map((a) => (a.page === undefined ? String(a.line) : `${a.page}:${a.line}`)).join(" "),
        c.quote ?? "",
      ]),
    ),
  ];
}

/** A Frictionless Data Package describing the downloads, so tools can load them with types. */
export function dataPackage(d: Disclosure, files: readonly Download[]): string {
  const source = sourceFile(d);
  const pkg = {
    profile: "tabular-data-package",
    name: `${d.year}-${d.slug}-${d.scope}-${d.kind}`,
    title: `${d.department} ${d.year}年${kindName(d)}`,
    description: `${d.department}${d.year}年${kindName(d)}公开的全部数据，由明账从原文逐行读取并核对。金额为原文的精确数字，单位见各文件的列名。`,
    licenses: [TERMS.license],
    sources: [{ title: `${kindName(d)}公开原文`, path: source, ...(d.source.url ? { url: d.source.url } : {}), ...(d.source.published ? { published: d.source.published } : {}) }],
    ...(d.source.publisher ? { contributors: [{ title: d.source.publisher, role: "publisher" }] } : {}),
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
      {
        name: "source",
        path: source,
        title: "原文",
        mediatype: d.source.format === "pdf" ? "application/pdf" : "text/plain",
        ...(d.source.encoding ? { encoding: d.source.encoding } : {}),
        hash: `sha256:${d.source.sha256}`,
      },
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
