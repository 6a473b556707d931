import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LISTED, ParseFailure } from "../../../src/lib/parse/errors.ts";
import { parseText } from "../../../src/lib/parse/index.ts";
import { SEED } from "../../helpers.ts";

/** The seed with `n` rows of 预算03表 whose 合计 is no number, before 预算04表. */
function withBadRows(n: number): Buffer {
  const lines = readFileSync(SEED, "utf-8").split("\n");
  const at = lines.findIndex((line) => line.startsWith("预算04表"));
  const bad = Array.from({ length: n }, () => "2010301-行政运行\t50101-工资奖金津补贴\t30101-基本工资\t1,4O3.3\t\t\t\t\t");
  return Buffer.from([...lines.slice(0, at), ...bad, ...lines.slice(at)].join("\n"));
}

function failure(bytes: Buffer): ParseFailure {
  try {
    parseText(bytes, "x.txt");
  } catch (error) {
    if (error instanceof ParseFailure) return error;
    throw error;
  }
  throw new Error("parsed");
}

describe("a file with many problems", () => {
  it(`lists the first ${LISTED} in source order and counts the rest`, () => {
    const error = failure(withBadRows(300));
    expect(error.errors).toHaveLength(LISTED);
    expect(error.more).toBe(200);
    expect(error.errors[0]?.message).toMatch(/^x\.txt:\d+: 预算03表：“合计”列应为金额/);
    expect(error.message.split("\n").at(-1)).toBe("x.txt: 另有 200 处问题未列出（共 300 处）");
  });

  it("lists every problem of a file with fewer", () => {
    const error = failure(withBadRows(3));
    expect(error.errors).toHaveLength(3);
    expect(error.more).toBe(0);
    expect(error.message.split("\n")).toHaveLength(3);
  });
});
