import { regionOf } from "../disclosure/regions.ts";
import type { Kind, Scope } from "../disclosure/schema.ts";
import type { Role } from "../disclosure/tables.ts";
import { headerName } from "../parse/header.ts";
import { soleCell } from "../parse/sections.ts";
import { compact } from "../parse/text.ts";
import type { DocLine } from "../source/document.ts";
import { nationalCrossChecks } from "./national-checks.ts";
import { NATIONAL_FIGURES } from "./national-figures.ts";
import type { FormDef, GridDef, HeadingMatch, NarrativeDef, Read, StatementDef, TableDef, Template } from "./types.ts";
import { NATIONAL_SET, roleOfTitle, tableNumber, titleCore, type RoleVocabulary } from "./vocabulary.ts";

/**
 * Any region's 部门预算 or 部门决算 that prints the national table set, read by the vocabulary of
 * that set (vocabulary.ts): each table found by its title, its columns by their headers, in any
 * order and with any number. A table the set does not name is kept as printed. The text around the
 * tables is kept in the parts its numbered headings make.
 */

const UNITS = ["万元", "元"] as const;

/** A role's vocabulary as a definition the readers take, for a budget's table or a 决算's. */
function definition(vocabulary: RoleVocabulary, kind: Kind = "budget"): TableDef {
  const base = { key: "t00", role: vocabulary.role, label: "", titles: [], units: UNITS, optional: true, open: true, groups: vocabulary.groups } as const;
  if (vocabulary.shape === "statement" && vocabulary.sides) {
    const def: StatementDef = {
      ...base,
      shape: "statement",
      sides: {
        // each side its own columns: a reader tells a column's side by the definition it matched
        income: { headers: ["收入", "本年收入", "财政拨款收入", "收入项目"], columns: vocabulary.sides.income.map((c) => ({ ...c })) },
        expenditure: { headers: ["支出", "本年支出", "财政拨款支出", "支出项目"], columns: vocabulary.sides.expenditure.map((c) => ({ ...c })) },
      },
      lines: vocabulary.lines ?? [],
      ...(vocabulary.sums ? { sums: vocabulary.sums } : {}),
    };
    return def;
  }
  const def: GridDef = {
    ...base,
    shape: "grid",
    columns: kind === "final" && vocabulary.finalColumns ? [...vocabulary.finalColumns, ...vocabulary.columns] : vocabulary.columns,
    ...(vocabulary.sums ? { sums: vocabulary.sums } : {}),
    ...(vocabulary.hierarchy ? { hierarchy: vocabulary.hierarchy } : {}),
    ...(vocabulary.restart ? { restart: vocabulary.restart } : {}),
    ...(vocabulary.balance ? { balance: vocabulary.balance } : {}),
  };
  return def;
}

const DEFINITIONS = new Map<Role, TableDef>(NATIONAL_SET.map((vocabulary) => [vocabulary.role, definition(vocabulary)]));
/** The definitions a 决算 reads differently (its “三公” table's 预算数 beside its 决算数). */
const FINAL_DEFINITIONS = new Map<Role, TableDef>(NATIONAL_SET.filter((v) => v.finalColumns).map((vocabulary) => [vocabulary.role, definition(vocabulary, "final")]));

/** A table the set does not name, read as a grid of whatever columns it prints. */
export const OTHER: GridDef = {
  key: "t00",
  role: "other",
  label: "",
  titles: [],
  units: UNITS,
  optional: true,
  repeated: true,
  open: true,
  shape: "grid",
  columns: NATIONAL_SET.filter((v) => v.shape === "grid").flatMap((v) => v.columns).filter((column, i, all) => all.findIndex((c) => c.key === column.key && c.kind === column.kind && c.level === column.level) === i),
};

/** One project's performance form, printed once per project: every one is read into the project it states. */
const FORM: FormDef = { key: "t00", role: "projects", label: "项目绩效目标表", titles: [], units: UNITS, optional: true, repeated: true, open: true, shape: "form" };
/** A form's title: the project's name, then 项目绩效目标表, 绩效自评表 … */
const FORM_TITLE = /绩效(?:目标|自评)(?:申报|填报)?表$/;

