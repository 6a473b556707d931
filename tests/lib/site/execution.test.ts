import { describe, expect, it } from "vitest";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import { missingCounterpart, pairingOf, unitPairOf } from "../../../src/lib/site/execution.ts";

/** A disclosure as the pairing sees it: who, which year, which kind and scope. */
const d = (year: number, kind: Disclosure["kind"], scope: Disclosure["scope"] = "department", slug = "sh-x") => ({ slug, year, kind, scope, department: "上海市普陀区示例局" }) as Disclosure;

describe("a 决算 and the 预算 beside it", () => {
  it("pairs a 决算 with the 预算 of its own year, from either side", () => {
    const [budget, final] = [d(2025, "budget"), d(2025, "final")];
    const all = [d(2026, "budget"), budget, final];
    expect(pairingOf(all, final)).toEqual({ budget, final, sameYear: true });
    expect(pairingOf(all, budget)).toEqual({ budget, final, sameYear: true });
    expect(missingCounterpart(all, final)).toBeUndefined();
  });

  it("pairs last year's 决算 with this year's 预算 only where its own year's is missing, and says they are not the same year", () => {
    const [final, next] = [d(2024, "final"), d(2025, "budget")];
    const all = [final, next];
    expect(pairingOf(all, final)).toEqual({ budget: next, final, sameYear: false });
    expect(pairingOf(all, next)).toEqual({ budget: next, final, sameYear: false });
    expect(missingCounterpart(all, final)).toBe("本站没有上海市普陀区示例局2024年的部门预算，所以不能对照预算看执行；下面对照的是2024年决算与2025年预算，年度不同，不是执行情况。");
  });

  it("pairs nothing across departments or scopes, and says what is missing", () => {
    const unit = d(2025, "final", "unit");
    const all = [d(2025, "budget"), unit, d(2025, "final", "department", "sh-other")];
    expect(pairingOf(all, unit)).toBeUndefined();
    expect(missingCounterpart(all, unit)).toBe("本站没有上海市普陀区示例局2025年的单位预算，所以不能对照预算看执行。");
  });
});

describe("a 单位 disclosure beside its department's", () => {
  it("pairs the 部门 and the 单位 of one department, year and kind", () => {
    const [department, unit] = [d(2026, "budget"), d(2026, "budget", "unit")];
    expect(unitPairOf([department, unit, d(2026, "final", "unit")], department)).toEqual({ department, unit });
    expect(unitPairOf([department, unit], unit)).toEqual({ department, unit });
    expect(unitPairOf([department], department)).toBeUndefined();
  });
});
