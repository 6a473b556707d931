import { describe, expect, it } from "vitest";
import { dec, sum } from "../../../src/lib/disclosure/money.ts";

import { contrast, GAP_FILL, LABEL, PALETTE } from "../../../src/lib/treemap/colors.ts";
import { categoryColor, layout, LINE_HEIGHT, SHAPES, textWidth, wrap, type Shape } from "../../../src/lib/treemap/layout.ts";
import type { GridTable } from "../../../src/lib/disclosure/tables.ts";
import { branches, tileTarget, trees, type TreeNode } from "../../../src/lib/treemap/trees.ts";
import { parsedFile, seed } from "../../helpers.ts";

const model = seed();
const all = trees(model);
const tree = (id: string) => all.find((t) => t.id === id)!;
const walk = (node: TreeNode): TreeNode[] => [node, ...node.children.flatMap(walk)];

describe("trees", () => {
  it("adds every node up exactly from its children", () => {
    for (const t of all) {
      for (const node of walk(t.root).filter((n) => n.children.length > 0)) {
        expect(sum(node.children.map((c) => c.amount)).eq(dec(node.amount)), `${t.id} ${node.id}`).toBe(true);
      }
    }
  });

  it("reaches each table's published 合计, showing what its rows do not explain as a gap", () => {
    expect(tree("functional").root.amount).toBe("101605.173803");
    expect(tree("functional").root.children.find((c) => c.kind === "gap")).toMatchObject({ name: "未列明明细（原表合计大于各行之和）", amount: "22510.221614" });
    expect(tree("basic").root.children.find((c) => c.kind === "gap")?.amount).toBe("16960.331779");
    expect(tree("functional-fiscal").root.amount).toBe("101503.324495");
    expect(tree("functional-fiscal").root.children.some((c) => c.kind === "gap")).toBe(false);
    expect(tree("procurement").root.amount).toBe("55307.446001");
    expect(tree("purchased-services").root.amount).toBe("13185.311974");
  });

  it("shows no gap where a table's rows exceed its 合计: the tree has the rows' sum, and says by how much", () => {
    const changed = structuredClone(model);
    const t10 = changed.tables.find((t) => t.key === "t10") as GridTable;
    const goods = t10.rows[0];
    if (!goods) throw new Error("t10 has rows");
    goods.amounts.total = "1168.302001";
    const procurement = trees(changed).find((t) => t.id === "procurement");
    expect(procurement?.root.children.some((c) => c.kind === "gap")).toBe(false);
    expect(procurement?.root.amount).toBe("55307.446002");
    expect(procurement?.excess).toEqual({ published: "55307.446001", rows: "55307.446002" });
    expect(procurement?.check).toBe("t10.rows.total");
  });

  it("links a gap to the check that explains it, and a leaf to its row of the table", () => {
    const functional = tree("functional");
    const gap = functional.root.children.find((c) => c.kind === "gap");
    expect(gap && tileTarget(model, functional, gap)).toBe("/2026/000-a305166288aaf593/checks/#t03.rows.total");
    const first = walk(functional.root).find((n) => n.code === "2010301");
    expect(first && tileTarget(model, functional, first)).toBe("/2026/000-a305166288aaf593/tables/03/#L53");
  });

  it("names upper levels from the reference and leaves from the disclosure", () => {
    const general = tree("functional-fiscal").root.children.find((c) => c.code === "201");
    expect(general?.name).toBe("一般公共服务支出");
    expect(general?.children.map((c) => [c.code, c.name])).toEqual([["20103", "政府办公厅（室）及相关机构事务"], ["20141", "数据事务"]]);
    const travel = walk(tree("economic-department").root).find((n) => n.code === "30211");
    expect(travel?.children.map((c) => [c.code, c.name])).toEqual([["3021101", "差旅费"], ["3021102", "科研类差旅费"]]);
  });

  it("groups projects by year of first approval and type, leaves linking to projects", () => {
    const projects = tree("projects").root;
    expect(projects.children.map((c) => c.code)).toEqual(["2022", "2023", "2024", "2025", "2026", "2021"]);
    expect(walk(projects).filter((n) => n.kind === "project")).toHaveLength(82);
  });

  it("gives every node with children a page of its own", () => {
    expect(branches(tree("functional")).map((b) => b.node.id)).toEqual(["", "201", "201/20103", "201/20141", "205", "205/20508", "208", "208/20805", "210", "210/21011", "212", "212/21203", "221", "221/22102", "229", "229/22999"]);
  });
});

