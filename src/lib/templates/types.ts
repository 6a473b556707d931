import type { Named } from "../parse/context.ts";
import type { Diagnostics } from "../parse/errors.ts";
import type { DocLine } from "../source/document.ts";
import type { Amount, Unit } from "../disclosure/money.ts";
import type { Location } from "../disclosure/location.ts";
import type { Check, Kind, Scope } from "../disclosure/schema.ts";
import type { NarrativeKind } from "../disclosure/narrative.ts";
import type { ColumnKind, Role, StatementLine, Table, TableKey } from "../disclosure/tables.ts";

/**
 * A column as a template defines it. Its header is matched against the printed one by name, never
 * by position: the printed header path must end with one of `headers`.
 */
export interface ColumnDef {
  /** the row's field (amounts.<key>, subjects.<key>, texts.<key>); code, code parts and name of one subject share it */
  readonly key: string;
  readonly kind: ColumnKind;
  /** accepted headers, each the innermost names of a printed header path: [["基本支出", "小计"]] */
  readonly headers: readonly (readonly string[])[];
  /** a printing may leave it out */
  readonly optional?: boolean;
  /** code-part columns: 1 类, 2 款, 3 项 */
  readonly level?: 1 | 2 | 3;
  /** tables printed in halves (or blocks) side by side: which one, from the left */
  readonly half?: number;
}

interface TableDefBase {
  readonly key: TableKey;
  readonly role: Role;
  /** 表号 as pages name the table: 预算03表, 表3 */
  readonly label: string;
  /** the table's heading as printed, whole line; a `title` group, if any, is the 表名 */
  readonly titles: readonly RegExp[];
  /** 金额单位 the table may print */
  readonly units: readonly Unit[];
  /** a disclosure may leave the table out */
  readonly optional?: boolean;
  /** printed once per item (a project's form): every one is read */
  readonly repeated?: boolean;
  /**
   * Labels printed above columns that name no column themselves (功能分类科目, 预算数 …). A printed
   * header path is its groups and then a column's header: a label that is neither stops the table.
   */
  readonly groups?: readonly string[];
  /**
   * A table of the national set as any region prints it: its header is the lines above its first
   * row of figures, a column the definition does not name is kept as printed (its own key, c1, c2 …,
   * by its place), and a row needs no code.
   */
  readonly open?: boolean;
}

/** A table of rows under one header. */
export interface GridDef extends TableDefBase {
  readonly shape: "grid";
  readonly columns: readonly ColumnDef[];
  /** identities every row keeps: [total, parts], e.g. ["total", ["basic", "project"]] */
  readonly sums?: readonly (readonly [string, readonly string[]])[];
  /** the subject whose codes nest (类 → 款 → 项): a row with rows under it is a subtotal */
  readonly hierarchy?: string;
  /** the subject whose codes, sorted within a group, begin again where a new group starts (预算05表's units) */
  readonly restart?: string;
  /** labels of a total row, by half where the table is printed in halves */
  readonly totals?: readonly string[];
  /** the balance every row keeps: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 */
  readonly balance?: { readonly opening: string; readonly income: string; readonly spending: string; readonly closing: string };
}

/** A line of a 收支总表 that the template names. Lines it does not name are items (or their parts). */
export interface LineDef {
  readonly side: "income" | "expenditure";
  readonly kind: Exclude<StatementLine, "item" | "subitem" | "detail" | "carry-item">;
  readonly labels: readonly string[];
  /** every printing has it */
  readonly required?: boolean;
}

/** 收支总表: 收入 on the left, 支出 on the right, each side its own columns. */
export interface StatementDef extends TableDefBase {
  readonly shape: "statement";
  readonly sides: {
    readonly [side in "income" | "expenditure"]: {
      /** the printed label over the side's columns: 收入, 本年收入 … */
      readonly headers: readonly string[];
      readonly columns: readonly ColumnDef[];
    };
  };
  readonly lines: readonly LineDef[];
  /** identities every row of a side keeps, as for grids */
  readonly sums?: readonly (readonly [string, readonly string[]])[];
}

/**
 * Tables with a reader of their own shape: projects with their indicators (a table of them, or a
 * form per project), the department's performance form.
 */
export interface FormDef extends TableDefBase {
  readonly shape: "projects" | "overall" | "form";
  /** the printed header's columns, checked by name even where rows are read by their content */
  readonly columns?: readonly ColumnDef[];
}

