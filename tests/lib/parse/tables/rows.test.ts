import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParseFailure, parseDisclosure } from "../../../../src/lib/parse/index.ts";
import { SEED } from "../../../helpers.ts";

const seed = readFileSync(SEED, "utf-8").split("\n");

/** The seed with `row` inserted before line `at`, and the messages it fails with. */
function errors(at: number, row: string): string[] {
  try {
    parseDisclosure(Buffer.from([...seed.slice(0, at - 1), row, ...seed.slice(at - 1)].join("\n")), "x.txt");
  } catch (error) {
    if (error instanceof ParseFailure) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

// Found by the property tests: rows that used to be passed over without a word.
describe("rows that cannot be placed", () => {
  it("reports an amount without its 项目 in 预算01表", () => {
    expect(errors(9, "\t12.000000\t\t")).toEqual(['x.txt:9: 预算01表: expected a 收入 项目 beside the amount "12.000000", found an empty cell']);
  });

  it("reports a second 合计 row instead of letting it replace the first", () => {
    expect(errors(53, "合 计\t\t\t1.000000")).toEqual(["x.txt:183: 预算03表: expected one 合计 row, found another (first on line 53)"]);
  });

  it("reports content beyond a table's columns", () => {
    expect(errors(388, "B-工程\t1.000000\t多出的一格")).toEqual(['x.txt:388: 预算10表: expected 2 columns, found more: "多出的一格"']);
  });
});
