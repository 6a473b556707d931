import type { APIRoute } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SEEDS_DIR } from "../../../lib/content.ts";
import type { Disclosure } from "../../../lib/disclosure/schema.ts";
import { allDisclosures } from "../../../lib/site/disclosures.ts";
import { dataPackage, downloads, sourceFile } from "../../../lib/site/downloads.ts";
import { baseParam } from "../../../lib/site/paths.ts";

type Props = { body: () => string | Uint8Array; mediatype: string };

/** Every download of every disclosure, plus the source as it was read and datapackage.json. */
export async function getStaticPaths() {
  return (await allDisclosures()).flatMap((d: Disclosure) => {
    const files = downloads(d);
    const params = (file: string) => ({ base: baseParam(d), file });
    return [
      ...files.map((f) => ({ params: params(f.file), props: { body: f.body, mediatype: f.mediatype } })),
      { params: params("datapackage.json"), props: { body: () => dataPackage(d, files), mediatype: "application/json" } },
      { params: params(sourceFile(d)), props: { body: () => readFileSync(join(SEEDS_DIR, d.source.file)), mediatype: d.source.format === "pdf" ? "application/pdf" : "text/plain" } },
    ];
  });
}

export const GET: APIRoute<Props> = ({ props }) => {
  const body = props.body();
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": props.mediatype } });
};