export type TableDef = GridDef | StatementDef | FormDef;

/** Who published what: read from the document by its template. */
export interface Identity {
  department: string;
  year: number;
  kind: Kind;
  scope: Scope;
  region: string;
}

/** What a template's reader hands on: the tables it read, and the document's cover (its front lines). */
export interface Read {
  tables: readonly Table[];
  front: readonly DocLine[];
  /** whose the tables say they are, as printed above them (部门名称：…), in printed order */
  names?: readonly Named[];
}

/** A part of the document's text: 主要职能, 机构设置, 编制说明 … */
export interface NarrativeDef {
  /** the section's anchor on the site; repeated sections are numbered: project-1, project-2 … */
  readonly id: string;
  readonly kind: NarrativeKind;
  /** the heading as printed, whole line (a heading that wraps is read with its next line) */
  readonly titles: readonly RegExp[];
  /** printed once per item (a project's 经费情况说明): every one is a section */
  readonly repeated?: boolean;
}

/** A figure of a table as a narrative check reads it: its value, unit and place, and its name in a sentence. */
export interface TableFigure {
  value: Amount | null | undefined;
  unit: Unit;
  table: TableKey;
  at: Location;
  /** 收支总表的收入总计 */
  name: string;
}

/** A figure the text of a template's disclosures states, and the table figure it must equal. */
export interface NarrativeFigure {
  /** ASCII, for the check's id: income-total */
  readonly id: string;
  /** what the text calls it: 收入预算 */
  readonly name: string;
  /** where a sentence states it, the amount (in 万元) in the group `amount`; matched against text without thousands separators */
  readonly pattern: RegExp;
  /** the parts of the text it is read in; all, where absent */
  readonly sections?: readonly NarrativeKind[];
  figure(read: { tables: readonly Table[]; year: number }): TableFigure | undefined;
  /**
   * Wholes the figure is also a part of: where the sentence before it, or its own sentence before
   * it, names one (其中：基本支出… after a sentence on 一般公共预算财政拨款支出), it is that whole's part.
   */
  readonly partOf?: readonly { readonly whole: RegExp; figure(read: { tables: readonly Table[]; year: number }): TableFigure | undefined }[];
}

/** A table's heading as a template reads it: the definition it names, and its 表名 as printed. */
export interface HeadingMatch {
  def: TableDef;
  title: string;
  /** 表号 as printed (公开01表, 表1), where the heading prints one */
  label?: string;
}

export interface Template {
  readonly id: string;
  /** what the template is, for messages: 北京市部门预算（预算01表 … 预算13表） */
  readonly name: string;
  /** whether a document is of this template, from its lines (its headings, its cover) */
  recognise(lines: readonly DocLine[]): boolean;
  readonly tables: readonly TableDef[];
  /**
   * The table a line heads, by the set's vocabulary (and a region's own titles): tables are numbered
   * in the order printed (t01, t02 …), and a heading counts only where a table follows it.
   */
  heading(text: string): HeadingMatch | undefined;
  /**
   * The table a line of the text heads where the table is printed in the text under no title of its
   * own (深圳's 重点项目 goals in 第七部分): its cells are every header of a role's columns.
   */
  headerOf?(cells: readonly string[]): TableDef | undefined;
  /** the parts of its text; a template without them has only tables */
  readonly narrative?: readonly NarrativeDef[];
  /** lines before the first heading that are the document's own: its cover, its whole first page, or all of them */
  readonly front?: readonly RegExp[] | "first-page" | "until-heading";
  /** headings of parts that hold other parts (第二部分…决算表): structure, not text of their own */
  readonly dividers?: readonly RegExp[];
  /**
   * Where a table of contents (after 目录) ends: at the first heading after its page, or where its
   * first entry repeats (when the entries are the headings themselves, as in a 决算).
   */
  readonly contents?: "until-heading" | "until-repeat";
  /** department, year, kind, scope and region, as the document states them; problems are reported */
  identify(read: Read, diagnostics: Diagnostics): Identity;
  /** the checks across tables the template allows */
  crossChecks(read: Read): Check[];
  /** the figures its text states, each checked against its table */
  readonly narrativeFigures?: readonly NarrativeFigure[];
}
