/**
 * The downloads, defined once: each disclosure's data folder and the corpus's. `npm run build`
 * writes them with scripts/downloads.ts beside astro build, on the other core while Astro loads
 * the content; `npm run dev` serves the same files from the endpoints under src/pages/.
 */
import type { APIRoute } from "astro";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { SEEDS_DIR } from "../content.ts";
import type { Disclosure } from "../disclosure/schema.ts";
import { CorpusWriter, corpusFileNames } from "./corpus-data.ts";
import { dataPackage, downloads, sourceFile } from "./downloads.ts";
import { paths } from "./paths.ts";

export interface DataFile {
  /** site-absolute: /2026/bj-zwfw-sjglj/data/t01.csv */
  path: string;
  mediatype: string;
  /** computed when written: a build holds one file's bytes at a time */
  body: () => string | Uint8Array;
}

/** A disclosure's data folder: every download, datapackage.json, and the source as it was read. */
export function disclosureFiles(d: Disclosure): DataFile[] {
  const files = downloads(d);
  return [
    ...files.map((f) => ({ path: paths.download(d, f.file), mediatype: f.mediatype, body: f.body })),
    { path: paths.download(d, "datapackage.json"), mediatype: "application/json", body: () => dataPackage(d, files) },
    { path: paths.download(d, sourceFile(d)), mediatype: d.source.format === "pdf" ? "application/pdf" : "text/plain", body: () => readFileSync(join(SEEDS_DIR, d.source.file)) },
    ...(d.source.text ? [{ path: paths.download(d, sourceFile(d, "text")), mediatype: d.source.text.format === "pdf" ? "application/pdf" : "text/plain", body: () => readFileSync(join(SEEDS_DIR, d.source.text?.file ?? "")) }] : []),
  ];
}

/**
 * The corpus's files, for `npm run dev`: written whole into a temporary folder on the first
 * request, as the build writes them (CorpusWriter), and served from there.
 */
export function corpusFiles(all: readonly Disclosure[]): DataFile[] {
  const years = [...new Set(all.map((d) => d.year))];
  let folder: string | undefined;
  const written = () => {
    if (folder) return folder;
    folder = mkdtempSync(join(tmpdir(), "mingzhang-corpus-"));
    const corpus = new CorpusWriter(folder, years);
    for (const d of all) corpus.add(d);
    corpus.close();
    return folder;
  };
  return corpusFileNames(years).map((name) => ({ path: `${paths.corpus()}${name}`, mediatype: MEDIA_TYPES[extname(name)] ?? "application/octet-stream", body: () => readFileSync(join(written(), name)) }));
}

const MEDIA_TYPES: Record<string, string> = { ".csv": "text/csv; charset=utf-8", ".sqlite": "application/vnd.sqlite3", ".json": "application/json" };

/** An endpoint's answer: the file, with its media type. */
export const serveDataFile: APIRoute<DataFile> = ({ props }) => {
  const body = props.body();
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": props.mediatype } });
};
