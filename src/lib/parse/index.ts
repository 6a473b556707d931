import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { disclosure as disclosureSchema, type Disclosure, type OverallIndicator, type Project } from "../disclosure/schema.ts";
import { locationOf } from "../disclosure/location.ts";
import { nthTableKey, type GridTable, type Role, type Table } from "../disclosure/tables.ts";
import { runChecks } from "../findings/index.ts";
import type { Document } from "../source/document.ts";
import { readPdf } from "../source/pdf.ts";
import { readText } from "../source/text.ts";
import { recognise } from "../templates/index.ts";
import { ANCHOR_TITLES } from "../templates/vocabulary.ts";
import { clip, TableContext, type Named, type Section } from "./context.ts";
import { Diagnostics, ParseError, ParseFailure } from "./errors.ts";
import { readForm } from "./form.ts";
import { isForm, projectsOfGrid, readProjectForm } from "./project-form.ts";
import { OTHER } from "../templates/national.ts";
import { readGrid } from "./grid.ts";
import { readManifest, type Manifest } from "./manifest.ts";
import { readNarrative } from "./narrative.ts";
import { readOverall } from "./overall.ts";
import { readProjects } from "./projects.ts";
import { IN_TEXT, soleCell, splitSections } from "./sections.ts";
import { readStatement } from "./statement.ts";
import { compact } from "./text.ts";

export { ParseError, ParseFailure };

/**
 * A disclosure read into lines → its validated model, checks included. The template is recognised
 * from the document; every structural problem of the file is collected and thrown together as a
 * ParseFailure; disagreements between the disclosure's own figures are not problems but findings,
 * in `checks`.
 */
export function parseDocument(doc: Document, bytes: Uint8Array, file: string, manifest: Manifest = {}): Disclosure {
  const diagnostics = new Diagnostics(file);
  const template = recognise(doc.lines);
  if (!template) {
    const found = doc.lines.flatMap((line) => soleCell(line) ?? []).slice(0, 3);
    diagnostics.add(doc.lines[0] ?? 1, "template", `不是能读取的预决算公开：应有一张${ANCHOR_TITLES}，未见到；开头见到“${clip(found.join("”“"), 120)}”`);
    diagnostics.throwIfAny();
    throw new Error("unreachable");
  }
  const split = splitSections(doc.lines, template, diagnostics);
  const sections = split.tables;
  // every table that is there is read, even where another is missing: one run reports every problem
  const tables: Table[] = [];
  let projects: Project[] = [];
  let overallIndicators: OverallIndicator[] = [];
  const names: Named[] = [];
  // projects a 项目支出表 lists by their funds: the disclosure's projects where it prints no table of them with their goals
  let listed: Project[] = [];
  // projects a table in the text gives the goals of (深圳's 第七部分), joined to the ones listed by name
  const inText: Project[] = [];
  // tables read beside the printed ones (a 收支总表's side printed again), numbered after them
  const also: Table[] = [];
  // forms printed once per project that could not be read, kept as printed: one table of them all
  let forms: GridTable | undefined;
  for (const section of sections) {
    // a form printed once per project is one table of the model, its projects numbered in order
    const read = readSection(section, diagnostics, names, projects.length + 1);
    if (read.table?.shape === "grid" && read.table.asPrinted && section.def.shape === "form") {
      forms = forms ? { ...forms, rows: [...forms.rows, ...read.table.rows], columns: widest(forms, read.table) } : read.table;
      continue;
    }
    if (read.table && !tables.some((t) => t.key === read.table?.key)) tables.push(read.table);
    also.push(...(read.also ?? []));
    if (read.projects && section.label === IN_TEXT) inText.push(...read.projects);
    else if (read.projects && read.table?.role !== "project-expenditure") projects = [...projects, ...read.projects];
    if (read.projects && read.table?.role === "project-expenditure") listed = [...listed, ...read.projects];
    if (read.indicators) overallIndicators = read.indicators;
  }
  if (projects.length === 0) projects = listed;
  projects = withGoals(projects, inText);
  // beside the forms that were read, under a number of its own
  if (forms && !tables.some((t) => t.key === forms?.key)) {
    // in its printed place
    const after = tables.findIndex((t) => t.key > forms!.key);
    tables.splice(after < 0 ? tables.length : after, 0, forms);
  } else if (forms) also.push(forms);
  for (const table of also) tables.push({ ...table, key: nthTableKey(Math.max(...tables.map((t) => Number(t.key.slice(1)))) + 1) });
  const identity = template.identify({ tables, front: split.front, names }, diagnostics);
  diagnostics.throwIfAny();
  const model = {
    slug: manifest.slug ?? slugOf(file),
    ...identity,
    template: template.id,
    source: {
      // the name only: the model must not depend on where the seeds were checked out
      file: basename(file),
      sha256: createHash("sha256").update(bytes).digest("hex"),
      format: doc.format,
      ...(doc.encoding ? { encoding: doc.encoding } : {}),
      lines: doc.lineCount,
      ...(doc.pages ? { pages: doc.pages } : {}),
      ...(manifest.url ? { url: manifest.url } : {}),
      ...(manifest.publisher ? { publisher: manifest.publisher } : {}),
      ...(manifest.published ? { published: manifest.published } : {}),
    },
    tables,
    projects,
    overallIndicators,
    narrative: readNarrative(split.narrative),
  };
  return disclosureSchema.parse({ ...model, checks: runChecks(model, template, new Map(sections.map((s) => [s.key, s.def]))) });
}

