import { describe, expect, it } from "vitest";
import type { Disclosure } from "../../../src/lib/disclosure/schema.ts";
import { completenessChecks } from "../../../src/lib/findings/completeness.ts";
import { parsedFile } from "../../helpers.ts";

const load = parsedFile;
const failed = (d: Pick<Disclosure, "checks">) => d.checks.filter((c) => c.group === "completeness" && !c.passed).map((c) => [c.id, c.expected, c.actual]);

describe("is the disclosure whole", () => {
  it("finds a note that calls a table empty printed under its figures (万里 2024, 表9)", async () => {
    const d = await load("seeds/sh-putuo-wanli-jiedao-2024-budget.pdf");
    expect(failed(d)).toEqual([["completeness.empty-but-figures.t09", "0", "1"]]);
    expect(d.checks.find((c) => c.id === "completeness.empty-but-figures.t09")?.quote).toBe("注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。");
  });

  it("finds an empty table that says nothing of why (the Beijing seed's 预算07表 and 预算08表)", async () => {
    expect(failed(await load("seeds/000_a305166288aaf593.txt"))).toEqual([
      ["completeness.empty-note.t07", "1", "0"],
      ["completeness.empty-note.t08", "1", "0"],
    ]);
  });

  it("finds a table the template lists and the disclosure leaves out", async () => {
    expect(failed(await load("tests/fixtures/pair/sh-demo-2025-budget.txt"))).toEqual([
      ["completeness.table.government-fund", "1", "0"],
      ["completeness.table.state-capital", "1", "0"],
    ]);
  });

  it("finds a note that names another fund than its table's", async () => {
    const d = structuredClone(await load("seeds/sh-putuo-sifaju-2026-budget.pdf"));
    const [fund, capital] = [d.tables.find((t) => t.key === "t06"), d.tables.find((t) => t.key === "t07")];
    if (!fund || !capital) throw new Error("the 司法局 budget has 表6 and 表7");
    capital.note = fund.note; // 政府性基金's note under 国有资本经营's table
    const checks = completenessChecks(d);
    expect(checks.filter((c) => !c.passed).map((c) => [c.id, c.description])).toEqual([["completeness.note-fits.t07", "表7 2026年部门国有资本经营预算支出功能分类预算表的注所说的资金应是本表的"]]);
  });

  it("counts the units the text lists against those it says it has", async () => {
    const d = structuredClone(await load("seeds/sh-putuo-wanli-jiedao-2023-budget.pdf"));
    const units = completenessChecks(d).find((c) => c.id === "completeness.units@organization");
    expect(units).toMatchObject({ expected: "6", actual: "6", passed: true });
    // one unit fewer in the list than the six 行政单位1家，参公单位1家，事业单位4家 make
    const organization = d.narrative.find((s) => s.kind === "organization");
    organization?.paragraphs.pop();
    expect(completenessChecks(d).find((c) => c.id === "completeness.units@organization")).toMatchObject({ expected: "6", actual: "5", passed: false });
  });
});
