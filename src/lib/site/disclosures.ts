import { getCollection } from "astro:content";
import type { Disclosure } from "../disclosure/schema.ts";
import { kindName } from "../disclosure/schema.ts";
import { baseParam, byYearAndDepartment, paths } from "./paths.ts";

/** Every disclosure of the content collection: newest year first, then by department, 预算 before 决算. */
export async function allDisclosures(): Promise<Disclosure[]> {
  const entries = await getCollection("disclosures");
  return entries.map((entry) => entry.data).sort(byYearAndDepartment);
}

/** getStaticPaths for the pages of a disclosure, under its folder (/<year>/<dept>/, /<year>/<dept>/final/ …). */
export async function disclosurePaths() {
  return (await allDisclosures()).map((d) => ({ params: { base: baseParam(d) }, props: { d } }));
}

/** The breadcrumbs above a disclosure's pages: the site, the year, the disclosure (its overview). */
export function disclosureCrumbs(d: Disclosure): { label: string; path?: string }[] {
  return [
    { label: "全部预算", path: paths.home() },
    { label: `${d.year} 年`, path: paths.year(d.year) },
    { label: `${d.department}${kindName(d)}`, path: paths.disclosure(d) },
  ];
}
