import type { APIRoute } from "astro";
import type { Disclosure } from "../../lib/disclosure/schema.ts";
import { CORPUS, corpusCsv, corpusDatabase, corpusPackage } from "../../lib/site/corpus-data.ts";
import { allDisclosures } from "../../lib/site/disclosures.ts";

type Props = { body: () => string | Uint8Array; mediatype: string };

/** The corpus: each kind of record as CSV, for all years and for each year, and the SQLite database. */
export async function getStaticPaths() {
  const all = await allDisclosures();
  const years = [...new Set(all.map((d) => d.year))];
  const csv = (name: string, kind: (typeof CORPUS)[number], of: readonly Disclosure[]) => ({ params: { file: name }, props: { body: () => corpusCsv(kind, of), mediatype: "text/csv; charset=utf-8" } });
  return [
    ...CORPUS.flatMap((kind) => [csv(`${kind.table}.csv`, kind, all), ...years.map((year) => csv(`${kind.table}-${year}.csv`, kind, all.filter((d) => d.year === year)))]),
    { params: { file: "mingzhang.sqlite" }, props: { body: () => corpusDatabase(all), mediatype: "application/vnd.sqlite3" } },
    { params: { file: "datapackage.json" }, props: { body: () => corpusPackage(), mediatype: "application/json" } },
  ];
}

export const GET: APIRoute<Props> = ({ props }) => {
  const body = props.body();
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": props.mediatype } });
};
