import { describe, expect, it } from "vitest";
import { formatAmount, readAmount, sum, toAmount } from "../../../src/lib/disclosure/money.ts";

describe("money", () => {
  it.each([
    ["1,077.766800", "1077.766800"],
    ["1434.468054", "1434.468054"],
    ["0.420000", "0.420000"],
    ["-12.5", "-12.5"],
    ["101,673.030619", "101673.030619"],
  ])("reads %s exactly", (cell, amount) => {
    expect(readAmount(cell)).toBe(amount);
  });

  it.each(["1,4O3.373900", "1,07.7", "12,34", "", "—", "1.2.3", "1 077.76"])("rejects %j", (cell) => {
    expect(readAmount(cell)).toBeUndefined();
  });

  it("adds without losing a digit where floats would", () => {
    expect(toAmount(sum(["0.100000", "0.200000", null]))).toBe("0.300000");
    expect(toAmount(sum(Array(82).fill("1434.468054")))).toBe("117626.380428");
  });

  it("groups digits for reading and changes none", () => {
    expect(formatAmount("101673.030619")).toBe("101,673.030619");
    expect(formatAmount("-16960.331779")).toBe("-16,960.331779");
    expect(formatAmount("999.000000")).toBe("999.000000");
    expect(formatAmount("1000")).toBe("1,000");
  });
});