/** A line that names a table: a title of the set, or a short line that ends in 表 (its qualifier aside). */
const TABLE_TITLE = /表(?:[(（][^()（）]{1,16}[)）])?$/;
const SENTENCE = /[，。；！？,;]/;

function heading(text: string): HeadingMatch | undefined {
  const core = titleCore(text);
  if (core === "") return undefined;
  const { label, title } = tableNumber(text);
  const found = roleOfTitle(text);
  if (found) return { def: ((found.kind === "final" && FINAL_DEFINITIONS.get(found.vocabulary.role)) || DEFINITIONS.get(found.vocabulary.role)) as TableDef, title, ...(label ? { label } : {}) };
  if (compact(text).length > 60 || SENTENCE.test(text) || !TABLE_TITLE.test(compact(text))) return undefined;
  return { def: FORM_TITLE.test(compact(text)) ? FORM : OTHER, title, ...(label ? { label } : {}) };
}

/**
 * The role whose columns a line of the text names, every cell of it (二级预算单位名称 | 一级项目名称 |
 * 预算数（万元） | 绩效目标): the header of a table printed in the text without a title.
 */
function headerOf(cells: readonly string[]): TableDef | undefined {
  const named = cells.filter((cell) => cell !== "").map(headerName);
  if (named.length < 3 || named.length !== cells.length) return undefined;
  const columnOf = (v: RoleVocabulary, name: string) => v.columns.find((c) => c.headers.some((h) => h.length === 1 && headerName(h[0] ?? "") === name));
  // a table of figures: a column of amounts among them (an indicator list in the text is the text's)
  const vocabulary = NATIONAL_SET.find((v) => v.shape === "grid" && named.every((name) => columnOf(v, name)) && named.some((name) => columnOf(v, name)?.kind === "amount"));
  return vocabulary && DEFINITIONS.get(vocabulary.role);
}

/** A numbered heading of the text: 第一部分…, 一、…, short and without a sentence's punctuation. */
const NUMBERED = String.raw`(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*、)`;
const part = (id: string, kind: NarrativeDef["kind"], words: string): NarrativeDef => ({ id, kind, titles: [new RegExp(`^${NUMBERED}\\s*[^，。；：:！？]{0,30}(?:${words})[^，。；：:！？]{0,24}$`)] });

const NARRATIVE: NarrativeDef[] = [
  { id: "glossary", kind: "glossary", titles: [new RegExp(`^(?:${NUMBERED}\\s*)?名词解释$`)] },
  part("functions", "functions", "职能|职责|部门概况|单位概况|基本概况|基本情况"),
  part("organization", "organization", "机构设置|单位构成|预算单位构成|决算单位构成|机构情况"),
  part("performance", "performance", "绩效"),
  part("other", "other", "其他|“三公”|三公|机关运行经费|政府采购|国有资产|资产占用|资产占有|委托业务费"),
  part("explanation", "explanation", "说明|情况|总体|预算|决算|收入|支出|财政拨款"),
];

/** A part that holds the tables: 第二部分 2026年部门预算表, 二、表格部分 … */
const DIVIDERS = [new RegExp(`^${NUMBERED}.{0,30}(?:预算表|决算表|报表|公开表|表格部分|表格)$`), /^(?:\d{4}年度?)?.{0,20}部门(?:预算|决算)表$/];

/** The cover's words for what a document is: …2026年度部门预算, 2026年市级单位预算. */
const WHAT = /(\d{4})\s*年度?.{0,30}?(部门|单位)(?:综合)?(预算|决算)/;
const WHO_LABELS = new Set(["部门名称", "单位名称", "编制单位", "编制部门", "预算单位", "预算部门", "部门", "单位", "主管部门"]);

