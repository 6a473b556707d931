import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundleFiles, decodePostings, encodePostings, groupIndex, hashToken, partScript, rankOf, type SearchPage } from "../../../src/lib/search/index.ts";

/** search.js's engine, run as a browser would run the script, on a page without a search form. */
function clientEngine() {
  const window: Record<string, any> = {};
  runInNewContext(readFileSync("public/search/search.js", "utf-8"), { window, document: { getElementById: () => null }, location: { protocol: "https:" }, atob, URLSearchParams });
  return window.mingzhangSearch;
}

const page = (u: string, t: string, x: string, f: Record<string, string> = {}): SearchPage => ({ u, t, f, m: {}, s: {}, r: rankOf(x.length), x, a: [] });

describe("the search index", () => {
  const engine = clientEngine().engine;

  it("encodes page lists that search.js decodes, as gaps or as a bitmap", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 70_000 }), { maxLength: 300 }), (pages) => {
        const sorted = [...pages].sort((a, b) => a - b);
        const encoded = encodePostings(sorted, 70_001);
        expect(decodePostings(encoded)).toEqual(sorted);
        expect(engine.decodePostings(encoded)).toEqual(sorted);
      }),
      { seed: 17 },
    );
    const dense = Array.from({ length: 900 }, (_, i) => i);
    expect(encodePostings(dense, 1000)[0]).toBe("b");
    expect(engine.decodePostings(encodePostings(dense, 1000))).toEqual(dense);
  });

  it("puts only the options a reader chose in the address", () => {
    expect(engine.queryString([["q", "三公"], ["type", ""], ["year", "all"], ["dept", ""], ["sort", ""]])).toBe("q=%E4%B8%89%E5%85%AC&year=all");
    expect(engine.queryString([["q", ""], ["year", ""]])).toBe("");
  });

  it("hashes tokens to shards as search.js does", () => {
    for (const token of ["政务", "云", "12", "ap", "𠀀字"]) expect(engine.hashToken(token)).toBe(hashToken(token));
  });

  it("asks for pairs that cover every character of a word, and fours that cover its Latin letters and digits", () => {
    expect(engine.tokensOf("三公")).toEqual(["三公"]);
    expect(engine.tokensOf("政务云")).toEqual(["政务", "务云"]);
    expect(engine.tokensOf("政务云服务")).toEqual(["政务", "云服", "服务"]);
    expect(engine.tokensOf("云")).toEqual(["云"]);
    expect(engine.tokensOf("𠀀")).toEqual(["𠀀"]); // one character beyond the BMP: a pair of code units
    expect(engine.tokensOf("11000025t000003302331")).toEqual(["1100", "0025", "t000", "0033", "0233", "2331"]);
    expect(engine.tokensOf("12345对外宣传")).toEqual(["1234", "2345", "对外", "宣传"]);
    expect(engine.tokensOf("app运行")).toEqual(["ap", "p运", "运行"]);
    expect(engine.tokensOf("北京市政务服务大厅窗口工作规范化监督与效能促进服务项目".toLowerCase())).toHaveLength(12);
  });

  it("ranks shorter pages first, in 36 classes that grow with the length", () => {
    const lengths = [0, 1, 2, 3, 10, 100, 1000, 10_000, 100_000, 1_000_000];
    const classes = lengths.map(rankOf);
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    expect(Math.max(...classes)).toBe(35);
  });

  it("writes a bundle: pages in order, every token in the shard its hash names, filters run by run", () => {
    const first = groupIndex("a", [page("2026/a/1/index.html", "京通APP", "京通APP运行服务", { 类型: "项目", 部门: "甲" }), page("2026/a/2/index.html", "表", "差旅费", { 类型: "表格", 部门: "甲" })]);
    const second = groupIndex("b", [page("2026/b/1/index.html", "政务云", "政务云服务", { 类型: "项目", 部门: "乙" })]);
    const files = Object.fromEntries(bundleFiles([first, second]));
    const meta = JSON.parse(files["pages.json"]!);
    expect(meta).toMatchObject({ pages: 3, groups: [[0, "a"], [2, "b"]], rank: [rankOf(9), rankOf(3), rankOf(5)].map((r) => r.toString(36)).join("") });
    expect(meta.filters["部门"]).toEqual({ values: ["乙", "甲"], runs: [1, 2, 0, 1] });
    const shard = (token: string) => JSON.parse(files[`w/${hashToken(token) % meta.shards}.json`]!);
    expect(decodePostings(shard("京通").w["京通"])).toEqual([0]);
    expect(decodePostings(shard("服务").w["服务"])).toEqual([0, 2]);
    expect(decodePostings(shard("服务").t["服务"] ?? "v")).toEqual([]);
    expect(decodePostings(shard("云").t["云"])).toEqual([2]);
    // "APP" in lower case: the index is of the normalised text; four Latin letters or digits make a token
    expect(shard("ap").w["ap"]).toBeDefined();
    const code = Object.fromEntries(bundleFiles([groupIndex("d", [page("d/index.html", "项目", "编码 11000025T000003302331 金额 12.5")])]));
    const codeShard = (token: string) => JSON.parse(code[`w/${hashToken(token) % JSON.parse(code["pages.json"]!).shards}.json`]!);
    for (const token of engine.tokensOf("11000025t000003302331")) expect(decodePostings(codeShard(token).w[token]), token).toEqual([0]);
    expect(codeShard("2331").t["2331"]).toBeUndefined();
    expect(codeShard("12.5")?.w["12.5"]).toBeUndefined();
    const astral = Object.fromEntries(bundleFiles([groupIndex("c", [page("c/index.html", "𠀀", "𠀀字")])]));
    const astralShard = (token: string) => JSON.parse(astral[`w/${hashToken(token) % JSON.parse(astral["pages.json"]!).shards}.json`]!);
    expect(decodePostings(astralShard("𠀀").w["𠀀"])).toEqual([0]);
    expect(decodePostings(astralShard("\udc00字").w["\udc00字"])).toEqual([0]);
  });

  it("hands a part to the search page as a script, whatever the text holds", () => {
    const api = clientEngine();
    let got: unknown;
    api.part = (id: string, pages: unknown) => (got = [id, pages]);
    const hostile = page("x/index.html", "</script><script>alert(1)</script>", "\u2028行\u2029段 `${x}`");
    runInNewContext(partScript("2026-x", [hostile]), { mingzhangSearch: api });
    expect(got).toEqual(["2026-x", [hostile]]);
  });
});
