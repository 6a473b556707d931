import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesUnder } from "../../src/lib/files.ts";
import { corpusFileNames } from "../../src/lib/site/corpus-data.ts";
import { disclosureFiles } from "../../src/lib/site/data-files.ts";
import { runScript, SEED, seed } from "../helpers.ts";
import { removeTemporaryDirs, temporaryDir } from "../tmp.ts";

afterAll(removeTemporaryDirs);

/** A content folder holding the seed's model, and its year a year earlier: what the content step writes. */
function content(): string {
  const dir = temporaryDir("downloads-content-");
  const d = seed();
  writeFileSync(join(dir, "a.json"), JSON.stringify(d));
  writeFileSync(join(dir, "b.json"), JSON.stringify({ ...d, year: d.year - 1 }));
  return dir;
}

describe("scripts/downloads.ts (run by npm run build beside astro build)", () => {
  it("writes every download of each disclosure and of the corpus, and names each file it wrote", () => {
    const out = temporaryDir("downloads-out-");
    const disclosures = runScript("downloads.ts", [], { env: { CONTENT_DIR: content(), SEEDS_DIR: "seeds", DOWNLOADS: out, DOWNLOADS_PART: "disclosures" } });
    expect(disclosures.status, disclosures.stderr).toBe(0);
    const corpus = runScript("downloads.ts", [], { env: { CONTENT_DIR: content(), SEEDS_DIR: "seeds", DOWNLOADS: out, DOWNLOADS_PART: "corpus" } });
    expect(corpus.status, corpus.stderr).toBe(0);
    const run = { stdout: `${disclosures.stdout}${corpus.stdout}` };
    const d = seed();
    const expected = [
      ...disclosureFiles(d),
      ...disclosureFiles({ ...d, year: d.year - 1 }),
    ].map((f) => f.path.slice(1));
    expected.push(...corpusFileNames([d.year, d.year - 1]).map((name) => `data/${name}`));
    expect(run.stdout.trim().split("\n").sort()).toEqual(expected.sort());
    expect(filesUnder(out).sort()).toEqual(expected.sort());
    // the source as it was read, byte for byte
    expect(readFileSync(join(out, `${d.year}/${d.slug}/data/source.txt`)).equals(readFileSync(SEED))).toBe(true);
  });

  it("stops, naming the file, where a disclosure's source is missing", () => {
    const out = temporaryDir("downloads-out-");
    const seeds = temporaryDir("downloads-seeds-");
    mkdirSync(seeds, { recursive: true });
    const run = runScript("downloads.ts", [], { env: { CONTENT_DIR: content(), SEEDS_DIR: seeds, DOWNLOADS: out, DOWNLOADS_PART: "disclosures" } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("000_a305166288aaf593.txt");
  });
});
