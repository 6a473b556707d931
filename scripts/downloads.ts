/**
 * Run by `npm run build` beside astro build: writes the downloads (src/lib/site/data-files.ts) of
 * every disclosure and of the corpus into DOWNLOADS (a folder of its own, since Astro empties its
 * output folder as it starts), and prints each file's path, relative to the site, once written.
 * On Astro's one thread they took 12 s of a 100-disclosure build; here they take the other core
 * while Astro loads the content. One disclosure is held at a time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readContent, readDisclosure } from "../src/lib/content.ts";
import { CorpusWriter, corpusFileNames } from "../src/lib/site/corpus-data.ts";
import { disclosureFiles } from "../src/lib/site/data-files.ts";
import { byYearAndDepartment, paths } from "../src/lib/site/paths.ts";

const out = process.env.DOWNLOADS;
if (!out) throw new Error("downloads: DOWNLOADS (the folder to write into) is not set");

const order = readContent(({ year, department, slug, kind, scope }, file) => ({ year, department, slug, kind, scope, file })).sort(byYearAndDepartment);
const years = [...new Set(order.map((d) => d.year))];
const corpus = new CorpusWriter(join(out, paths.corpus()), years);
for (const { file } of order) {
  const d = readDisclosure(file);
  for (const download of disclosureFiles(d)) {
    const target = join(out, download.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, download.body());
    console.log(download.path.slice(1));
  }
  corpus.add(d);
}
corpus.close();
for (const name of corpusFileNames(years)) console.log(`${paths.corpus()}${name}`.slice(1));
