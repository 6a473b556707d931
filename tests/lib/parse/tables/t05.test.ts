import { describe, expect, it } from "vitest";
import { readT05 } from "../../../../src/lib/parse/tables/t05.ts";
import { readFixture } from "../../../helpers.ts";

describe("预算05表", () => {
  it("numbers the unnamed per-unit blocks where the codes start again, across page breaks", () => {
    const { result, errors } = readFixture("t05-blocks.txt", "t05", readT05);
    expect(errors).toEqual([]);
    expect(result.rows.map((r) => [r.code, r.block, r.line])).toEqual([
      ["2010301", 1, 8],
      ["2299999", 1, 9],
      ["2010301", 2, 10],
      ["2120399", 2, 15],
      ["2010350", 3, 16],
    ]);
    expect(result.total).toMatchObject({ total: "31600.506222", projectExcludingCapital: "2093.575000", line: 17 });
    expect(result.rows[3]).toMatchObject({ basic: null, project: "2605.531360", projectExcludingCapital: null });
  });
});
