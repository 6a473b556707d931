import type { Kind, Scope } from "../disclosure/schema.ts";
import type { TableKey } from "../disclosure/tables.ts";

/** What a page needs to know of a disclosure to link to it: the key that makes it one. */
export interface DisclosureRef {
  year: number;
  slug: string;
  kind: Kind;
  scope: Scope;
}

/**
 * Where a disclosure's pages live under /<year>/<dept>/: a 部门预算 there itself, a 单位预算, a
 * 部门决算 and a 单位决算 in folders of their own beside its pages, so that none collides.
 */
export function baseOf(d: DisclosureRef): string {
  const folder = folderOf(d);
  return `/${d.year}/${d.slug}/${folder ? `${folder}/` : ""}`;
}

/** The site's order of disclosures: newest year first, then by department, 预算 before 决算. */
export function byYearAndDepartment(a: DisclosureRef & { department: string }, b: DisclosureRef & { department: string }): number {
  return b.year - a.year || a.department.localeCompare(b.department, "zh-CN") || a.slug.localeCompare(b.slug) || a.kind.localeCompare(b.kind) || a.scope.localeCompare(b.scope);
}

/** The folder of a kind and scope under the department's: "" for its 部门预算. */
export function folderOf(d: Pick<DisclosureRef, "kind" | "scope">): string {
  return [d.scope === "unit" ? "unit" : "", d.kind === "final" ? "final" : ""].filter(Boolean).join("-");
}

/** The route parameter of a disclosure's pages: its folder without the slashes. */
export function baseParam(d: DisclosureRef): string {
  return baseOf(d).slice(1, -1);
}

/**
 * Site-absolute paths of every page: the public contract of URLs. Pages never print these
 * directly; they pass them through `relative`, so the site works under any path.
 */
export const paths = {
  home: () => "/",
  disclosure: (d: DisclosureRef) => baseOf(d),
  table: (d: DisclosureRef, key: TableKey) => `${baseOf(d)}tables/${key.slice(1)}/`,
  projects: (d: DisclosureRef) => `${baseOf(d)}projects/`,
  project: (d: DisclosureRef, id: string) => `${baseOf(d)}projects/${id}/`,
  performance: (d: DisclosureRef) => `${baseOf(d)}performance/`,
  /** signals of the projects' indicators: 定性, shared texts, 成本指标 … */
  indicators: (d: DisclosureRef) => `${baseOf(d)}indicators/`,
  /** the parts of the disclosure's text (主要职能, 编制说明 …); `section` is a part's id */
  text: (d: DisclosureRef, section?: string) => `${baseOf(d)}text/${section ? `#${section}` : ""}`,
  checks: (d: DisclosureRef) => `${baseOf(d)}checks/`,
  /** a 决算 beside the 预算 it is paired with */
  execution: (final: DisclosureRef) => `${baseOf(final)}vs-budget/`,
  /** a 单位 disclosure beside its department's */
  unitVsDepartment: (unit: DisclosureRef) => `${baseOf(unit)}vs-department/`,
  check: (d: DisclosureRef, id: string) => `${baseOf(d)}checks/#${id}`,
  /** a text source as read, a line by line: `line` is its anchor (a PDF's places link to the PDF's pages instead) */
  sourceLine: (d: DisclosureRef, line?: number) => `${baseOf(d)}source/${line ? `#L${line}` : ""}`,
  data: (d: DisclosureRef) => `${baseOf(d)}data/`,
  download: (d: DisclosureRef, file: string) => `${baseOf(d)}data/${file}`,
  treemaps: (d: DisclosureRef) => `${baseOf(d)}treemap/`,
  /** a node of a treemap: `node` is the node's id within the tree ("" for the root, "201/20103") */
  treemap: (d: DisclosureRef, tree: string, node = "") => `${baseOf(d)}treemap/${tree}/${node ? `${node}/` : ""}`,
  /** the offline archive of a department's year, and of the whole year */
  archive: (d: DisclosureRef) => `/archives/${archiveName(d)}`,
  yearArchive: (year: number) => `/archives/${year}.zip`,
  search: () => "/search/",
  /** the files the build could not read, and why */
  refused: () => "/refused/",
  /** a project over the disclosures that print its code */
  projectHistory: (code: string) => `/projects/${code}/`,
  /** a department over its years: every disclosure the site holds of it */
  department: (slug: string) => `/departments/${slug}/`,
  /** a year's departments side by side, by region */
  year: (year: number) => `/${year}/`,
  /** downloads of the whole corpus */
  corpus: () => "/data/",
  guides: () => "/guides/",
  guide: (slug: string, section?: string) => `/guides/${slug}/${section ? `#${section}` : ""}`,
};

/**
 * The first folders of the site's paths: a year, or one of these. The page a host serves for any
 * missing path (404.html) finds the site's root by them, since it cannot know at what depth it is read.
 */
export const TOP_FOLDERS = [paths.refused(), paths.projectHistory(""), paths.department(""), paths.corpus(), paths.guides(), paths.search(), paths.yearArchive(0)].map((path) => path.split("/")[1]!);

/** 2026-bj-zwfw-sjglj.zip: a department's archive of a year holds all it published that year. */
export function archiveName(d: Pick<DisclosureRef, "year" | "slug">): string {
  return `${d.year}-${d.slug}.zip`;
}

/** The links of the page at `url`: each site-absolute path made relative to it (relative, below). */
export const linksFrom =
  (url: URL) =>
  (path: string): string =>
    relative(url.pathname, path);

/**
 * The link from page `from` to `to`, both site-absolute; pages are folders ("/a/b/"). A folder
 * target gets an explicit index.html: opened from disk, a browser shows a folder as a file list.
 * "/2026/x/tables/03/" → "/2026/x/projects/" gives "../../projects/index.html".
 */
export function relative(from: string, to: string): string {
  // Scanned as strings, not split into segments: every link of every page comes through here
  // (a million calls on 100 disclosures), and the arrays cost a second of the build.
  const hashAt = to.indexOf("#");
  const target = hashAt < 0 ? to : to.slice(0, hashAt);
  const file = target.endsWith("/") ? `${target}index.html` : target;
  const folder = from.slice(0, from.lastIndexOf("/") + 1);
  // the folders both share: up to the last "/" before they differ
  let common = 0;
  for (let i = 0; i < folder.length && i < file.length && folder.charCodeAt(i) === file.charCodeAt(i); i++) if (folder.charCodeAt(i) === SLASH) common = i + 1;
  let up = "";
  for (let i = common; i < folder.length; i++) if (folder.charCodeAt(i) === SLASH) up += "../";
  const link = up + file.slice(common);
  return hashAt < 0 ? link : link + to.slice(hashAt);
}
const SLASH = 47;
