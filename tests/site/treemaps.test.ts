import { beforeAll, describe, expect, it } from "vitest";
import { dec, formatAmount, sum, toAmount } from "../../src/lib/disclosure/money.ts";
import { parseFile } from "../../src/lib/parse/index.ts";
import { branches, trees } from "../../src/lib/treemap/trees.ts";
import { SEED } from "../helpers.ts";
import { BASE, page, requireDist } from "./dist.ts";

const model = await parseFile(SEED);
const pages = trees(model).flatMap((tree) =>
  branches(tree).map(({ node }) => ({ path: `${BASE}/treemap/${tree.id}${node.id ? `/${node.id}` : ""}`, tree, node })),
);

beforeAll(requireDist);

describe("treemap pages", () => {
  it("exist for every node with children", () => {
    expect(pages.length).toBeGreaterThan(80);
    for (const { path } of pages) expect(() => page(path), path).not.toThrow();
  });

  it("draw one rect per child with a positive amount, each a link with data-code, data-amount and a title", () => {
    for (const { path, node } of pages) {
      const rects = page(path).querySelectorAll("figure.treemap svg.wide rect");
      const drawable = node.children.filter((c) => dec(c.amount).gt(0));
      expect(rects.map((r) => r.getAttribute("data-amount")), path).toEqual(expect.arrayContaining(drawable.map((c) => c.amount)));
      expect(rects, path).toHaveLength(drawable.length);
      for (const rect of rects) {
        expect(rect.parentNode?.tagName, path).toBe("A");
        expect(rect.parentNode?.getAttribute("href"), path).toBeTruthy();
        const title = rect.parentNode?.querySelector("title")?.textContent ?? "";
        expect(title, path).toContain(`${formatAmount(rect.getAttribute("data-amount") ?? "")} 万元，占`);
      }
    }
  });

  it("make every rect's area proportional to its amount, within 0.5%", () => {
    for (const { path } of pages) {
      const rects = page(path).querySelectorAll("figure.treemap svg.wide rect");
      const ratios = rects.map((r) => (Number(r.getAttribute("width")) * Number(r.getAttribute("height"))) / Number(r.getAttribute("data-amount")));
      const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
      for (const ratio of ratios) expect(Math.abs(ratio - mean) / mean, path).toBeLessThan(0.005);
    }
  });

  it("add up, at the top of 预算05表's functional treemap, to its 合计", () => {
    const rects = page(`${BASE}/treemap/functional-fiscal`).querySelectorAll("figure.treemap svg.wide rect");
    expect(toAmount(sum(rects.map((r) => r.getAttribute("data-amount") ?? "")), 6)).toBe("101503.324495");
  });

  it("show the part of 预算03表's 合计 that its rows do not explain, linked to the check", () => {
    const gap = page(`${BASE}/treemap/functional`).querySelector('rect[data-kind="gap"]');
    expect(gap?.getAttribute("data-amount")).toBe("22510.221614");
    expect(gap?.parentNode?.getAttribute("href")).toBe("../../checks/index.html#t03.rows.total");
  });

  it("lead from a leaf to its row in the table it was read from", () => {
    const leaf = page(`${BASE}/treemap/functional/201/20103`).querySelector('rect[data-code="2010301"]');
    expect(leaf?.parentNode?.getAttribute("href")).toBe("../../../../tables/03/index.html#L53");
  });

  it("follow each chart with a table of the same numbers", () => {
    for (const { path, node } of pages) {
      const rows = page(path).querySelectorAll("figure.treemap + .table-wrap tbody tr:not(.total) td.num:nth-of-type(2)");
      expect(rows.map((td) => td.textContent), path).toEqual(node.children.map((c) => formatAmount(c.amount)));
    }
  });
});
