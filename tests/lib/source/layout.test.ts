import { describe, expect, it } from "vitest";
import { joinRules, layoutPage, splitRuns, tablesOf, textOf, withoutOverprint } from "../../../src/lib/source/layout.ts";
import type { PdfPage, Rule, TextItem } from "../../../src/lib/source/pdf.ts";

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A run of text at `x` on `baseline`, as wide as its characters: a full em for CJK, half for the rest. */
function item(text: string, x: number, baseline: number, size = 10): TextItem {
  const width = [...text].reduce((w, ch) => w + (CJK.test(ch) ? size : size / 2), 0);
  return { text, x, top: baseline - size, baseline, width, size };
}

/** A run centred in the box from `left` to `right`, its middle at `middle` down the page. */
function centred(text: string, left: number, right: number, middle: number, size = 10): TextItem {
  const width = item(text, 0, 0, size).width;
  return item(text, (left + right - width) / 2, middle + size / 2, size);
}

const h = (y: number, x0: number, x1: number): Rule => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, y0, x1: x, y1 });

function page(items: TextItem[], rules: Rule[] = []): PdfPage {
  return { number: 1, width: 595, height: 842, items, rules };
}

/** A full grid: a rule along every row and column boundary. */
function grid(xs: number[], ys: number[]): Rule[] {
  const [left, right, top, bottom] = [xs[0] ?? 0, xs.at(-1) ?? 0, ys[0] ?? 0, ys.at(-1) ?? 0];
  return [...ys.map((y) => h(y, left, right)), ...xs.map((x) => v(x, top, bottom))];
}

const cells = (lines: ReturnType<typeof layoutPage>) => lines.map((l) => l.cells);

describe("joinRules", () => {
  it("joins collinear segments that meet or overlap, drawn in any order", () => {
    expect(joinRules([h(100, 100, 150), h(100, 50, 100), h(100, 140, 200)])).toEqual([h(100, 50, 200)]);
    expect(joinRules([v(80, 20, 60), v(80, 60, 90)])).toEqual([v(80, 20, 90)]);
  });

  it("takes segments a hair apart, or a hair off the line, for one rule", () => {
    const [rule, ...rest] = joinRules([h(100, 50, 100), h(100.5, 100.8, 150)]);
    expect(rest).toEqual([]);
    expect(rule).toMatchObject({ x0: 50, x1: 150 });
    expect(rule?.y0).toBeCloseTo(100.25);
    expect(rule?.y1).toBe(rule?.y0);
  });

  it("keeps segments with a gap between them apart, and rules on other lines apart", () => {
    const joined = joinRules([h(100, 50, 100), h(100, 110, 150), h(120, 50, 150), v(50, 100, 120)]);
    expect(joined).toHaveLength(4);
    expect(joined).toEqual(expect.arrayContaining([h(100, 50, 100), h(100, 110, 150), h(120, 50, 150), v(50, 100, 120)]));
  });
});

describe("tablesOf", () => {
  it("groups rules that touch into tables, and leaves a lone underline out", () => {
    const first = grid([50, 150, 250], [100, 120, 140]);
    const second = grid([50, 300], [400, 420, 440]);
    const tables = tablesOf([...first, h(300, 50, 500), ...second]);
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.length).sort()).toEqual([first.length, second.length].sort());
    expect(tables.flat()).not.toContainEqual(h(300, 50, 500));
  });
});

