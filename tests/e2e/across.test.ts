import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { synthesizeSeries } from "../../scripts/lib/synth.ts";
import { SEED } from "../helpers.ts";
import { temporaryDir } from "../tmp.ts";
import { cells, text } from "../site/dist.ts";
import { build } from "./build.ts";

/*
 * Pages across disclosures, on one build of two sets of inputs whose every figure is known:
 * - a department's 预算 and 决算 of the same year, written for this test (tests/fixtures/pair): the
 *   预算 prints 元, the 决算 万元;
 * - the Beijing seed (2026) and its department's synthetic 2024 and 2025 (`npm run synth -- --series`,
 *   SERIES in scripts/lib/synth.ts: projects added and dropped, one re-costed, targets changed).
 */
let out: string;
const page = (path: string) => parse(readFileSync(join(out, path, "index.html"), "utf-8"));
const rows = (path: string, section: string) => page(path).querySelectorAll(`section[aria-labelledby="${section}"] tbody tr`).map((tr) => cells(tr).slice(0, -1));

beforeAll(() => {
  const dir = temporaryDir("mingzhang-across-");
  const seeds = join(dir, "seeds");
  mkdirSync(seeds);
  for (const file of readdirSync("tests/fixtures/pair")) copyFileSync(join("tests/fixtures/pair", file), join(seeds, file));
  for (const file of [SEED, SEED.replace(/\.txt$/, ".meta.json")]) copyFileSync(file, join(seeds, file.split("/").at(-1)!));
  for (const s of synthesizeSeries(readFileSync(SEED, "utf-8"), "bj-zwfw-sjglj")) {
    writeFileSync(join(seeds, `${s.name}.txt`), s.text);
    writeFileSync(join(seeds, `${s.name}.meta.json`), JSON.stringify({ slug: s.slug }));
  }
  out = join(dir, "dist");
  const result = build(out, { SEEDS_DIR: seeds });
  if (result.status !== 0) throw new Error(result.output);
}, 600_000);

describe("预算 beside 决算 of the same year", () => {
  const PAGE = "2025/sh-demo/final/vs-budget";

  it("pairs them on one page under the 决算, linked from both overviews", () => {
    expect(text(page(PAGE).querySelector("h1"))).toBe("2025年预算与决算对照");
    for (const overview of ["2025/sh-demo", "2025/sh-demo/final"]) {
      const link = page(overview).querySelectorAll("a").find((a) => text(a).startsWith("2025年预算与决算逐项对照"));
      expect(link, overview).toBeDefined();
    }
  });

  it("compares 基本支出 and 项目支出 in 万元, the 预算's 元 converted exactly, with 差额 and 执行率", () => {
    // rounded to the 分 for reading; each cell's <data value> keeps the exact figure
    expect(rows(PAGE, "basic-project")).toEqual([
      ["", "基本支出", "700.00", "680.00", "-20.00", "97.1%"],
      ["", "项目支出", "300.00", "270.00", "-30.00", "90.0%"],
      ["", "合计", "1,000.00", "950.00", "-50.00", "95.0%"],
    ]);
    expect(page(PAGE).querySelector('section[aria-labelledby="basic-project"] tbody data')?.getAttribute("value")).toBe("700.000000");
  });

  it("lists every 功能分类 项 of either, largest deviation first", () => {
    expect(rows(PAGE, "functional")).toEqual([
      ["2010602", "一般行政管理事务", "300.00", "270.00", "-30.00", "90.0%"],
      ["2010601", "行政运行", "500.00", "480.00", "-20.00", "96.0%"],
      ["2080505", "机关事业单位基本养老保险缴费支出", "200.00", "200.00", "0.00", "100.0%"],
    ]);
    expect(rows(PAGE, "functional-class").at(-1)).toEqual(["", "合计", "1,000.00", "950.00", "-50.00", "95.0%"]);
  });

  it("compares 基本支出 by 经济分类, both halves of the 决算's table; equal deviations in code order", () => {
    expect(rows(PAGE, "economic")).toEqual([
      ["30101", "基本工资", "400.00", "390.00", "-10.00", "97.5%"],
      ["30201", "办公费", "100.00", "90.00", "-10.00", "90.0%"],
      ["30108", "机关事业单位基本养老保险缴费", "200.00", "200.00", "0.00", "100.0%"],
      ["", "合计", "700.00", "680.00", "-20.00", "97.1%"],
    ]);
  });

  it("compares the “三公” figures, the 预算's table against the 决算's 决算数", () => {
    expect(rows(PAGE, "three-public")).toEqual([
      ["", "因公出国（境）费", "2.00", "1.00", "-1.00", "50.0%"],
      ["", "公务用车购置及运行费", "5.00", "4.50", "-0.50", "90.0%"],
      ["", "其中：公务用车购置费", "0.00", "0.00", "0.00", "—"],
      ["", "其中：公务用车运行费", "5.00", "4.50", "-0.50", "90.0%"],
      ["", "公务接待费", "3.00", "2.50", "-0.50", "83.3%"],
      ["", "“三公”经费合计", "10.00", "8.00", "-2.00", "80.0%"],
    ]);
  });

  it("links each figure to its place in both sources", () => {
    const first = page(PAGE).querySelector('section[aria-labelledby="functional"] tbody tr');
    // 2010602 in the 预算's 支出预算总表 and in the 决算's 支出决算表
    expect(text(first?.querySelector(".source-col"))).toBe("预算 第 38 行 决算 第 34 行");
  });

  it("says on the 决算's overview what its own “三公” table states: 预算数, 决算数, 执行率", () => {
    const table = page("2025/sh-demo/final").querySelectorAll("table").find((t) => text(t.querySelector("caption")).startsWith("“三公”经费：决算表自列"));
    expect(table?.querySelectorAll("tbody tr").map(cells)[0]).toEqual(["“三公”经费合计", "10.00", "8.00", "80.0%"]);
  });
});

