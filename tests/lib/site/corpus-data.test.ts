import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { CorpusWriter, corpusFileNames } from "../../../src/lib/site/corpus-data.ts";
import { csvHead, csvLines, parseCsv, toCsv } from "../../../src/lib/site/csv.ts";
import { seed } from "../../helpers.ts";
import { removeTemporaryDirs, temporaryDir } from "../../tmp.ts";

afterAll(removeTemporaryDirs);

describe("CSV written in parts", () => {
  it("is the file toCsv writes whole, with and without records", () => {
    const rows = [["公开", 2026, null], ['含"引号",与逗号', 1, "1077.766800"]];
    expect(csvHead(["a", "b", "c"]) + csvLines(rows.slice(0, 1)) + csvLines(rows.slice(1))).toBe(toCsv(["a", "b", "c"], rows));
    expect(csvHead(["a"])).toBe(toCsv(["a"], []));
  });
});

describe("CorpusWriter", () => {
  // the seed, and the same disclosure a year earlier: two years, added newest first as the site orders them
  const d2026 = seed();
  const d2025 = { ...d2026, year: 2025 };
  const folder = temporaryDir("corpus-");
  const corpus = new CorpusWriter(folder, [2026, 2025]);
  corpus.add(d2026);
  corpus.add(d2025);
  corpus.close();

  it("writes exactly the files it names, each year's CSV beside the whole", () => {
    expect(readdirSync(folder).sort()).toEqual(corpusFileNames([2026, 2025]).sort());
  });

  it("puts each disclosure's records in the whole corpus, in order, and in its own year's file only", () => {
    const rows = (name: string) => parseCsv(readFileSync(join(folder, name), "utf-8")).rows;
    const projects = rows("projects.csv");
    expect(projects).toHaveLength(2 * d2026.projects.length);
    expect(projects.map((r) => r[1])).toEqual([...d2026.projects.map(() => "2026"), ...d2026.projects.map(() => "2025")]);
    expect(rows("projects-2026.csv")).toEqual(projects.slice(0, d2026.projects.length));
    expect(rows("projects-2025.csv")).toEqual(projects.slice(d2026.projects.length));
  });

  it("fills the database with the same records, amounts as exact text", () => {
    const db = new DatabaseSync(join(folder, "mingzhang.sqlite"), { readOnly: true });
    const count = db.prepare("SELECT count(*) AS n FROM projects").get() as { n: number };
    const first = db.prepare("SELECT * FROM projects LIMIT 1").get() as Record<string, unknown>;
    db.close();
    expect(count.n).toBe(2 * d2026.projects.length);
    expect(first.total).toBe(d2026.projects[0]!.total);
  });
});
