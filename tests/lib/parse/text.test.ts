import { describe, expect, it } from "vitest";
import { compact, normalizeLabel, toBlocks, unwrap } from "../../../src/lib/parse/text.ts";

describe("unwrap", () => {
  it.each([
    ["二类 培训服务", "二类培训服务"],
    ["北京 市政务服务大 厅窗口工作规 范化监督与效 能促进服务项 目", "北京市政务服务大厅窗口工作规范化监督与效能促进服务项目"],
    [" 12345对外宣传 经费", "12345对外宣传经费"],
    ["政务 服务数据安全 监测服务", "政务服务数据安全监测服务"],
    ["“京通” 小程序", "“京通”小程序"],
    ["Open Data Day", "Open Data Day"],
    ["京通 APP", "京通 APP"],
    ["JCPA 期刊", "JCPA 期刊"],
  ])("%j → %j", (input, expected) => {
    expect(unwrap(input)).toBe(expected);
  });
});

describe("labels", () => {
  it("drop wrap spaces in codes and labels, and compare brackets, quotes and colons of either width", () => {
    expect(compact("50 201")).toBe("50201");
    expect(compact("产出 指标")).toBe("产出指标");
    expect(normalizeLabel("因公出国（境）费用")).toBe(normalizeLabel("因公出国(境)费用"));
    expect(normalizeLabel("其中：")).toBe("其中");
    expect(normalizeLabel("“三公”经费")).toBe(normalizeLabel('"三公"经费'));
  });
});

describe("toBlocks", () => {
  it("turns <br>, <div> and numeric entities into structure and text", () => {
    expect(toBlocks("<div>甲&#65306;乙</div><div>丙&#x4E01;</div>")).toEqual([
      { kind: "paragraph", text: "甲：乙" },
      { kind: "paragraph", text: "丙丁" },
    ]);
    expect(toBlocks("<ol>一。<br>二。</ol>")).toEqual([{ kind: "list", items: ["一。", "二。"] }]);
  });

  // quadratic before: a pattern that backtracked over the spaces ran for minutes (the test's timeout catches a return)
  it("reads a < followed by megabytes of spaces as text", () => {
    expect(toBlocks(`<${" ".repeat(2_000_000)}p>`)).toEqual([{ kind: "paragraph", text: "< p>" }]);
  });

  it("reads plain text as one paragraph and empty text as nothing", () => {
    expect(toBlocks("通过开展运维服务，保障平台正常运行。")).toEqual([{ kind: "paragraph", text: "通过开展运维服务，保障平台正常运行。" }]);
    expect(toBlocks("  ")).toEqual([]);
  });

  it("reads <p> fragments as paragraphs and decodes entities", () => {
    expect(toBlocks("<p>甲&nbsp;乙</p> <p>A &amp; B</p>")).toEqual([
      { kind: "paragraph", text: "甲 乙" },
      { kind: "paragraph", text: "A & B" },
    ]);
  });

  it("keeps explicit list items as they are", () => {
    expect(toBlocks("<ul><li>一。 二。</li><li>三</li></ul>")).toEqual([{ kind: "list", items: ["一。 二。", "三"] }]);
  });

  it("keeps tags it does not know as visible text, never as markup", () => {
    expect(toBlocks('<p>目标<script>alert(1)</script><img src=x onerror="alert(2)"></p>')).toEqual([
      { kind: "paragraph", text: '目标<script>alert(1)</script><img src=x onerror="alert(2)">' },
    ]);
  });

  it("keeps a stray > inside a title as text", () => {
    expect(toBlocks("形成《实施方案（2024-2026年）>终期评估报告》")).toEqual([
      { kind: "paragraph", text: "形成《实施方案（2024-2026年）>终期评估报告》" },
    ]);
  });
});