describe("the text's statements on the checks page", () => {
  it("leads with the contradicted ones, each quoting the clause and showing what it should say", () => {
    const html = page("2025/sh-demo/checks");
    const findings = html.querySelector('section[aria-labelledby="disagree"]');
    expect(findings?.querySelectorAll("h3").map(text)).toContain("文字与表格（6 处）");
    const first = html.getElementById("narrative.year@4");
    expect(first?.closest("section")?.getAttribute("aria-labelledby")).toBe("disagree");
    expect(text(first?.querySelector("p"))).toBe("原文说“比2025年预算增加100万元”；本公开是2025年的，与上一年比较应称2024年，原文却称2025年（即本年）。");
    expect(text(first?.querySelector("blockquote"))).toBe("2025年，上海市普陀区示例局收入预算1,000.00万元，其中：财政拨款收入1000万元，比2025年预算增加100万元；事业收入0万元。");
  });

  it("says on the overview how many statements the tables contradict", () => {
    expect(text(page("2025/sh-demo").querySelector("p.lead"))).toContain("6 处文字与表格或与它自己给出的数不一致");
  });
});

describe("a department over three years (the seed and its synthetic 2024 and 2025)", () => {
  const DEPARTMENT = "departments/bj-zwfw-sjglj";
  const GAZETTE = "projects/11000022T000000438666";

  it("lists every year the site holds, with its key figures", () => {
    const table = page(DEPARTMENT).querySelectorAll("table").find((t) => text(t.querySelector("caption")).includes("的全部公开"));
    const years = table?.querySelectorAll("tbody tr").map((tr) => cells(tr)[0]);
    expect(years).toEqual(["2024年部门预算", "2025年部门预算", "2026年部门预算"]);
  });

  it("names the projects that came and went and the one re-costed, matched by code", () => {
    const section = page(DEPARTMENT).querySelector('section[aria-labelledby="2026-budget-department"]');
    expect(section?.querySelectorAll("p").map(text)).toContain("按项目编码对应：2026年新列出 16 个项目，2025年的 1 个项目不再列出，1 个项目金额有变化。");
    expect(section?.querySelectorAll("details summary").map(text)).toEqual(["2026年新列出的项目（16 个）", "2026年不再列出的项目（1 个）"]);
    const changed = section?.querySelectorAll("table").at(-1)?.querySelectorAll("tbody tr").map(cells);
    expect(changed).toEqual([["《北京市人民政府公报》制作发行服务", "58.00", "61.22", "+3.22", "5.6%"]]);
    expect(section?.querySelector("tbody a")?.getAttribute("href")).toBe(`../../${GAZETTE}/index.html`);
  });

  it("gives a project printed in three years a page of its history, linked from each year's project page", () => {
    const rows = page(GAZETTE).querySelector("table")?.querySelectorAll("tbody tr").map((tr) => cells(tr).filter((_, i) => i !== 3));
    expect(rows).toEqual([
      ["2024年部门预算", "《北京市人民政府公报》制作发行服务", "55.50", "12 条"],
      ["2025年部门预算", "《北京市人民政府公报》制作发行服务", "58.00", "11 条"],
      ["2026年部门预算", "《北京市人民政府公报》制作发行服务", "61.22", "11 条"],
    ]);
    for (const year of [2024, 2025, 2026]) {
      const link = page(`${year}/bj-zwfw-sjglj/projects/11000022T000000438666`).querySelectorAll("a").find((a) => text(a).includes("历年金额、目标与指标对照"));
      expect(link?.getAttribute("href"), String(year)).toBe(`../../../../${GAZETTE}/index.html`);
    }
    const once = page("2026/bj-zwfw-sjglj/projects/11000026T000003668042");
    expect(once.querySelectorAll("dd").map(text)).toContain("本站收录的其他公开中没有同一项目编码");
  });

  it("shows each year's change of amount, goal and indicators", () => {
    const step = page(GAZETTE).querySelector('section[aria-labelledby="2026-budget-department"]');
    expect(text(step?.querySelector("h2"))).toBe("2026年部门预算比2025年部门预算");
    expect(text(step?.querySelector("dd"))).toBe("58.00 → 61.22 万元，变化 +3.22 万元（5.6%）");
    expect(step?.querySelectorAll(".diff del").map(text)).toEqual(["［删去］按期"]);
    expect(step?.querySelectorAll(".diff ins")).toHaveLength(0);
    expect(step?.querySelectorAll("tbody tr").map(cells)).toEqual([["产出指标", "数量指标", "每年发行公报册数", "=7.5万册", "=7.32万册", "目标改变"]]);
    const first = page(GAZETTE).querySelector('section[aria-labelledby="2025-budget-department"]');
    expect(first?.querySelectorAll("tbody tr").map(cells)).toEqual([["产出指标", "数量指标", "公报增刊期数", "≤4期", "—", "删去"]]);
  });
});