/** The document's identity, from its cover, the names above its tables and its tables' titles. */
function identify(read: Read, diagnostics: Parameters<Template["identify"]>[1]): ReturnType<Template["identify"]> {
  const cover = read.front.flatMap((line) => soleCell(line) ?? line.cells.filter(Boolean)).map(compact);
  const joined = cover.slice(0, 12).join("");
  const what = WHAT.exec(joined);
  // the name the tables print above them, the one printed most often
  const counts = new Map<string, number>();
  for (const named of read.names ?? []) if (WHO_LABELS.has(named.label)) counts.set(named.value, (counts.get(named.value) ?? 0) + 1);
  const printed = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onCover = coverName(joined);
  const department = printed ?? onCover;
  const summary = read.tables.find((t) => t.role === "summary");
  const kind: Kind | undefined = (summary && roleOfTitle(summary.title)?.kind) ?? (what?.[3] === "决算" ? "final" : what?.[3] === "预算" ? "budget" : undefined);
  const year = Number(what?.[1] ?? read.tables.map((t) => /(\d{4})\s*年/.exec(t.title)?.[1]).find(Boolean) ?? 0);
  const scope: Scope = what?.[2] === "单位" || read.tables.some((t) => /^(?:\d{4}年度?)?预算单位/.test(t.title)) ? "unit" : "department";
  const at = read.front[0] ?? read.tables[0] ?? { line: 1 };
  const seen = `封面见到“${cover.slice(0, 4).join("”“") || "（无）"}”`;
  if (!department) diagnostics.add(at, "template", `应能读到部门名称（封面的“某某2026年部门预算”，或表上的“部门名称：”“单位名称：”“编制单位：”），未见到；${seen}`);
  if (!year) diagnostics.add(at, "template", `应能读到年度（封面或表名中的“2026年”），未见到；${seen}`);
  if (!kind) diagnostics.add(at, "template", `应能读到是预算还是决算（封面的“部门预算”“部门决算”，或收支总表的表名），未见到；${seen}`);
  return { department: department ?? "", year, kind: kind ?? "budget", scope, region: regionOf(department ?? "") ?? "" };
}

/** The department a cover names: the words before or after its year, without 部门预算公开 and the like. */
function coverName(cover: string): string | undefined {
  const text = cover.replace(/(?:部门|单位)(?:综合)?(?:预算|决算)(?:公开|信息公开|说明)?.*$/, "").replace(/\d{4}\s*年度?/, "|");
  return text
    .split("|")
    .map((s) => s.replace(/^(?:上海市|北京市|天津市|重庆市)?\d*$/, "").trim())
    .filter((s) => s.length >= 3 && /(?:局|委|办|院|会|部|厅|署|中心|政府|办公室|街道|镇|乡|所|站|馆|校|学|团|社|处|室|队|委员会|法院|检察院)/.test(s))
    .sort((a, b) => b.length - a.length)[0];
}

export const national: Template = {
  id: "national",
  name: "全国通用的部门预算、决算公开表（收支总表 … “三公”经费支出表，及各地增加的表）",
  // a 收支总表's title, on a line of its own or after its number on the line before; or a cover that
  // says what it is (a 情况说明 published apart from its tables is read for its text)
  recognise: (lines: readonly DocLine[]) =>
    WHAT.test(lines.filter((line) => (line.page ?? 1) === 1).slice(0, 12).flatMap((line) => soleCell(line) ?? []).map(compact).join("")) ||
    lines.some((line, i) => {
      const text = soleCell(line);
      const next = lines[i + 1];
      const joined = text !== undefined && next ? `${text}${soleCell(next) ?? ""}` : undefined;
      return [text, joined].some((t) => t !== undefined && roleOfTitle(t)?.vocabulary.role === "summary");
    }),
  heading,
  headerOf,
  tables: [...DEFINITIONS.values(), ...FINAL_DEFINITIONS.values(), FORM, OTHER],
  narrative: NARRATIVE,
  dividers: DIVIDERS,
  front: "until-heading",
  contents: "until-heading",
  identify,
  crossChecks: nationalCrossChecks,
  narrativeFigures: NATIONAL_FIGURES,
};
