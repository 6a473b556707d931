import type { TableKey } from "../disclosure/tables.ts";

/** What a page needs to know of a disclosure to link to it. */
export interface DisclosureRef {
  year: number;
  slug: string;
}

/**
 * Site-absolute paths of every page: the public contract of URLs. Pages never print these
 * directly; they pass them through `relative`, so the site works under any path.
 */
export const paths = {
  home: () => "/",
  disclosure: (d: DisclosureRef) => `/${d.year}/${d.slug}/`,
  table: (d: DisclosureRef, key: TableKey) => `/${d.year}/${d.slug}/tables/${key.slice(1)}/`,
  projects: (d: DisclosureRef) => `/${d.year}/${d.slug}/projects/`,
  project: (d: DisclosureRef, code: string) => `/${d.year}/${d.slug}/projects/${code}/`,
  performance: (d: DisclosureRef) => `/${d.year}/${d.slug}/performance/`,
  checks: (d: DisclosureRef) => `/${d.year}/${d.slug}/checks/`,
  data: (d: DisclosureRef) => `/${d.year}/${d.slug}/data/`,
  download: (d: DisclosureRef, file: string) => `/${d.year}/${d.slug}/data/${file}`,
  treemaps: (d: DisclosureRef) => `/${d.year}/${d.slug}/treemap/`,
  /** a node of a treemap: `node` is the node's id within the tree ("" for the root, "201/20103") */
  treemap: (d: DisclosureRef, tree: string, node = "") => `/${d.year}/${d.slug}/treemap/${tree}/${node ? `${node}/` : ""}`,
  /** the offline archive of one disclosure, and of its whole year */
  archive: (d: DisclosureRef) => `/archives/${d.year}-${d.slug}.zip`,
  yearArchive: (year: number) => `/archives/${year}.zip`,
  search: () => "/search/",
  guides: () => "/guides/",
  guide: (slug: string) => `/guides/${slug}/`,
};

/**
 * The link from page `from` to `to`, both site-absolute; pages are folders ("/a/b/"). A folder
 * target gets an explicit index.html: opened from disk, a browser shows a folder as a file list.
 * "/2026/x/tables/03/" → "/2026/x/projects/" gives "../../projects/index.html".
 */
export function relative(from: string, to: string): string {
  const [target = "", hash] = to.split("#");
  const fromParts = from.split("/").filter(Boolean);
  if (!from.endsWith("/")) fromParts.pop();
  const file = target.endsWith("/") ? `${target}index.html` : target;
  const toParts = file.split("/").filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const link = "../".repeat(fromParts.length - common) + toParts.slice(common).join("/");
  return hash === undefined ? link : `${link}#${hash}`;
}
