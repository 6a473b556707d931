import { describe, expect, it } from "vitest";
import { dec, decimalsOf, formatAmount, maxDecimals, readAmount, sum, toAmount, toWan } from "../../../src/lib/disclosure/money.ts";

describe("money", () => {
  it.each([
    ["1,077.766800", "1077.766800"],
    ["1434.468054", "1434.468054"],
    ["0.420000", "0.420000"],
    ["-12.5", "-12.5"],
    ["101,673.030619", "101673.030619"],
    // 上海市职业能力考试院 2026 表1 sets apart only the last three digits
    ["120258,600", "120258600"],
    ["7880,000", "7880000"],
  ])("reads %s exactly", (cell, amount) => {
    expect(readAmount(cell)).toBe(amount);
  });

  it.each(["1,4O3.373900", "1,07.7", "12,34", "", "—", "1.2.3", "1 077.76", "1234,56", "1234,5678"])("rejects %j", (cell) => {
    expect(readAmount(cell)).toBeUndefined();
  });

  it("accepts amounts up to 20 digits before the point and 10 after, and refuses larger ones", () => {
    expect(readAmount("12345678901234567890.1234567890")).toBe("12345678901234567890.1234567890");
    expect(readAmount("123456789012345678901")).toBeUndefined();
    expect(readAmount("1.12345678901")).toBeUndefined();
  });

  it("adds without losing a digit where floats would", () => {
    expect(toAmount(sum(["0.100000", "0.200000", null]), 6)).toBe("0.300000");
    expect(toAmount(sum(Array(82).fill("1434.468054")), 6)).toBe("117626.380428");
  });

  it("adds the largest amounts it accepts exactly: 20 significant digits, decimal.js's default, would round them", () => {
    const big = "99999999999999999999.9999999999";
    expect(toAmount(sum([big, big, "0.0000000001"]), 10)).toBe("199999999999999999999.9999999999");
    expect(dec(big).plus(dec("1e-10")).minus(dec(big)).toString()).toBe("1e-10");
  });

  it("keeps as many decimals as the published figure, and converts 元 to 万元 exactly", () => {
    expect([decimalsOf("96282213.44"), decimalsOf("12604173"), decimalsOf(null)]).toEqual([2, 0, 0]);
    expect(toWan("96282213.44", "元")).toBe("9628.221344");
    expect(toWan("12604173", "元")).toBe("1260.4173");
    expect(toWan("1.5", "万元")).toBe("1.5");
  });

  it("groups digits for reading and changes none", () => {
    expect(formatAmount("101673.030619")).toBe("101,673.030619");
    expect(formatAmount("-16960.331779")).toBe("-16,960.331779");
    expect(formatAmount("999.000000")).toBe("999.000000");
    expect(formatAmount("1000")).toBe("1,000");
  });
});

describe("maxDecimals", () => {
  it("gives the most digits after the point of a table of any length (200,000 rows overflow Math.max's arguments)", () => {
    const amounts = Array.from({ length: 200_000 }, (_, i) => (i === 123_456 ? "1.077766" : "12.30"));
    expect(maxDecimals(amounts)).toBe(6);
    expect(maxDecimals([null, undefined])).toBe(0);
  });
});