/**
 * Tables no check across the set reads: projects with their performance goals, a department's
 * overall goals, a table the set does not name. Regions lay them out in endless ways (北京's 报表
 * spread a project's merged cells over pages); where one cannot be read by rows and columns it is
 * kept as printed, saying why and where, rather than costing the whole document.
 */
const KEPT_AS_PRINTED: ReadonlySet<Role> = new Set(["projects", "overall-performance", "other"]);

/** A section read by its reader, or, for a table kept as printed, its lines as they are. */
function readSection(section: Section, diagnostics: Diagnostics, names: Named[], next: number): ReturnType<typeof readTable> {
  if (!KEPT_AS_PRINTED.has(section.def.role)) return readTable(new TableContext(section, diagnostics, names), next);
  const own = new Diagnostics(diagnostics.file);
  const read = readTable(new TableContext(section, own, names), next);
  const [problem] = own.errors;
  return problem ? { table: asPrinted(section, problem) } : read;
}

/** A table as printed: every line with text a row of its cells, in columns numbered from the left. */
export function asPrinted(section: Section, problem: ParseError): GridTable {
  const lines = section.lines.filter((line) => line.cells.some((cell) => cell.trim() !== ""));
  const width = Math.max(1, ...lines.map((line) => line.cells.length));
  const key = (c: number) => `c${c + 1}`;
  return {
    shape: "grid",
    key: section.key,
    role: "other",
    label: section.label,
    title: section.title,
    unit: section.def.units[0] ?? "元",
    ...locationOf(section.at),
    columns: Array.from({ length: width }, (_, c) => ({ key: key(c), kind: "text" as const, header: [`第 ${c + 1} 格`] })),
    rows: lines.map((line) => ({
      kind: "item" as const,
      subjects: {},
      amounts: {},
      texts: Object.fromEntries(line.cells.flatMap((cell, c) => (cell.trim() === "" ? [] : [[key(c), cell.trim()]]))),
      ...locationOf(line),
    })),
    asPrinted: { reason: problem.detail, ...(section.def.role === "other" ? {} : { role: section.def.role }), line: problem.line, ...(problem.page === undefined ? {} : { page: problem.page }) },
  };
}

/**
 * The goals a table in the text states (重点项目绩效目标情况) given to the projects of the same name
 * that have none; a project only the text's table names is a project of its own.
 */
