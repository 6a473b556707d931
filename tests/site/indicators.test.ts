import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/site/csv.ts";
import { BASE, cells, file, page, requireDist, text } from "./dist.ts";

beforeAll(requireDist);

/** The Beijing seed's signals: the figures of tests/lib/findings/indicator-quality.test.ts, as the pages print them. */
describe("signals of the indicators, on the built site", () => {
  const PAGE = `${BASE}/indicators`;

  it("has a page per disclosure with projects: the department's counts, each defined", () => {
    const figures = page(PAGE).querySelectorAll("ul.figures li").map((li) => text(li.querySelector(".big")));
    expect(figures).toEqual(["117 条", "161 条", "4 个项目", "0 · 0 条", "4 项"]);
    expect(page(PAGE).querySelectorAll("dl.facts dt").map(text)).toEqual(["定性指标", "无指标值", "数值无单位", "与其他项目同文", "无成本指标", "找不到对应项目的活动"]);
    expect(page(PAGE).querySelectorAll("#activities ~ ul li").map(text)).toEqual(["市市民热线服务中心信息化软件系统、硬件建设、运维管理", "政务数据运维服务活动", "数据资源建设和开发利用工作", "数据科技创新和应用推广"]);
  });

  it("lists every project, its row anchored and linked from the project's page", () => {
    const rows = page(PAGE).querySelectorAll("#projects + .table-wrap tbody tr");
    expect(rows).toHaveLength(82);
    const row = page(PAGE).querySelector("#p-11000022T000000438666");
    expect(cells(row)).toEqual(["《北京市人民政府公报》制作发行服务", "11", "1", "0", "0", "0", "否"]);
    const project = page(`${BASE}/projects/11000022T000000438666`);
    const line = project.querySelector("p.signals");
    expect(text(line)).toBe("指标信号（提示，不是结论）：定性指标 1 条，与其他项目同文 0 条，有成本指标。与本部门其他项目比较");
    expect(line?.querySelector("a")?.getAttribute("href")).toBe("../../indicators/index.html#p-11000022T000000438666");
  });

  it("sums them up on the overview and the checks page, apart from the checks", () => {
    const sentence = "82 个项目的 1057 条绩效指标中：定性指标 117 条，与其他项目同文 161 条，4 个项目无成本指标，4 项整体目标活动找不到对应的项目。";
    expect(text(page(BASE).querySelector("p.signals"))).toContain(sentence);
    expect(text(page(`${BASE}/checks`).querySelector('section[aria-labelledby="group-indicators"] p'))).toContain(sentence);
  });

  it("shows the share of 定性 indicators on the year's and the department's pages", () => {
    const year = page("2026").querySelectorAll("tbody tr").find((tr) => text(tr).includes("北京市政务服务和数据管理局"));
    expect(year?.querySelectorAll("a").find((a) => text(a) === "11.1%")?.getAttribute("href")).toBe("bj-zwfw-sjglj/indicators/index.html");
  });

  it("downloads them per project, one column per signal", () => {
    const { columns, rows } = parseCsv(file(`${BASE}/data/indicator-signals.csv`));
    expect(columns).toEqual(["项目编码", "项目名称", "绩效指标数", "定性指标", "与其他项目同文", "无指标值", "数值无单位", "无成本指标", "源文件行号"]);
    expect(rows).toHaveLength(82);
    expect(rows.find((r) => r[0] === "11000022T000000438666")).toEqual(["11000022T000000438666", "《北京市人民政府公报》制作发行服务", "11", "1", "0", "0", "0", "false", "474"]);
  });
});
