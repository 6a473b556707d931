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
  search: () => "/search/",
  guides: () => "/guides/",
  guide: (slug: string) => `/guides/${slug}/`,
};

/**
 * The link from page `from` to `to`, both site-absolute; pages are folders ("/a/b/").
 * "/2026/x/tables/03/" → "/2026/x/projects/" gives "../../projects/".
 */
export function relative(from: string, to: string): string {
  const [target, hash = ""] = to.split("#");
  const fromParts = from.split("/").filter(Boolean);
  if (!from.endsWith("/")) fromParts.pop();
  const toParts = (target ?? "").split("/").filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - (target?.endsWith("/") ? 0 : 1) && fromParts[common] === toParts[common]) common++;
  const up = "../".repeat(fromParts.length - common);
  const down = toParts.slice(common).join("/") + (target?.endsWith("/") && toParts.length > common ? "/" : "");
  const link = up + down || "./";
  return hash ? `${link}#${hash}` : link;
}
