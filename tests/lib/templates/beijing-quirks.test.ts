import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/lib/parse/index.ts";
import { seed, seedLines } from "../../helpers.ts";

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

  it("still refuses a row whose cells no reading places: a project row short of a cell in its middle", () => {
    const lines = seedLines();
    const row = lines.findIndex((line) => /^\d{8}[A-Z]\d{12}-/.test(line));
    const cells = (lines[row] ?? "").split("\t");
    cells.splice(2, 1);
    lines[row] = cells.join("\t");
    expect(() => parseText(Buffer.from(lines.join("\n")), "x.txt")).toThrow(/预算表12/);
  });
});
