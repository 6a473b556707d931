import { describe, expect, it } from "vitest";
import { failures, seedLines } from "../../helpers.ts";

const seed = seedLines();

/** The seed with `row` inserted before line `at`, and the messages it fails with. */
const inserted = (at: number, row: string) => failures([...seed.slice(0, at - 1), row, ...seed.slice(at - 1)].join("\n"));

// Found by the property tests: rows that used to be passed over without a word.
describe("rows that cannot be placed", () => {
  it("reports an amount without its 项目 in 预算01表", () => {
    expect(inserted(9, "\t12.000000\t\t")).toEqual(["x.txt:9: 预算01表：收入一侧的金额“12.000000”旁应有项目名称，见到空格"]);
  });

  it("reports a second 合计 row instead of letting it replace the first", () => {
    expect(inserted(53, "合 计\t\t\t1.000000\t\t\t\t\t")).toEqual(["x.txt:183: 预算03表：“合计”只应有一行，又见到一行（第一行在第 53 行）"]);
  });

  it("refuses a row with more cells than its header, even empty ones: where the extra cell belongs cannot be known", () => {
    expect(inserted(388, "B-工程\t1.000000\t多出的一格")).toEqual(["x.txt:388: 预算10表：应有 2 列，见到 3 列：“B-工程 | 1.000000 | 多出的一格”"]);
    expect(inserted(388, "B-工程\t\t1.000000")).toEqual(["x.txt:388: 预算10表：应有 2 列，见到 3 列：“B-工程 |  | 1.000000”"]);
  });
});
