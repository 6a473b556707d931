import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { columnName } from "../disclosure/access.ts";
import { kindName, type Disclosure } from "../disclosure/schema.ts";
import { VERDICTS, verdictOf } from "./checks.ts";
import { csvHead, csvLines } from "./csv.ts";
import { TERMS } from "./downloads.ts";
import { overview } from "./overview.ts";
import { baseParam } from "./paths.ts";

/**
 * The whole corpus as data: every amount of every table, every project, indicator, check and
 * paragraph, with the disclosure it belongs to and where it stands. One list of fields per kind
 * of record, from which the CSV files and the SQLite database are both written.
 */

type Value = string | number | null;
interface Field {
  name: string;
  /** the column in the database */
  column: string;
  type: "TEXT" | "INTEGER";
  /** what the column holds, for the schema on the data page and in the database's comments */
  about: string;
}
interface Kind {
  table: string;
  title: string;
  fields: Field[];
  records: (d: Disclosure) => Value[][];
}

const f = (column: string, name: string, type: Field["type"], about: string): Field => ({ column, name, type, about });

/** What every record repeats of its disclosure. */
const OF = [
  f("disclosure", "公开", "TEXT", "所属公开：年度/部门代号[/unit|/final]，即网站上的路径"),
  f("year", "年度", "INTEGER", "预算年度，或决算所属的年度"),
  f("department", "部门", "TEXT", "部门名称（单位公开为单位名称）"),
  f("kind", "类别", "TEXT", "部门预算、单位预算、部门决算或单位决算"),
];
const of = (d: Disclosure): Value[] => [baseParam(d), d.year, d.department, kindName(d)];
const where = [f("page", "原文页码", "INTEGER", "PDF 的页码；文本原文为空"), f("line", "行号", "INTEGER", "文本的行号，或 PDF 页内的行号（按读取时的版面）")];
const at = (r: { page?: number; line: number }): Value[] => [r.page ?? null, r.line];

