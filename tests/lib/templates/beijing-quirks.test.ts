import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/lib/parse/index.ts";
import { seed, seedLines, seedWithShortProjectRow } from "../../helpers.ts";

/*
 * The Beijing text as people copy it: a page break inside a project's indicator list, and the whole
 * text saved by an editor that strips each line's trailing whitespace. Either reads into the seed's
 * own model, all but where each record stands.
 */

/** A model without its source and the lines its records stand on. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (["line", "at", "goalAt", "source", "slug"].includes(key) ? [] : [[key, comparable(v)]])));
  return value;
}

const reference = comparable(seed());
const read = (lines: readonly string[]) => comparable(parseText(Buffer.from(lines.join("\n")), "x.txt"));

describe("the Beijing text as people copy it", () => {
  it("reads a page break inside a project's indicators, the header repeated, then an indicator that lost its leading empty cells", () => {
    const lines = seedLines();
    // the second indicator of the first project, moved onto a new page
    const header = lines.findIndex((line) => line.startsWith("项目名称\t项目总额"));
    const at = header + 3;
    expect(lines[at]).toMatch(/^\t{5}成本指标/);
    const broken = [...lines.slice(0, at), "", ...lines.slice(header, header + 2), (lines[at] ?? "").replace(/^\t{5}/, "").replace(/\t+$/, ""), ...lines.slice(at + 1)];
    expect(read(broken)).toEqual(reference);
  });

  it("reads the seed saved with every line's trailing whitespace stripped", () => {
    expect(read(seedLines().map((line) => line.replace(/\s+$/, "")))).toEqual(reference);
  });

  it("still reads no row whose cells no reading places: a project row short of a cell in its middle keeps 预算表12 as printed, saying where and why", () => {
    const { lines, row } = seedWithShortProjectRow();
    const d = parseText(Buffer.from(lines.join("\n")), "x.txt");
    const t12 = d.tables.find((t) => t.label === "预算表12");
    expect(t12?.shape === "grid" && t12.asPrinted).toMatchObject({ line: row + 1, reason: expect.stringMatching(/^预算表12：应有 11 格，见到 10 格/) });
    expect(d.projects).toEqual([]);
  });
});
