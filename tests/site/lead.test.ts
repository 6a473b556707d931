import { beforeAll, describe, expect, it } from "vitest";
import { page, requireDist, text } from "./dist.ts";

beforeAll(requireDist);

/** The opening sentences of a page, as a reader reads them, and where each link goes. */
const lead = (path: string) => page(path).querySelector("main p.lead");

describe("each disclosure, department and year page opens with sentences", () => {
  it("says a department's total first to last and its biggest mover across its years (万里街道 2023–2025)", () => {
    const p = lead("departments/sh-putuo-wanli");
    // the 款 21299 as the three budgets' 表3 print it: 1,450.00, 922.02 and 5,234.89 万元
    expect(text(p)).toBe(
      "本站收录上海市普陀区人民政府万里街道办事处2023年至2025年的 3 份部门预算。" +
        "支出总计从2023年的 1.65 亿元变为2025年的 1.90 亿元，增加 2,478.89 万元（15.0%）。" +
        "2023年至2025年变化最大的支出科目（款）是其他城乡社区支出（21299）：1,450.00 → 922.02 → 5,234.89 万元，增加 3,784.89 万元（261.0%）。" +
        "其中 2 份有对不上的地方：2023年部门预算（5 处不符：表格 1、文字 4）和2024年部门预算（3 处不符：文字 2、完整性 1）。",
    );
    // each total links to its disclosure, each finding to its checks
    expect(p?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["../../2023/sh-putuo-wanli/index.html", "../../2025/sh-putuo-wanli/index.html", "../../2023/sh-putuo-wanli/checks/index.html", "../../2024/sh-putuo-wanli/checks/index.html"]);
  });

  it("says a disclosure's total and its change from the year before, its largest items and its largest change", () => {
    const p = lead("2024/sh-putuo-wanli");
    expect(text(p)).toContain("上海市普陀区人民政府万里街道办事处2024年部门预算的支出总计为 1.56 亿元，比2023年部门预算（1.65 亿元）减少 876.75 万元（5.3%）。");
    expect(text(p)).toContain("支出最多的是城乡社区支出（1.19 亿元，占支出总计的 76.4%）、社会保障和就业支出（1,960.41 万元，占支出总计的 12.5%）和住房保障支出（888.24 万元，占支出总计的 5.7%）。");
    expect(text(p)).toContain("与2023年相比，变化最大的是社会保障和就业支出（208）：从 2,707.32 万元到 1,960.41 万元，减少 746.92 万元（27.6%），见逐年对照。");
    // the total links to the 收支总表 that prints it
    expect(p?.querySelector("a")?.getAttribute("href")).toBe("tables/01/index.html");
  });

  it("counts the findings as the checks page does (上海市普陀区司法局 2026)", () => {
    expect(text(lead("2026/sh-putuo-sifaju"))).toContain("核对 167 项，7 项对不上：7 处文字与表格或与它自己给出的数不一致。逐处查看。");
  });

  it("says what a year holds, its largest and how many have findings, never adding regions together", () => {
    const p = text(lead("2026"));
    expect(p).toMatch(/^2026年，本站收录 10 个地区、11 个部门的 10 份部门预算和 2 份单位预算。/);
    expect(p).toContain("支出总计最大的是福州市医疗保障局部门预算（35.19 亿元）");
    expect(text(lead("2024"))).toContain("与上年相比，支出总计变化最大的是上海市普陀区人民政府万里街道办事处部门预算：从 1.65 亿元到 1.56 亿元，减少 876.75 万元（5.3%）。");
  });
});