describe("a table printed without codes", () => {
  it("draws each row under the row its sums put it under, never a 类 and its 项 together (杭州 表3)", async () => {
    const functional = trees(await parsedFile("seeds/hangzhou-sifa-2026-budget.pdf")).find((t) => t.id === "functional");
    // the 类 as printed on p26–27; each node the sum of its leaves, the printed 合计 99,230.46 a cent short
    expect(functional?.root.children.map((c) => [c.name, c.children.map((g) => g.name)])).toEqual([
      ["一般公共服务支出", ["社会工作事务", "其他一般公共服务支出"]],
      ["公共安全支出", ["司法", "监狱", "强制隔离戒毒"]],
      ["社会保障和就业支出", ["行政事业单位养老支出"]],
      ["卫生健康支出", ["行政事业单位医疗"]],
    ]);
    expect(functional?.excess).toEqual({ published: "99230.46", rows: "99230.47" });
  }, 60_000);
});

describe("layout", () => {
  it.each(Object.keys(SHAPES) as Shape[])("makes areas proportional to amounts and fills the %s chart", (shape) => {
    const { width, height } = SHAPES[shape];
    for (const t of all) {
      for (const { node } of branches(t)) {
        const tiles = layout(node, categoryColor(t.root.children), shape);
        const drawable = node.children.filter((c) => dec(c.amount).gt(0));
        expect(tiles).toHaveLength(drawable.length);
        const total = Number(sum(drawable.map((c) => c.amount)));
        for (const tile of tiles) {
          const expected = (Number(tile.node.amount) / total) * width * height;
          expect(Math.abs(tile.width * tile.height - expected) / expected, `${t.id} ${tile.node.id}`).toBeLessThan(0.005);
          expect(tile.x + tile.width).toBeLessThanOrEqual(width + 1e-3);
          expect(tile.y + tile.height).toBeLessThanOrEqual(height + 1e-3);
        }
      }
    }
  });

  it.each(Object.keys(SHAPES) as Shape[])("labels a tile of the %s chart only where the label fits, wrapping long names", (shape) => {
    for (const t of all) {
      for (const { node } of branches(t)) {
        for (const tile of layout(node, categoryColor(t.root.children), shape)) {
          for (const line of tile.label) expect(textWidth(line) + 8).toBeLessThanOrEqual(tile.width);
          expect(tile.label.length * LINE_HEIGHT + 8).toBeLessThanOrEqual(Math.max(tile.height, tile.label.length === 0 ? 8 : 0));
        }
      }
    }
    expect(wrap("北京市大数据中心政务云服务采购", 13 * 6)).toEqual(["北京市大数据", "中心政务云服", "务采购"]);
    // a closing bracket never starts a line: it takes the character before it along
    expect(wrap("未列明明细（原表合计大于各行之和）", 13 * 16)).toEqual(["未列明明细（原表合计大于各行之", "和）"]);
  });

  it("leaves zero and negative amounts out of the picture", () => {
    const node: TreeNode = { id: "", code: "", name: "x", amount: "3", kind: "group", children: [
      { id: "a", code: "a", name: "a", amount: "3", kind: "leaf", children: [] },
      { id: "b", code: "b", name: "b", amount: "0", kind: "leaf", children: [] },
      { id: "c", code: "c", name: "c", amount: "-1", kind: "leaf", children: [] },
    ] };
    expect(layout(node, () => PALETTE[0]!).map((t) => t.node.id)).toEqual(["a"]);
  });
});

describe("colours", () => {
  it.each([...PALETTE, GAP_FILL])("%s keeps white labels at 4.5:1 or more", (fill) => {
    expect(contrast(fill, LABEL)).toBeGreaterThanOrEqual(4.5);
  });
});
