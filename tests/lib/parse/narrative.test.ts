import { describe, expect, it } from "vitest";
import { paragraphsOf } from "../../../src/lib/parse/narrative.ts";
import type { DocLine } from "../../../src/lib/source/document.ts";

/** Lines of one page as the PDF reader gives them: running text is one cell a line. */
const page = (page: number, ...texts: (string | string[])[]): DocLine[] => texts.map((text, i) => ({ page, line: i + 1, cells: typeof text === "string" ? [text] : text }));

describe("paragraphs of a part of the text", () => {
  it("joins the lines a PDF broke at its margin, across a page break, and keeps where each paragraph starts", () => {
    const lines = [
      ...page(4, "上海市普陀区司法局是主管本区司法和法制工作的区政府工作部门，主要职责是：", "（一）贯彻执行国家和本市有关司法行政工作的法律、法规、规章和方针、政策，制定本区司法行", "政工作规划、年度计划并组织实施。", "（二）承担区委全面依法治区委员会办公室日常工作，组织开展全面依法治区重大问题的政策研究"),
      ...page(5, "，协调有关方面提出全面依法治区中长期规划建议。"),
    ];
    expect(paragraphsOf(lines)).toEqual([
      { text: "上海市普陀区司法局是主管本区司法和法制工作的区政府工作部门，主要职责是：", page: 4, line: 1 },
      { text: "（一）贯彻执行国家和本市有关司法行政工作的法律、法规、规章和方针、政策，制定本区司法行政工作规划、年度计划并组织实施。", page: 4, line: 2 },
      { text: "（二）承担区委全面依法治区委员会办公室日常工作，组织开展全面依法治区重大问题的政策研究，协调有关方面提出全面依法治区中长期规划建议。", page: 4, line: 4 },
    ]);
  });

  it("ends a paragraph at a line that stops short of the margin, and keeps a colon at the margin inside it", () => {
    const lines = page(
      8,
      "2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2025年增加",
      "793.14万元。",
      "财政拨款收入支出增加的主要原因是工作量增加",
      "8、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）主要用于：",
      "支付养老保险。",
    );
    expect(paragraphsOf(lines).map((p) => p.text)).toEqual([
      "2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2025年增加793.14万元。",
      "财政拨款收入支出增加的主要原因是工作量增加",
      "8、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）主要用于：支付养老保险。",
    ]);
  });

  it("starts a paragraph at each enumeration, and keeps a table row's cells", () => {
    const lines = page(5, "具体包括：", "1.普陀区司法局本部", "2.普陀区法律援助中心", ["序号", "单位名称", "备注"], ["1", "上海市普陀区财政局（本级）", ""]);
    expect(paragraphsOf(lines)).toEqual([
      { text: "具体包括：", page: 5, line: 1 },
      { text: "1.普陀区司法局本部", page: 5, line: 2 },
      { text: "2.普陀区法律援助中心", page: 5, line: 3 },
      { text: "序号 单位名称 备注", cells: ["序号", "单位名称", "备注"], page: 5, line: 4 },
      { text: "1 上海市普陀区财政局（本级）", cells: ["1", "上海市普陀区财政局（本级）", ""], page: 5, line: 5 },
    ]);
  });
});
