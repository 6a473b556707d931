import { describe, expect, it } from "vitest";
import type { GridTable, OverallTable, StatementTable } from "../../../src/lib/disclosure/tables.ts";
import { parseText } from "../../../src/lib/parse/index.ts";
import { failures, readFixture, seedLines } from "../../helpers.ts";

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

// Found by `npm run fuzz -- --n 20000`: the two mutants, of 20,000, that were read into something else.
describe("rows the fuzzer read wrongly, now refused", () => {
  it("refuses 预算02表's one row with a separator lost: it has no leading empty cells to have lost", () => {
    const lines = [...seed];
    lines[44] = (lines[44] ?? "").replace("\t\t\t\t\t\t\t\t\t4,950.849947", "\t\t\t\t\t\t\t\t4,950.849947");
    expect(failures(lines.join("\n"))).toEqual([expect.stringMatching(/^x\.txt:45: 预算02表：应有 17 列，见到 16 列/)]);
  });

  it("reads no 预算13表 value split by a separator too many (its end is no 度量单位): the table is kept as printed, saying where and why", () => {
    const lines = [...seed];
    lines[1769] = (lines[1769] ?? "").replace("实现“一件事”", "实现“\t一件事”");
    const t13 = parseText(Buffer.from(lines.join("\n")), "x.txt").tables.find((t) => t.label === "预算13表");
    expect(t13?.shape === "grid" && t13.asPrinted).toEqual({ reason: "预算13表：“度量单位”应为度量单位，见到“一件事”集成服务全流程业务办理”：是否多了一个分隔？", role: "overall-performance", line: 1770 });
  });
});

// Found by the second 20,000-mutant run: a 类 printed twice made two checks of one id, and the build crashed.
describe("a 功能分类 类 printed twice in 预算01表", () => {
  it("is read twice and checked twice; the 本年支出合计 check shows the extra amount", () => {
    const lines = [...seed.slice(0, 19), seed[18] ?? "", ...seed.slice(19)];
    const model = parseText(Buffer.from(lines.join("\n")), "x.txt");
    const checks = model.checks.filter((c) => c.id.startsWith("t01-t03.functional.212"));
    expect(checks.map((c) => [c.id, c.expected, c.passed])).toEqual([
      ["t01-t03.functional.212", "2605.531360", true],
      ["t01-t03.functional.212.again-20", "2605.531360", true],
    ]);
    expect(checks[1]?.description).toBe("收支总表的城乡社区支出（212，再次列出的一行）等于支出总表中该类各行之和");
    expect(model.checks.find((c) => c.id === "t01.expenditure")).toMatchObject({ expected: "101605.173803", actual: "104210.705163", difference: "2605.531360", passed: false });
  });
});

/** One fixture per way a row can lose or gain a cell; each is read into the right fields, or refused at its line. */
describe("rows whose cells do not fit their header", () => {
  it("refuses a row with a cell added: its 基本支出 would have moved into 项目支出", () => {
    expect(readFixture("beijing/t03-extra-cell.txt", "t03").errors).toEqual([
      "tests/fixtures/beijing/t03-extra-cell.txt:7: 预算03表：应有 9 列，见到 10 列：“2010301-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资 | 1,077.766800 |  …”",
    ]);
  });

  it("refuses a row with a cell dropped: aligned right, its cells no longer fit their columns", () => {
    expect(readFixture("beijing/t05-dropped-tab.txt", "t05").errors).toEqual([
      "tests/fixtures/beijing/t05-dropped-tab.txt:8: 预算05表：“科目名称”列应为名称，见到数字“2010301”",
      "tests/fixtures/beijing/t05-dropped-tab.txt:8: 预算05表：“合计”列应为金额（至多 20 位整数、10 位小数），见到“行政运行”",
    ]);
  });

  it("refuses a row whose subject stands in another classification's column: a separator was lost before it (30101 is no 政府预算经济分类)", () => {
    const lines = [...seed];
    const at = lines.findIndex((line) => line.startsWith("2010350-事业运行\t50999-"));
    lines[at] = (lines[at] ?? "").replace("\t30399-", "30399-");
    expect(failures(lines.join("\n"))[0]).toMatch(new RegExp(`^x\\.txt:${at + 1}: 预算03表：“政府支出经济分类科目”列应为政府预算支出经济分类科目（编码以 5 开头），见到“2010350-事业运行”`));
  });

  it("reads a 收支总表 row that lost its empty leading cells into the side it belongs to", () => {
    const { table, errors } = readFixture("beijing/t01-lost-cells.txt", "t01");
    expect(errors).toEqual([]);
    expect((table as StatementTable).expenditure.find((r) => r.line === 15)).toMatchObject({ kind: "item", label: "二十六、抗疫特别国债安排的支出", amounts: { total: null } });
    expect((table as StatementTable).income.some((r) => r.line === 15)).toBe(false);
  });

  it("reads 预算13表's fund row that lost its empty leading cells", () => {
    const { table, errors } = readFixture("beijing/t13-funds-lost-cells.txt", "t13");
    expect(errors).toEqual([]);
    expect((table as OverallTable).funds).toMatchObject({ total: "101673.030619", other: { project: "158.816124" } });
  });

  it("refuses a 合计 row with a dropped separator: its amount would stand under 三级", () => {
    expect(readFixture("beijing/t11-total-dropped-tab.txt", "t11").errors).toEqual([
      "tests/fixtures/beijing/t11-total-dropped-tab.txt:7: 预算11表：合计行应有 4 格，见到 3 格，其中有空格：“合 计 |  | 13,185.311974”：金额无法对齐到各列",
    ]);
  });

  it("refuses a repeated 结转 line, whose amounts would otherwise be read twice or nowhere", () => {
    expect(readFixture("beijing/t01-repeated-carry.txt", "t01").errors).toEqual([
      "tests/fixtures/beijing/t01-repeated-carry.txt:13: 预算01表：收入一侧的“上年结转结余”不应出现在这里（前一行是“上年结转结余”）",
      "tests/fixtures/beijing/t01-repeated-carry.txt:13: 预算01表：支出一侧的“年终结转结余”不应出现在这里（前一行是“年终结转结余”）",
    ]);
  });
});

describe("wrap spaces a PDF copy puts in codes and levels", () => {
  it("reads subject codes broken by a wrap space as it reads names", () => {
    const { table, errors } = readFixture("beijing/t03-wrapped-codes.txt", "t03");
    expect(errors).toEqual([]);
    expect((table as GridTable).rows[0]?.subjects).toEqual({
      functional: { code: "2010301", name: "行政运行" },
      governmentEconomic: { code: "50101", name: "工资奖金津补贴" },
      departmentEconomic: { code: "30101", name: "基本工资" },
    });
  });

  it("reads an indicator level broken by a wrap space", () => {
    const { projects = [], errors } = readFixture("beijing/t12-wrapped-levels.txt", "t12");
    expect(errors).toEqual([]);
    expect(projects[0]?.indicators[1]).toMatchObject({ level1: "产出指标", level2: "时效指标", level3: "资金支出与计划进度的一致性", line: 8 });
  });
});
