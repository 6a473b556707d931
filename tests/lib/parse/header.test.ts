import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GridTable } from "../../../src/lib/disclosure/tables.ts";
import { bySuffix, headerPaths } from "../../../src/lib/parse/header.ts";
import { parseText } from "../../../src/lib/parse/index.ts";
import { col } from "../../../src/lib/templates/define.ts";
import { readFixture, seed, SEED } from "../../helpers.ts";

const line = (n: number, ...cells: string[]) => ({ line: n, cells });

describe("headerPaths", () => {
  it("names each column by its own label and the groups spanning it, as a text copy prints them", () => {
    // 预算05表: a group is printed once, in its first column; the columns it spans are left empty
    const rows = [
      line(1, "功能分类科目", "", "预算数", "", "", ""),
      line(2, "科目编码", "科目名称", "合计", "基本支出", "", "项目支出"),
      line(3, "", "", "", "小计", "人员经费", "项目支出总数"),
    ];
    expect(headerPaths(rows, 6)).toEqual([
      ["功能分类科目", "科目编码"],
      ["功能分类科目", "科目名称"],
      ["预算数", "合计"],
      ["预算数", "基本支出", "小计"],
      ["预算数", "基本支出", "人员经费"],
      ["预算数", "项目支出", "项目支出总数"],
    ]);
  });

  it("removes wrap spaces from labels, and keeps what the source prints otherwise", () => {
    expect(headerPaths([line(1, "一般公共预算 资金", "其中：")], 2)).toEqual([["一般公共预算资金"], ["其中："]]);
  });
});

describe("bySuffix", () => {
  const match = bySuffix([col("total", "amount", "合计"), col("basic", "amount", ["基本支出", "小计"]), col("outbound", "amount", "因公出国(境)费")], ["预算数"]);

  it("matches a printed path by its innermost names, brackets and colons aside, under groups it knows", () => {
    expect(match(["预算数", "基本支出", "小计"])).toMatchObject([{ key: "basic" }]);
    expect(match(["预算数", "合计"])).toMatchObject([{ key: "total" }]);
    expect(match(["因公出国（境）费"])).toMatchObject([{ key: "outbound" }]);
    expect(match(["小计"])).toEqual([]);
  });

  it("takes no label above a column for a group unless the definition names it", () => {
    expect(match(["2010301-行政运行", "预算数", "合计"])).toEqual([]);
  });
});

describe("columns read by their names", () => {
  it("reads a 预算03表 printed with 基本支出 and 项目支出 swapped into the right fields", () => {
    const swapped = readFixture("beijing/t03-swapped.txt", "t03");
    const printed = readFixture("beijing/t03.txt", "t03");
    expect(swapped.errors).toEqual([]);
    expect((swapped.table as GridTable).rows).toEqual((printed.table as GridTable).rows);
    expect((swapped.table as GridTable).columns.map((c) => c.key)).toEqual(["functional", "governmentEconomic", "departmentEconomic", "total", "project", "basic", "businessOperating", "remitToSuperior", "subsidyToSubordinate"]);
  });

  it("gives the seed's model from the whole seed with 预算03表's columns swapped, but for the printed order", () => {
    const lines = readFileSync(SEED, "utf-8").split("\n");
    const swapped = lines.map((text, i) => {
      if (i < 50 || i > 181) return text;
      const cells = text.split("\t");
      [cells[4], cells[5]] = [cells[5] ?? "", cells[4] ?? ""];
      return cells.join("\t");
    });
    const model = parseText(Buffer.from(swapped.join("\n")), SEED);
    // the model keeps the printed order of columns, and its checks follow it
    const withoutOrder = (m: typeof model) => ({
      ...m,
      source: null,
      tables: m.tables.map((t) => (t.shape === "grid" ? { ...t, columns: [...t.columns].sort((a, b) => a.key.localeCompare(b.key)) } : t)),
      checks: [...m.checks].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(withoutOrder(model)).toEqual(withoutOrder(seed()));
  });

  // 北京 is read by the national set's vocabulary: a column it does not name is kept as printed, not refused
  const columnsOf = (name: string) => {
    const { table, errors } = readFixture(`beijing/${name}.txt`, "t03");
    return { errors, columns: table?.shape === "grid" ? table.columns.map((c) => [c.key, c.header.join("/")]) : [] };
  };

  it("keeps an unknown column as printed, under its own header", () => {
    const { errors, columns } = columnsOf("t03-unknown-column");
    expect(errors).toEqual([]);
    expect(columns).toContainEqual(["c6", "备用金"]);
    expect(columns.map(([key]) => key)).not.toContain("project");
  });

  it("reads a table without a column the set names: 项目支出 is absent, not refused", () => {
    const { errors, columns } = columnsOf("t03-missing-column");
    expect(errors).toEqual([]);
    expect(columns.map(([key]) => key)).toEqual(["functional", "governmentEconomic", "departmentEconomic", "total", "basic", "businessOperating", "remitToSuperior", "subsidyToSubordinate"]);
  });

  it("keeps a column printed twice: the first read as the set names it, the second as printed", () => {
    const { errors, columns } = columnsOf("t03-repeated-column");
    expect(errors).toEqual([]);
    expect(columns.filter(([, header]) => header === "基本支出")).toEqual([
      ["basic", "基本支出"],
      ["c6", "基本支出"],
    ]);
  });
});