function withGoals(projects: readonly Project[], stated: readonly Project[]): Project[] {
  const byName = new Map(stated.map((p) => [compact(p.name), p]));
  const joined = projects.map((p) => {
    const goals = byName.get(compact(p.name));
    byName.delete(compact(p.name));
    return goals && p.goal.length === 0 ? { ...p, goal: goals.goal, goalAt: locationOf(goals), ...(p.agency || !goals.agency ? {} : { agency: goals.agency }) } : p;
  });
  return [...joined, ...[...byName.values()].map((p, i) => ({ ...p, id: `p${projects.length + i + 1}` }))];
}

/** The columns of the wider of two tables kept as printed. */
const widest = (a: GridTable, b: GridTable) => (b.columns.length > a.columns.length ? b.columns : a.columns);

/** One table's section read by the reader of its shape; a table that cannot be read is reported, and left out. */
export function readTable(ctx: TableContext, next = 1): { table?: Table; projects?: Project[]; indicators?: OverallIndicator[]; also?: Table[] } {
  const { def } = ctx.section;
  switch (def.shape) {
    case "grid": {
      const table = readGrid(ctx, def);
      // as any region prints it, a table of projects lists each with its goal and indicators; a 项目支出表 each with its funds
      return { table, ...(table && def.open && (def.role === "projects" || def.role === "project-expenditure") ? { projects: projectsOfGrid(table, next, def.role === "project-expenditure") } : {}) };
    }
    case "statement": {
      const read = readStatement(ctx, def);
      return { table: read.table, also: read.blocks };
    }
    case "projects": {
      const read = readProjects(ctx, def.columns ?? []);
      return { table: read.table, projects: read.projects };
    }
    case "form": {
      // a table titled as a project's form that holds no form (a department's 绩效自评表) is kept as printed
      if (def.open && !isForm(ctx.section.lines)) return { table: readGrid(new TableContext({ ...ctx.section, def: OTHER }, ctx.diagnostics, ctx.names), OTHER) };
      const read = def.open ? readProjectForm(ctx, next) : readForm(ctx, next);
      return { table: read.table, projects: read.project ? [read.project] : [] };
    }
    case "overall": {
      const read = readOverall(ctx);
      return { table: read.table, indicators: read.indicators };
    }
  }
}

/** The text of a disclosure, as bytes, → its model. */
export function parseText(bytes: Uint8Array, file: string, manifest: Manifest = {}): Disclosure {
  return parseDocument(readText(bytes, file), bytes, file, manifest);
}

/** The file name made a URL slug: "000_A305.txt" → "000-a305". */
export function slugOf(file: string): string {
  return basename(file).replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "disclosure";
}

/** The kinds of file the parser reads, by extension. */
export const SOURCE_EXTENSIONS = [".txt", ".pdf"] as const;

/**
 * Reads and parses one file; errors name the path as given. A manifest beside it,
 * <name>.meta.json, names the department in URLs and says where the source was published.
 */
export async function parseFile(path: string): Promise<Disclosure> {
  const refuse = (detail: string): never => {
    throw new ParseFailure([new ParseError(path, { line: 1 }, "not-a-source", detail)]);
  };
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return refuse("没有这个文件");
  }
  if (stat.isDirectory()) refuse(`这是一个文件夹；应为一份公开的 PDF 或其文本（${SOURCE_EXTENSIONS.join("、")}），如 seeds/<名称>.pdf`);
  const extension = extname(path).toLowerCase();
  if (!(SOURCE_EXTENSIONS as readonly string[]).includes(extension)) refuse(`不是能读取的文件类型“${extension || "（无扩展名）"}”；应为 ${SOURCE_EXTENSIONS.join("、")}`);
  const manifest = readManifest(path);
  const bytes = readFileSync(path);
  if (extension === ".pdf") return parseDocument(await readPdf(bytes, path), bytes, path, manifest);
  return parseText(bytes, path, manifest);
}
