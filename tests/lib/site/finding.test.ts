import { describe, expect, it } from "vitest";
import { clauseOf, plainFinding } from "../../../src/lib/site/finding.ts";
import { need, parsedFile, seed } from "../../helpers.ts";

const text = (f: ReturnType<typeof plainFinding>) => `${f.clause ? `原文说“${f.clause}”；` : ""}${f.parts.map((p) => p.text).join("")}`;

describe("a finding in the document's words", () => {
  it("quotes the clause that states the figure, not the whole sentence", () => {
    const quote = "2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2026年预算增加793.14万元；事业收入0万元。";
    expect(clauseOf(quote, { expected: "2026", unit: "年" })).toBe("比2026年预算增加793.14万元");
    expect(clauseOf(quote, { expected: "793.14", unit: "万元" })).toBe("比2026年预算增加793.14万元");
    // figures with thousands separators, and a decrease stated as a negative change
    expect(clauseOf("收入预算19,577万元，比2025年预算减少1.10%。", { expected: "19577", unit: "万元" })).toBe("收入预算19,577万元");
    expect(clauseOf("收入预算19,577万元，比2025年预算减少1.10%。", { expected: "-1.10", unit: "%" })).toBe("比2025年预算减少1.10%");
  });

  it("says the 2026 司法局 budget's headline contradiction with its arithmetic and the slip that would reconcile it (p9)", async () => {
    const d = await parsedFile("seeds/sh-putuo-sifaju-2026-budget.pdf");
    const change = plainFinding(d, need(d.checks.find((c) => c.id === "narrative.change@p9-1"), "p9-1"));
    expect(text(change)).toBe("原文说“比2025年预算执行数增加17.62%”；按原文自己给出的数为 -91.11%，相差 108.73 个百分点。");
    expect(change.possibly).toBe("若原文的 43269.3 本是 3269.3（多了一位数字），这句话就完全成立。这只是一种可能，原文并未更正。");
    const year = plainFinding(d, need(d.checks.find((c) => c.id === "narrative.year@p8-2"), "p8-2"));
    expect(text(year)).toBe("原文说“比2026年预算增加793.14万元”；本公开是2026年的，与上一年比较应称2025年，原文却称2026年（即本年）。");
    const repeated = plainFinding(d, need(d.checks.find((c) => c.id === "narrative.item-2210201-repeated@p9-15"), "p9-15"));
    expect(text(repeated)).toBe("原文说“12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元”；按原文自己给出的数为 201.50 万元，相差 7.30 万元。");
  }, 60_000);

  it("says a table's own inconsistency and one between tables, each table linked (the Beijing seed)", () => {
    const d = seed();
    const rows = plainFinding(d, need(d.checks.find((c) => c.id === "t03.rows.total"), "t03"));
    expect(rows.parts).toEqual([{ text: "预算03表", table: "t03" }, { text: "印出 101,605.173803 万元，由明细算得 79,094.952189 万元，相差 22,510.221614 万元。" }]);
    const cross = plainFinding(d, need(d.checks.find((c) => c.id === "t01-t03.functional.201"), "t01-t03"));
    expect(cross.parts.map((p) => p.table ?? p.text)).toEqual(["t01", "中为 87,574.015036 万元，", "t03", "中为 65,063.793422 万元，相差 22,510.221614 万元。"]);
  });
});

describe("a figure printed empty", () => {
  it("is said to be blank, not 0: 上海市审计局's 收入总计 (表1, p7)", async () => {
    const d = await parsedFile("seeds/shanghai-shenji-2026-unit-budget.pdf");
    const total = need(d.checks.find((c) => c.id === "t01.income-total"), "t01.income-total");
    expect(total.blank).toBe(true);
    expect(text(plainFinding(d, total))).toBe("表1的这一格空着未填（计算时按 0 计），由明细算得 195,774,300 元，相差 195,774,300 元。");
    const said = need(d.checks.find((c) => c.id === "narrative.income-total@p6-2"), "p6-2");
    expect(text(plainFinding(d, said))).toBe("原文说“上海市审计局收入预算19,577万元”；表1中这一格空着未填（计算时按 0 计）。");
  }, 60_000);
});
