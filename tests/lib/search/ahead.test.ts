import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sha256Of } from "../../../src/lib/archive/archive.ts";
import { aheadFileOf, aheadLine, readAhead, searchRecordOf } from "../../../src/lib/search/ahead.ts";
import { pagesOf } from "../../../src/lib/search/group.ts";
import { removeTemporaryDirs, temporaryDir } from "../../tmp.ts";

afterAll(removeTemporaryDirs);

const page = (title: string) => Buffer.from(`<!doctype html><html lang="zh-CN"><body><main id="main" data-pagefind-body><h1>${title}</h1><p>绩效目标</p></main></body></html>`, "utf-8");
const chart = Buffer.from('<!doctype html><html lang="zh-CN"><body><main id="main"><h1>支出图解</h1></main></body></html>', "utf-8");

describe("search records made ahead", () => {
  it("are made of searchable pages only", () => {
    expect(searchRecordOf("2026/x/projects/A/index.html", page("项目甲"))?.t).toBe("项目甲");
    expect(searchRecordOf("2026/x/treemap/index.html", chart)).toBeUndefined();
    expect(searchRecordOf("2026/x/data/t01.csv", page("项目甲"))).toBeUndefined();
  });

  it("are kept one file per disclosure, and a line cut short ends them", () => {
    const cache = temporaryDir("ahead-");
    const file = aheadFileOf(cache, "2026/x/projects/A/index.html")!;
    expect(aheadFileOf(cache, "2026/x/index.html")).toBe(file);
    expect(aheadFileOf(cache, "guides/index.html")).toBeUndefined();
    appendFileSync(file, aheadLine("2026/x/projects/A/index.html", "ab", searchRecordOf("2026/x/projects/A/index.html", page("项目甲"))!));
    appendFileSync(file, '{"n":"2026/x/projects/B/index.html","h":');
    expect([...readAhead(file).keys()]).toEqual(["2026/x/projects/A/index.html"]);
  });

  it("are taken by the search step only for pages whose bytes are unchanged", () => {
    const dist = temporaryDir("ahead-dist-");
    const cache = temporaryDir("ahead-cache-");
    const names = ["2026/x/projects/A/index.html", "2026/x/projects/B/index.html", "2026/x/treemap/index.html"];
    for (const name of names) mkdirSync(join(dist, name, ".."), { recursive: true });
    writeFileSync(join(dist, names[0]!), page("项目甲"));
    writeFileSync(join(dist, names[1]!), page("项目乙"));
    writeFileSync(join(dist, names[2]!), chart);
    const file = aheadFileOf(cache, names[0]!)!;
    // A's record is taken as made (its title altered here, to show it was not read again);
    // B changed after its record was made, so it is read again
    appendFileSync(file, aheadLine(names[0]!, sha256Of(page("项目甲")), { ...searchRecordOf(names[0]!, page("项目甲"))!, t: "记录" }));
    appendFileSync(file, aheadLine(names[1]!, sha256Of(page("旧名")), searchRecordOf(names[1]!, page("旧名"))!));
    expect(pagesOf(dist, "2026/x", cache).map((p) => p.t)).toEqual(["记录", "项目乙"]);
    expect(pagesOf(dist, "2026/x").map((p) => p.t)).toEqual(["项目甲", "项目乙"]);
  });
});