export const CORPUS: readonly Kind[] = [
  {
    table: "disclosures",
    title: "公开",
    fields: [
      ...OF,
      f("slug", "部门代号", "TEXT", "网址中的部门代号"),
      f("region", "地区", "TEXT", "地区"),
      f("template", "模板", "TEXT", "读取时所用的模板"),
      f("spending", "支出总计（万元）", "TEXT", "收支总表的支出总计，万元，精确换算"),
      f("source_file", "原文文件", "TEXT", "原文文件名"),
      f("source_sha256", "原文SHA-256", "TEXT", "原文文件的 SHA-256"),
      f("source_url", "公开网址", "TEXT", "部门发布原文的网址"),
    ],
    records: (d) => [[...of(d), d.slug, d.region, d.template, overview(d).expenditureTotal, d.source.file, d.source.sha256, d.source.url ?? null]],
  },
  {
    table: "table_rows",
    title: "表格数字",
    fields: [
      ...OF,
      f("table_key", "表", "TEXT", "表的编号（t01 …，按模板）"),
      f("table_title", "表名", "TEXT", "原文印出的表名"),
      f("row_kind", "行类型", "TEXT", "行的类型：item 明细、subtotal 类款小计、total 合计；收支总表另有 subitem、carry（结转结余）等"),
      f("code", "编码", "TEXT", "行的科目编码（类款项已合并）"),
      f("label", "名称", "TEXT", "科目名称，或收支总表的项目"),
      f("column_key", "列", "TEXT", "列在数据模型中的字段名"),
      f("column_name", "列名", "TEXT", "原文印出的列名"),
      f("amount", "金额", "TEXT", "原文印出的金额（去掉千位分隔符），精确；空格为空"),
      f("unit", "单位", "TEXT", "元或万元，即原表的单位"),
      ...where,
    ],
    records: (d) =>
      d.tables.flatMap((t) => {
        if (t.shape === "grid") {
          return t.rows.flatMap((row) => {
            const [subject] = Object.values(row.subjects);
            const label = subject?.name ?? Object.values(row.texts)[0] ?? "";
            return t.columns.filter((c) => c.kind === "amount").map((c) => [...of(d), t.key, t.title, row.kind, subject?.code ?? "", label, c.key, columnName(c), row.amounts[c.key] ?? null, t.unit, ...at(row)]);
          });
        }
        if (t.shape === "statement") {
          return (["income", "expenditure"] as const).flatMap((side) =>
            t[side].flatMap((row) => t.columns[side].filter((c) => c.kind === "amount").map((c) => [...of(d), t.key, t.title, row.kind, "", row.label, `${side}.${c.key}`, `${side === "income" ? "收入" : "支出"}/${columnName(c)}`, row.amounts[c.key] ?? null, t.unit, ...at(row)])),
          );
        }
        return [];
      }),
  },
  {
    table: "projects",
    title: "项目",
    fields: [
      ...OF,
      f("project", "项目编号", "TEXT", "项目页的编号：项目编码，或 p1、p2 …"),
      f("code", "项目编码", "TEXT", "项目编码（原文印有时）"),
      f("name", "项目名称", "TEXT", "项目名称"),
      f("agency", "预算单位", "TEXT", "列出项目的预算单位（原表逐行印出单位名称时）"),
      f("total", "项目总额", "TEXT", "精确，单位见“单位”列"),
      f("fiscal", "财政资金", "TEXT", "精确，单位见“单位”列"),
      f("other", "其他资金", "TEXT", "精确，单位见“单位”列"),
      f("unit", "单位", "TEXT", "元或万元，即项目表的单位"),
      ...where,
    ],
    records: (d) => d.projects.map((p) => [...of(d), p.id, p.code ?? null, p.name, p.agency ?? null, p.total, p.fiscalFunds, p.otherFunds, overview(d).projectUnit, ...at(p)]),
  },
  {
    table: "indicators",
    title: "绩效指标",
    fields: [
      ...OF,
      f("project", "项目编号", "TEXT", "所属项目的编号；部门整体绩效指标为空"),
      f("level1", "一级指标", "TEXT", "一级指标"),
      f("level2", "二级指标", "TEXT", "二级指标"),
      f("level3", "三级指标", "TEXT", "三级指标：衡量的内容"),
      f("operator", "性质", "TEXT", "≥ ≤ = > < ≠，或定性"),
      f("value", "指标值", "TEXT", "原文所写"),
      f("measure", "度量单位", "TEXT", "度量单位"),
      f("actual", "实际完成值", "TEXT", "绩效自评表所填的实际完成值；绩效目标表为空"),
      ...where,
    ],
    records: (d) => [
      ...d.projects.flatMap((p) => p.indicators.map((i) => [...of(d), p.id, i.level1, i.level2, i.level3, i.operator, i.value, i.unit, i.actual ?? null, ...at(i)])),
      ...d.overallIndicators.map((i) => [...of(d), null, i.level1, i.level2, i.level3, i.operator, i.value, i.unit, null, ...at(i)]),
    ],
  },
  {
    table: "checks",
    title: "核对",
    fields: [
      ...OF,
      f("check", "编号", "TEXT", "核对编号，即核对结果页上的锚点"),
      f("finding_group", "核对类别", "TEXT", "tables 表格自身、narrative 文字与表格、completeness 完整性"),
      f("description", "核对内容", "TEXT", "核对的内容"),
      f("unit", "单位", "TEXT", "元、万元、%、年或个"),
      f("expected", "应为", "TEXT", "原文印出的数（文字核对中为文字所说）"),
      f("actual", "实为", "TEXT", "各部分之和（文字核对中为表中的数或算得的数）"),
      f("difference", "差额", "TEXT", "实为减应为"),
      f("result", "结果", "TEXT", `${VERDICTS}（取整差：差额在四舍五入范围内；截尾差：文字截去了尾数）`),
      f("quote", "文字原句", "TEXT", "文字核对所读的原句"),
    ],
    records: (d) => d.checks.map((c) => [...of(d), c.id, c.group, c.description, c.unit, c.expected, c.actual, c.difference, verdictOf(c), c.quote ?? null]),
  },
  {
    table: "narrative",
    title: "文字说明",
    fields: [...OF, f("section", "节", "TEXT", "节的编号"), f("section_title", "节名", "TEXT", "原文印出的标题"), f("text", "段落", "TEXT", "一段（文字中的表格行，各格以空格相连）"), ...where],
    records: (d) => d.narrative.flatMap((s) => s.paragraphs.map((p) => [...of(d), s.id, s.title, p.text, ...at(p)])),
  },
];

