import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { beforeAll, describe, expect, it } from "vitest";
import type { Disclosure } from "../../src/lib/disclosure/schema.ts";
import { parseCsv } from "../../src/lib/site/csv.ts";
import { cells, DIST, page, requireDist, text } from "./dist.ts";

beforeAll(requireDist);

/** The models the build wrote, as the site read them. */
const models = (): Disclosure[] => readdirSync("content/disclosures").sort().map((name) => JSON.parse(readFileSync(join("content/disclosures", name), "utf-8")) as Disclosure);

describe("a department over its years", () => {
  it("lists every disclosure of 万里街道 with its figures, rounded for reading", () => {
    const table = page("departments/sh-putuo-wanli").querySelectorAll("table").find((t) => text(t.querySelector("caption")).includes("的全部公开"));
    const rows = table?.querySelectorAll("tbody tr").map(cells);
    expect(rows?.map((r) => r.slice(0, 6))).toEqual([
      ["2023年部门预算", "16,497.86", "16,497.86", "9,940.63", "6,557.23", "22.91"],
      ["2024年部门预算", "15,621.11", "15,621.11", "9,970.60", "5,650.51", "47.91"],
      ["2025年部门预算", "18,976.76", "18,976.76", "10,134.17", "8,842.58", "37.91"],
    ]);
  });

  it("gives each year's change against the year before, exactly computed, and names what is new", () => {
    const section = page("departments/sh-putuo-wanli").querySelector('section[aria-labelledby="2025-budget-department"]');
    // 189,767,551 元 − 156,211,123 元 = 33,556,428 元
    expect(cells(section?.querySelectorAll("tbody tr")[0])).toEqual(["支出总计", "18,976.76", "+3,355.64", "21.5%", "15,621.11"]);
    const earlier = page("departments/sh-putuo-wanli").querySelector('section[aria-labelledby="2024-budget-department"]');
    const education = earlier?.querySelectorAll("tbody tr").find((tr) => text(tr).includes("教育支出"));
    expect(cells(education)).toEqual(["教育支出 205", "25.00", "—", "—", "—", "本年新增"]);
  });

  it("compares the “三公” parts, each 功能分类 款 and each 经济分类 类 of 基本支出, leaving out what neither year prints", () => {
    const table = (id: string) => page("departments/sh-putuo-wanli").querySelector(`#2025-budget-department-${id}`)?.querySelectorAll("tbody tr").map(cells);
    expect(table("figures")?.map((r) => r[0])).toEqual(["支出总计", "财政拨款", "基本支出", "项目支出", "“三公”经费", "其中：因公出国（境）费", "其中：公务接待费", "其中：公务用车购置及运行费"]);
    expect(table("figures")?.at(-1)).toEqual(["其中：公务用车购置及运行费", "36.56", "-10.00", "-21.5%", "46.56"]);
    expect(table("functional-section")?.find((r) => r[0] === "其他城乡社区支出 21299")).toEqual(["其他城乡社区支出 21299", "5,234.89", "+4,312.87", "467.8%", "922.02", ""]);
    expect(table("economic-class")).toEqual([
      ["工资福利支出 301", "9,023.86", "+195.61", "2.2%", "8,828.25", ""],
      ["商品和服务支出 302", "1,082.77", "-34.09", "-3.1%", "1,116.86", ""],
      ["对个人和家庭的补助 303", "27.55", "+2.05", "8.0%", "25.49", ""],
    ]);
  });

  it("is linked from each year's overview, beside the department's other disclosures", () => {
    const series = page("2024/sh-putuo-wanli").querySelector("p.series");
    expect(text(series)).toBe("本站收录本部门的 3 份预决算：2023年部门预算 · 2024年部门预算 · 2025年部门预算。本部门逐年对照");
    expect(series?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["../../2023/sh-putuo-wanli/index.html", "../../2025/sh-putuo-wanli/index.html", "../../departments/sh-putuo-wanli/index.html"]);
  });
});

describe("a year's departments side by side", () => {
  it("lists 上海市普陀区's 2025 disclosures by 支出总计 and draws its departments' spending, a 单位预算 not counted twice", () => {
    const html = page("2025");
    expect(html.querySelector("table")?.querySelectorAll("tbody tr").map((tr) => cells(tr).slice(0, 3))).toEqual([
      ["上海市普陀区人民政府万里街道办事处", "部门预算", "18,976.76"],
      ["上海市普陀区人民政府办公室", "部门预算", "9,101.68"],
      ["上海市普陀区人民政府办公室", "单位预算", "9,101.68"],
    ]);
    // 189,767,551 元 and 91,016,775.35 元, in 万元, exactly
    expect(text(html.querySelector("figure.treemap figcaption"))).toContain("上海市普陀区2025年各部门支出总计：28,078.43 万元，2 项");
    expect(html.querySelector("figure.treemap rect")?.getAttribute("data-amount")).toBe("18976.7551");
  });
});

describe("the corpus in one download", () => {
  it("opens as a SQLite database whose tables hold every record of the models", () => {
    const db = new DatabaseSync(join(DIST, "data", "mingzhang.sqlite"), { readOnly: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const all = models();
    expect(count("disclosures")).toBe(all.length);
    expect(count("projects")).toBe(all.reduce((n, d) => n + d.projects.length, 0));
    expect(count("indicators")).toBe(all.reduce((n, d) => n + d.projects.reduce((m, p) => m + p.indicators.length, 0) + d.overallIndicators.length, 0));
    expect(count("checks")).toBe(all.reduce((n, d) => n + d.checks.length, 0));
    expect(count("narrative")).toBe(all.reduce((n, d) => n + d.narrative.reduce((m, s) => m + s.paragraphs.length, 0), 0));
    // amounts stay exact text, in their tables' units
    expect(db.prepare("SELECT amount, unit FROM table_rows WHERE disclosure = '2026/sh-putuo-sifaju' AND table_key = 't03' AND row_kind = 'total' AND column_key = 'total'").get()).toEqual({ amount: "96282213.44", unit: "元" });
    db.close();
  });

  it("gives the same records as CSV, for all years and for each", () => {
    const db = new DatabaseSync(join(DIST, "data", "mingzhang.sqlite"), { readOnly: true });
    const rows = parseCsv(readFileSync(join(DIST, "data", "table_rows.csv"), "utf-8")).rows;
    expect(rows.length).toBe((db.prepare("SELECT count(*) AS n FROM table_rows").get() as { n: number }).n);
    const of2024 = parseCsv(readFileSync(join(DIST, "data", "table_rows-2024.csv"), "utf-8")).rows;
    expect(of2024.length).toBe(rows.filter((r) => r[1] === "2024").length);
    db.close();
  });
});

describe("a project of a unit the department lists it under (杭州 表11 prints 单位名称 a row)", () => {
  it("names the unit beside the department where two projects of one name are the year's largest", () => {
    const rows = page("2026").querySelector("#largest")?.parentNode?.querySelectorAll("tbody tr").map(cells) ?? [];
    const prisons = rows.filter((r) => r[0] === "罪犯生活保障").map((r) => r[1]);
    expect(prisons).toEqual(expect.arrayContaining(["杭州市司法局（杭州市西郊监狱）", "杭州市司法局（杭州市南郊监狱）"]));
  });
});
