import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFile } from "../../src/lib/parse/index.ts";
import { parseCsv } from "../../src/lib/site/csv.ts";
import { plainText } from "../../src/lib/site/downloads.ts";
import { SEED } from "../helpers.ts";
import { BASE, DIST, file, page, requireDist, text } from "./dist.ts";

const model = await parseFile(SEED);
const csv = (name: string) => parseCsv(file(`${BASE}/data/${name}`));

beforeAll(requireDist);

describe("downloads", () => {
  it("serves the model itself as JSON", () => {
    expect(JSON.parse(file(`${BASE}/data/disclosure.json`))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it("serves the source byte for byte, matching its SHA-256", () => {
    const served = readFileSync(join(DIST, BASE, "data", "source.txt"));
    expect(served.equals(readFileSync(SEED))).toBe(true);
    expect(createHash("sha256").update(served).digest("hex")).toBe("8915fcd057655010f8825e1134865c4e5bd71b620a7138e7d11b46975d5e8f63");
    expect(model.source.sha256).toBe("8915fcd057655010f8825e1134865c4e5bd71b620a7138e7d11b46975d5e8f63");
  });

  it("writes CSV with a BOM and CRLF so Excel reads the Chinese", () => {
    const raw = file(`${BASE}/data/t12-projects.csv`);
    expect(raw.startsWith("\uFEFF项目编码,项目名称,预算单位,项目总额（万元）")).toBe(true);
    expect(raw.split("\r\n")).toHaveLength(model.projects.length + 2);
  });

  it("round-trips the projects, their indicators and the department-wide indicators", () => {
    expect(csv("t12-projects.csv").rows).toEqual(
      model.projects.map((p) => [p.code, p.name, p.agency ?? "", p.total, p.fiscalFunds ?? "", p.otherFunds ?? "", plainText(p.goal), String(p.indicators.length), String(p.line)]),
    );
    const indicators = csv("t12-indicators.csv").rows.map(([code, , level1, level2, level3, operator, value, unit, line]) => ({ code, level1, level2, level3, operator, value, unit, line: Number(line) }));
    expect(indicators).toEqual(model.projects.flatMap((p) => p.indicators.map((i) => ({ code: p.code, ...i }))));
    const overall = csv("t13.csv").rows.map(([activity, level1, level2, level3, operator, value, unit, line]) => ({ activity, level1, level2, level3, operator, value, unit, line: Number(line) }));
    expect(overall).toEqual(model.overallIndicators);
  });

  it("writes each table's rows with their exact amounts and source lines, under the printed headers", () => {
    const t03 = csv("t03.csv");
    expect(t03.columns).toEqual(["支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "合计（万元）", "基本支出（万元）", "项目支出（万元）", "其中/事业单位经营支出（万元）", "其中/上缴上级支出（万元）", "其中/对附属单位补助支出（万元）", "源文件行号"]);
    expect(t03.rows[0]).toEqual(["2010301 行政运行", "50101 工资奖金津补贴", "30101 基本工资", "1077.766800", "1077.766800", "", "", "", "", "53"]);
    expect(t03.rows).toHaveLength(121);
    expect(t03.rows.at(-1)).toEqual(["合计", "", "", "101605.173803", "38197.009752", "63408.164051", "", "", "", "182"]);
    const t05 = csv("t05.csv");
    expect(t05.columns.slice(0, 3)).toEqual(["组", "功能分类科目/科目编码", "功能分类科目/科目名称"]);
    expect(t05.rows[0]).toEqual(["1", "2010301", "行政运行", "3749.310269", "3749.310269", "3256.475392", "492.834877", "", "", "230"]);
    expect(csv("t01.csv").rows.at(-1)).toEqual(["收入总计", "101673.030619", "支出总计", "101673.030619", "37"]);
    expect(csv("t09.csv").rows).toEqual([["80.109836", "51.300000", "7.249836", "21.560000", "12.530000", "9.030000", "380"]]);
  });

  it("round-trips the checks", () => {
    const { rows } = csv("checks.csv");
    expect(rows.map(([id, , , , , , , expected, actual, difference, result]) => ({ id, expected, actual, difference, passed: result === "相符" }))).toEqual(
      model.checks.map(({ id, expected, actual, difference, passed }) => ({ id, expected, actual, difference, passed })),
    );
  });

  it("describes every file in datapackage.json, with each CSV's columns", () => {
    const pkg = JSON.parse(file(`${BASE}/data/datapackage.json`)) as { resources: { path: string; schema?: { fields: { name: string }[] } }[] };
    for (const resource of pkg.resources) {
      const content = file(`${BASE}/data/${resource.path}`);
      if (resource.schema) expect(parseCsv(content).columns).toEqual(resource.schema.fields.map((f) => f.name));
    }
    expect(pkg.resources.map((r) => r.path)).toContain("source.txt");
  });
});

describe("the source and the terms, stated plainly", () => {
  it("says on the overview whether the source is the department's PDF or a text copy, and what its hash is of", () => {
    const copy = text(page(BASE).querySelector("p.source-facts"));
    expect(copy).toContain("原文：公开原文的文本副本（不是部门发布的 PDF 本身），source.txt，SHA-256 8915fcd057655010…（是这份副本的校验值）。本站未记录公开网址。");
    const pdf = page("2026/sh-putuo-sifaju").querySelector("p.source-facts");
    expect(text(pdf)).toContain("原文：部门公开的 PDF 原件（23 页），source.pdf，SHA-256 c8821d984a541c12…（即部门发布的文件的校验值）。公开网址：");
    expect(pdf?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["data/source.pdf", "https://www.shpt.gov.cn/zhengwu/sfjbb-sfj/2026/69/202297/ebec36673355426b8b8a4f47bae97d29.pdf"]);
  });

  it("states the terms of the data on the pages and in datapackage.json", () => {
    expect(text(page(`${BASE}/data`))).toContain("明账据原文整理的数据与核对结果可自由复制、转载和再利用");
    expect(text(page("data"))).toContain("明账据原文整理的数据与核对结果可自由复制、转载和再利用");
    for (const path of [`${BASE}/data/datapackage.json`, "data/datapackage.json"]) expect(JSON.parse(file(path)).licenses, path).toEqual([{ name: "other-open", title: "据政府信息公开原文整理，可自由再利用，请注明出处，以原文为准" }]);
  });
});