/** A kind of record's CSV file: for all years, or for one. */
const csvName = (kind: Kind, year?: number) => `${kind.table}${year === undefined ? "" : `-${year}`}.csv`;

/** A kind of record's CSV files: for all years, then for each year. */
const csvNames = (kind: Kind, years: readonly number[]) => [csvName(kind), ...years.map((year) => csvName(kind, year))];

/** The files of the corpus of the given years: each kind of record's CSV files, the database, datapackage.json. */
export function corpusFileNames(years: readonly number[]): string[] {
  return [...CORPUS.flatMap((kind) => csvNames(kind, years)), "mingzhang.sqlite", "datapackage.json"];
}

/**
 * Writes the corpus into a folder a disclosure at a time, holding none of them: each kind of
 * record is appended to its CSV file for all years and to its year's, and inserted into the
 * database, a table per kind, amounts as exact TEXT (a REAL would round them). The database is
 * built in a temporary file and vacuumed, so the same records in the same order give the same bytes.
 * Disclosures are to be added in the site's order (byYearAndDepartment), `years` newest first.
 */
export class CorpusWriter {
  private readonly folder: string;
  private readonly work: string;
  private readonly db: DatabaseSync;
  private readonly inserts: StatementSync[];

  constructor(folder: string, years: readonly number[]) {
    this.folder = folder;
    mkdirSync(folder, { recursive: true });
    for (const kind of CORPUS) {
      const head = csvHead(kind.fields.map((field) => field.name));
      for (const name of csvNames(kind, years)) writeFileSync(join(folder, name), head);
    }
    this.work = mkdtempSync(join(tmpdir(), "mingzhang-sqlite-"));
    this.db = new DatabaseSync(join(this.work, "mingzhang.sqlite"));
    this.db.exec("PRAGMA journal_mode = OFF; PRAGMA page_size = 4096;");
    this.db.exec("BEGIN");
    this.inserts = CORPUS.map((kind) => {
      this.db.exec(`CREATE TABLE ${kind.table} (${kind.fields.map((field) => `"${field.column}" ${field.type}`).join(", ")})`);
      return this.db.prepare(`INSERT INTO ${kind.table} VALUES (${kind.fields.map(() => "?").join(", ")})`);
    });
  }

  add(d: Disclosure): void {
    CORPUS.forEach((kind, k) => {
      const records = kind.records(d);
      const lines = csvLines(records);
      appendFileSync(join(this.folder, csvName(kind)), lines);
      appendFileSync(join(this.folder, csvName(kind, d.year)), lines);
      for (const record of records) this.inserts[k]!.run(...record);
    });
  }

  close(): void {
    try {
      this.db.exec("COMMIT");
      this.db.exec("VACUUM");
      this.db.close();
      copyFileSync(join(this.work, "mingzhang.sqlite"), join(this.folder, "mingzhang.sqlite"));
      writeFileSync(join(this.folder, "datapackage.json"), corpusPackage());
    } finally {
      rmSync(this.work, { recursive: true, force: true });
    }
  }
}

/** A Frictionless Data Package of the corpus's CSV files (all years), each with its fields. */
export function corpusPackage(): string {
  const pkg = {
    profile: "tabular-data-package",
    name: "mingzhang-corpus",
    title: "明账：全部公开的数据",
    description: TERMS.text,
    licenses: [TERMS.license],
    resources: CORPUS.map((kind) => ({
      name: kind.table.replaceAll("_", "-"),
      path: `${kind.table}.csv`,
      title: kind.title,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: { fields: kind.fields.map((field) => ({ name: field.name, type: field.type === "INTEGER" ? "integer" : "string", description: field.about })) },
    })),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
