/**
 * Run by `npm run build`: writes the downloads (src/lib/site/data-files.ts) into DOWNLOADS, and
 * prints each file's path, relative to the site, once written. DOWNLOADS_PART says which: a shard's
 * ("disclosures": each disclosure's own files, of the content in CONTENT_DIR) or the merge's
 * ("corpus": the corpus's CSV files and database, of all the content). One disclosure is held at a time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readContent, readDisclosure } from "../src/lib/content.ts";
import { CorpusWriter, corpusFileNames } from "../src/lib/site/corpus-data.ts";
import { disclosureFiles } from "../src/lib/site/data-files.ts";
import { byYearAndDepartment, paths } from "../src/lib/site/paths.ts";

const out = process.env.DOWNLOADS;
if (!out) throw new Error("downloads: DOWNLOADS (the folder to write into) is not set");
const part = process.env.DOWNLOADS_PART;
if (part !== "disclosures" && part !== "corpus") throw new Error(`downloads: DOWNLOADS_PART=${part}: expected disclosures or corpus`);

const order = readContent(({ year, department, slug, kind, scope }, file) => ({ year, department, slug, kind, scope, file })).sort(byYearAndDepartment);
const years = [...new Set(order.map((d) => d.year))];
const corpus = part === "corpus" ? new CorpusWriter(join(out, paths.corpus()), years) : undefined;
for (const { file } of order) {
  const d = readDisclosure(file);
  if (corpus) {
    corpus.add(d);
    continue;
  }
  for (const download of disclosureFiles(d)) {
    const target = join(out, download.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, download.body());
    console.log(download.path.slice(1));
  }
}
if (corpus) {
  corpus.close();
  for (const name of corpusFileNames(years)) console.log(`${paths.corpus()}${name}`.slice(1));
}
