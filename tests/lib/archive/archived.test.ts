import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { archivedBytes, resolveLink } from "../../../src/lib/archive/archive.ts";

const archived = (name: string, html: string) => archivedBytes(name, Buffer.from(html, "utf-8")).toString("utf-8");

describe("a page as an archive holds it", () => {
  it("keeps links within its department's folder, to the guides, the search page and the cover", () => {
    const html = '<a href="tables/03/index.html#L53">表3</a><a href="../../guides/index.html">指南</a><a href="../../search/index.html?q=x">搜索</a><a href="../../index.html">首页</a><a href="final/vs-budget/index.html">对照</a>';
    expect(archived("2025/sh-demo/index.html", html)).toBe(html);
  });

  it("keeps the text of a link that leaves the archive, without its target", () => {
    expect(archived("2025/sh-demo/index.html", '<p><a href="../../2024/sh-demo/index.html">2024年部门预算</a> · <a href="../../departments/sh-demo/index.html">逐年对照</a></p>')).toBe(
      '<p><span class="outside" title="这个链接指向网站上的其他页面，不在本存档中">2024年部门预算</span> · <span class="outside" title="这个链接指向网站上的其他页面，不在本存档中">逐年对照</span></p>',
    );
  });

  it("lets a shared page lead to any department, but not to the pages across disclosures", () => {
    expect(archived("guides/index.html", '<a href="../2026/bj-zwfw-sjglj/tables/04/index.html">预算04表</a>')).toBe('<a href="../2026/bj-zwfw-sjglj/tables/04/index.html">预算04表</a>');
    expect(archived("guides/index.html", '<a href="../data/index.html">数据下载</a>')).toContain('<span class="outside"');
  });

  it("turns the link to the archive itself into words, and leaves files other than pages alone", () => {
    expect(archived("2025/sh-demo/index.html", '<a href="../../archives/2025-sh-demo.zip" data-archive-link download>离线存档</a>')).toBe("<span>（即本存档）</span>");
    expect(archived("2025/sh-demo/data/t01.csv", '<a href="../../x">x</a>')).toBe('<a href="../../x">x</a>');
  });
});

describe("resolveLink", () => {
  // posix.join and normalize do the same, with checks and copies that cost more than the rest of a page's rewriting
  const segments = fc.constantFrom("..", ".", "", "2026", "x", "index.html", "t03.csv", "projects");
  it("leads where posix.normalize(posix.join(from, href)) does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("2026", "x", "projects", "A"), { maxLength: 4 }), fc.array(segments, { maxLength: 6 }), (from, href) => {
        const folder = from.length > 0 ? from.join("/") : ".";
        expect(resolveLink(folder, href.join("/"))).toBe(posix.normalize(posix.join(folder, href.join("/"))));
      }),
      { numRuns: 2000 },
    );
  });
});
