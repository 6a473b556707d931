import { describe, expect, it } from "vitest";
import { extractPage } from "../../../src/lib/search/extract.ts";

const page = (main: string) => `<!doctype html><html><head><title>x · 明账</title><style>main{}</style></head><body><header><form><input id="site-q"></form></header>${main}<footer>页脚</footer></body></html>`;

describe("extractPage", () => {
  it("reads what Pagefind reads: the body, its filters, metadata, sort keys, title and anchors", () => {
    const record = extractPage(
      page(
        `<main id="main" data-pagefind-body><span data-pagefind-filter="类型:项目"></span><span data-pagefind-meta="金额:1.5 万元"></span><span data-pagefind-sort="金额:1.500000"></span>` +
          `<nav data-pagefind-ignore><a href="x">全部预算</a></nav><h1>京通APP运行服务</h1><p class="source" data-pagefind-ignore>出处</p>` +
          `<table><tr><th id="i1">月活<b>用户</b>数</th><td>≥</td><td>40</td></tr></table><p>a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x4eac;</p></main>`,
      ),
      "2026/x/projects/1/index.html",
    );
    expect(record).toEqual({
      url: "2026/x/projects/1/index.html",
      title: "京通APP运行服务",
      text: "京通APP运行服务 月活用户数 ≥ 40 a&b <c> \"d\" 'e' 京",
      filters: { 类型: "项目" },
      meta: { 金额: "1.5 万元" },
      sort: { 金额: "1.500000" },
      anchors: [["i1", "月活用户数"]],
    });
  });

  it("leaves out pages without data-pagefind-body, scripts, styles and SVG", () => {
    expect(extractPage(page("<main><h1>树图</h1></main>"), "a/index.html")).toBeUndefined();
    const record = extractPage(page('<main data-pagefind-body><h1>T</h1><script>var a = "<p>x</p>";</script><svg><text>图</text></svg><style>p{}</style>文<!-- 注释 -->字</main>'), "b/index.html");
    expect(record?.text).toBe("T 文字");
  });

  it("keeps source text as text: markup written in a goal is words, not elements", () => {
    const record = extractPage(page('<main data-pagefind-body><h1>T</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;公报</p></main>'), "c/index.html");
    expect(record?.text).toBe("T <script>alert(1)</script>公报");
  });
});