describe("layoutPage", () => {
  // a 2×3 table: columns at 50, 150, 250, 350; rows at 100, 120, 140
  const xs = [50, 150, 250, 350];
  const ys = [100, 120, 140];

  it("reads a ruled table into rows of cells, in order, whatever order its text was drawn in", () => {
    const texts = [
      ["项目", "金额", "备注"],
      ["合计", "1,200.00", "无"],
    ];
    const items = texts.flatMap((row, r) => row.map((text, c) => centred(text, xs[c] ?? 0, xs[c + 1] ?? 0, ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2)));
    const lines = layoutPage(page(items.reverse(), grid(xs, ys)));
    expect(lines).toEqual([
      { top: 100, cells: ["项目", "金额", "备注"], table: true },
      { top: 120, cells: ["合计", "1,200.00", "无"], table: true },
    ]);
  });

  it("reads a table whose rules are drawn cell by cell", () => {
    const rules: Rule[] = [];
    for (let c = 0; c < 3; c++) for (const y of ys) rules.push(h(y, xs[c] ?? 0, xs[c + 1] ?? 0));
    for (let r = 0; r < 2; r++) for (const x of xs) rules.push(v(x, ys[r] ?? 0, ys[r + 1] ?? 0));
    const items = [centred("甲", 50, 150, 110), centred("乙", 150, 250, 110), centred("丙", 250, 350, 130)];
    expect(cells(layoutPage(page(items, rules)))).toEqual([
      ["甲", "乙", ""],
      ["", "", "丙"],
    ]);
  });

  it("puts a merged cell's text in its first column and row, and leaves the cells it covers empty", () => {
    // row 1: 项目 spans two rows; 预算数 spans the two columns on the right, its text across their border
    const rules = [
      h(100, 50, 350),
      h(120, 150, 350), // no rule under 项目
      h(140, 50, 350),
      h(160, 50, 350),
      v(50, 100, 160),
      v(150, 100, 160),
      v(250, 120, 160), // no rule inside 预算数
      v(350, 100, 160),
    ];
    const items = [centred("项目", 50, 150, 120), centred("预算数", 150, 350, 110), centred("2025年", 150, 250, 130), centred("2026年", 250, 350, 130), centred("合计", 50, 150, 150), centred("1.00", 150, 250, 150), centred("2.00", 250, 350, 150)];
    expect(cells(layoutPage(page(items, rules)))).toEqual([
      ["项目", "预算数", ""],
      ["", "2025年", "2026年"],
      ["合计", "1.00", "2.00"],
    ]);
  });

  it("joins a cell's text wrapped over two lines", () => {
    const rules = grid([50, 150, 250], [100, 140]);
    const items = [item("一般公共服务", 55, 115), item("支出", 55, 129), item("General", 155, 115), item("services", 155, 129)];
    expect(cells(layoutPage(page(items, rules)))).toEqual([["一般公共服务支出", "General services"]]);
  });

  it("splits a line of running text where runs are far apart, and joins runs close together", () => {
    const lines = layoutPage(
      page([
        item("编制部门：上海市普陀区司法局", 50, 60),
        item("单位：元", 480, 60),
        item("一、", 50, 80),
        item("一般公共服务支出", 72, 80),
        item("Total", 50, 100),
        item("2026", 80, 100),
        item("7.", 50, 120),
        item("74%", 60, 120),
      ]),
    );
    expect(lines.map((l) => [l.cells, l.table])).toEqual([
      [["编制部门：上海市普陀区司法局", "单位：元"], false],
      [["一、一般公共服务支出"], false],
      [["Total 2026"], false],
      [["7.74%"], false],
    ]);
  });

  it("makes text outside every table running-text lines, and orders all lines top to bottom", () => {
    const table = grid([50, 250, 450], [200, 220, 240]);
    const items = [
      item("表后的说明文字", 50, 300),
      centred("收入", 50, 250, 210),
      centred("支出", 250, 450, 210),
      item("2026年部门财务收支预算总表", 150, 120, 16),
      centred("1.00", 50, 250, 230),
      centred("2.00", 250, 450, 230),
      item("编制部门：上海市普陀区司法局", 50, 180),
    ];
    expect(layoutPage(page(items, table)).map((l) => [l.cells, l.table])).toEqual([
      [["2026年部门财务收支预算总表"], false],
      [["编制部门：上海市普陀区司法局"], false],
      [["收入", "支出"], true],
      [["1.00", "2.00"], true],
      [["表后的说明文字"], false],
    ]);
  });

  it("leaves out text outside the page: a clipped copy above its top edge", () => {
    const lines = layoutPage(page([item("上一页的最后一行，在这页的上边之外", 50, -2), item("本页的第一行", 50, 60)]));
    expect(cells(lines)).toEqual([["本页的第一行"]]);
  });
});

describe("withoutOverprint", () => {
  it("reads a heading drawn five times over itself, a hair apart, once (西安 2022 表10, p53), and keeps the same text elsewhere", () => {
    const copies = [47.9906, 47.9876, 47.9876, 47.9876, 47.9876].map((x, i) => item("表10", x, 68.773 + (i === 0 ? 0 : 0.006), 9));
    const lines = layoutPage(page([...copies, item("表10", 300, 68.773, 9), item("表10", 47.99, 120, 9)]));
    expect(cells(lines)).toEqual([["表10", "表10"], ["表10"]]);
    expect(withoutOverprint(copies)).toHaveLength(1);
  });
});

describe("splitRuns and textOf", () => {
  it("splits a run pdf.js joined across a gap into words, each its share of the width", () => {
    const [figure, name, ...rest] = splitRuns([{ text: "96.00 一、支出", x: 100, top: 90, baseline: 100, width: 50, size: 10 }]);
    expect(rest).toEqual([]);
    // weights: "96.00" 2.5, the space 0.5, "一、支出" 4, of 7
    expect(figure).toMatchObject({ text: "96.00", x: 100 });
    expect(figure?.width).toBeCloseTo((50 * 2.5) / 7);
    expect(name).toMatchObject({ text: "一、支出" });
    expect(name?.x).toBeCloseTo(100 + (50 * 3) / 7);
    expect(name?.width).toBeCloseTo((50 * 4) / 7);
  });

  it("reads items line by line, top to bottom, CJK without spaces and Latin words with them", () => {
    expect(textOf([item("服务", 50, 130), item("一般公共", 50, 115), item("支出", 70, 130)])).toBe("一般公共服务支出");
    expect(textOf([item("services", 50, 130), item("General", 50, 115)])).toBe("General services");
  });
});
