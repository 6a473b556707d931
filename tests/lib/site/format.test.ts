import { describe, expect, it } from "vitest";
import { count, money, rounded, share, short, signedChange } from "../../../src/lib/site/format.ts";

describe("figures for reading", () => {
  it("keeps the published digits in tables, grouped, and a dash for an empty cell", () => {
    expect(money("101673.030619")).toBe("101,673.030619");
    expect(money("-22510.221614")).toBe("-22,510.221614");
    expect(money(null)).toBe("—");
  });

  it("rounds summaries half up to the 分", () => {
    expect(rounded("101673.030619")).toBe("101,673.03");
    expect(rounded("0.005")).toBe("0.01");
    expect(rounded("-0.005")).toBe("-0.01");
    expect(rounded("12")).toBe("12.00");
    expect(rounded(undefined)).toBe("—");
  });

  it("writes headlines in 亿元 from 10,000 万元 on, in 万元 below", () => {
    expect(short("101673.030619")).toBe("10.17 亿元");
    expect(short("10000")).toBe("1.00 亿元");
    expect(short("9999.994")).toBe("9,999.99 万元");
    expect(short("-25000")).toBe("-2.50 亿元");
    expect(short(null)).toBe("—");
  });

  it("gives shares to one decimal, never a real part as nothing", () => {
    expect(share("1", "3")).toBe("33.3%");
    expect(share("1", "200000")).toBe("<0.1%");
    expect(share("-1", "200000")).toBe(">-0.1%");
    expect(share("0", "5")).toBe("0.0%");
    expect(share("5", "0")).toBe("—");
    expect(share("5", null)).toBe("—");
  });

  it("signs changes for reading, a change that rounds to nothing as 0.00", () => {
    expect(signedChange("3.221600")).toBe("+3.22");
    expect(signedChange("3355.6428")).toBe("+3,355.64");
    expect(signedChange("-10.000000")).toBe("-10.00");
    expect(signedChange("0.000000")).toBe("0.00");
    expect(signedChange("-0.001")).toBe("0.00");
    expect(signedChange(null)).toBe("—");
  });

  it("groups counts", () => {
    expect(count(1057)).toBe("1,057");
    expect(count(0)).toBe("0");
  });
});
