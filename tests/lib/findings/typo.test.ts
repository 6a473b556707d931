import { describe, expect, it } from "vitest";
import { oneDigitAway, typoOf } from "../../../src/lib/findings/typo.ts";
import { dec } from "../../../src/lib/disclosure/money.ts";

describe("a one-digit slip that would make a sentence hold", () => {
  it("reads a figure one keystroke away: a digit of its whole part dropped or added, a digit changed, two swapped", () => {
    const near = oneDigitAway("43.5");
    expect(near).toEqual(expect.arrayContaining(["3.5", "4.5", "143.5", "433.5", "43.6", "34.5", "43.0"]));
    // its decimals stay as printed, and no reading has a leading zero
    expect(near).not.toContain("43.55");
    expect(near).not.toContain("43");
    expect(near).not.toContain("043.5");
    expect(near).not.toContain("43.5");
  });

  it("finds 上年执行数 43269.3 read as 3269.3, which makes 3845.49 a rise of 17.62% (上海市普陀区司法局 2026, p9)", () => {
    const rise = ([before = "", after = "", percent = ""]: string[]) => dec(after).minus(dec(before)).div(dec(before)).times(100).toDecimalPlaces(2).eq(dec(percent));
    expect(typoOf(["43269.3", "3845.49", "17.62"], rise)).toEqual({ printed: "43269.3", reading: "3269.3" });
  });

  it("offers nothing when several slips would do, or when the suspect is confirmed elsewhere", () => {
    const difference = ([now = "", before = "", change = ""]: string[]) => dec(now).minus(dec(before)).eq(dec(change));
    // 29956.27 − 28479.84 = 1476.43: 1476.73, 29956.57 and 28479.54 would each do
    expect(typoOf(["29956.27", "28479.84", "1476.73"], difference)).toBeUndefined();
    // the table confirms the two amounts: the change is the one suspect
    expect(typoOf(["29956.27", "28479.84", "1476.73"], difference, new Set(["29956.27", "28479.84"]))).toEqual({ printed: "1476.73", reading: "1476.43" });
  });
});
