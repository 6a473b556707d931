import { getCollection } from "astro:content";
import type { Disclosure } from "../disclosure/schema.ts";

/** Every disclosure of the content collection, newest year first, then by department. */
export async function allDisclosures(): Promise<Disclosure[]> {
  const entries = await getCollection("disclosures");
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => b.year - a.year || a.department.localeCompare(b.department, "zh-CN") || a.slug.localeCompare(b.slug));
}

/** getStaticPaths for pages under /<year>/<dept>/. */
export async function disclosurePaths() {
  return (await allDisclosures()).map((d) => ({ params: { year: String(d.year), dept: d.slug }, props: { d } }));
}
