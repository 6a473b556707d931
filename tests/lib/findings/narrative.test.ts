import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/lib/parse/index.ts";
import { isUnitHeading } from "../../../src/lib/findings/narrative.ts";
import { fixture, parsedFile } from "../../helpers.ts";

const load = parsedFile;
const narrative = async (file: string) => (await load(file)).checks.filter((c) => c.group === "narrative");

/*
 * tests/fixtures/pair: a budget and a 决算 whose text states figures chosen for this test, one of
 * each kind of statement right and one of each wrong.
 */
describe("what the text says, against the tables and its own figures", () => {
  it("checks each kind of statement of a budget's text, and finds exactly the wrong ones", async () => {
    const checks = await narrative("tests/fixtures/pair/sh-demo-2025-budget.txt");
    expect(checks.filter((c) => !c.passed).map((c) => [c.id, c.unit, c.expected, c.actual, c.difference])).toEqual([
      // 比2025年预算增加: a 2025 budget compares with 2024
      ["narrative.year@4", "年", "2025", "2024", "-1"],
      // 财政拨款支出预算999.00万元, where 表4 prints 10,000,000.00 元
      ["narrative.fiscal-spending@5", "万元", "999.00", "1000.000000", "1.000000"],
      // 0万元，比2024年预算增加50万元: the year before would have been −50
      ["narrative.previous@5", "万元", "0", "-50", "-50"],
      // from 400 to 500 is 25%, not 20%
      ["narrative.change@7", "%", "20", "25.00", "5.00"],
      // 300万元 at the paragraph's start, 预算安排280万元 further on
      ["narrative.item-2010602-repeated@8", "万元", "300", "280", "-20"],
      // 公务接待费3.5万元, where 表9 prints 3.00
      ["narrative.reception@84", "万元", "3.5", "3.00", "-0.50"],
    ]);
    expect(checks.filter((c) => c.passed).map((c) => c.id)).toEqual([
      "narrative.income-total@4",
      "narrative.fiscal-income@4",
      "narrative.business-income@4",
      "narrative.previous@4",
      "narrative.expenditure-total@5",
      "narrative.fund-spending@5",
      "narrative.year@5",
      "narrative.item-2010601@7",
      "narrative.item-2010601-repeated@7",
      "narrative.year@7",
      "narrative.item-2010602@8",
      "narrative.year@8",
      "narrative.three-public-budget@82",
      "narrative.year@82",
      "narrative.outbound@83",
      "narrative.year@83",
      "narrative.year@84",
    ]);
  });

  it("quotes the sentence it read, and names the table and row it compared with", async () => {
    const check = (await narrative("tests/fixtures/pair/sh-demo-2025-budget.txt")).find((c) => c.id === "narrative.fiscal-spending@5");
    expect(check).toMatchObject({
      quote: "支出预算1,000.00万元，其中：财政拨款支出预算999.00万元。",
      description: "文字所说的财政拨款支出预算等于2025年部门财政拨款收支预算总表的支出总计（按文字的位数四舍五入）",
      tables: ["t04"],
      // the sentence, and 表4's 支出总计 row
      at: [{ line: 5 }, { line: 49 }],
    });
  });

  it("checks a 决算's shares against the two figures the sentence gives", async () => {
    const checks = await narrative("tests/fixtures/pair/sh-demo-2025-final.txt");
    expect(checks.filter((c) => c.id.startsWith("narrative.share")).map((c) => [c.expected, c.actual, c.passed])).toEqual([
      ["100", "100.00", true],
      ["70", "71.58", false],
      ["28.42", "28.4211", true],
    ]);
  });
});

describe("what the text says of itself and of figures it shortens", () => {
  // the budget fixture with its 三公 table's 公务接待费 at 3.07 (total 10.07), and two more paragraphs
  const text = fixture("pair/sh-demo-2025-budget.txt")
    .replace("10.00\t2.00\t3.00", "10.07\t2.00\t3.07")
    .replace("预算数为10.00万元", "预算数为10.0万元")
    .replace("公务接待费3.5万元", "公务接待费3.0万元")
    .concat(
      "二、政府采购预算情况\n",
      "2025年政府采购预算总额100.00万元，其中：货物30.00万元、工程0万元、服务60.00万元。另有采购预算总额90.00万元，其中：货物30.00万元、工程0万元、服务60.00万元。\n",
      "三、机关运行经费\n",
      "机关运行经费预算100.00万元，比上年减少5.00万元。机关运行经费预算100.00万元，比上年增加5.00万元。\n",
    );
  const checks = () => parseText(new TextEncoder().encode(text), "tests/fixtures/pair/sh-demo-2025-budget.txt").checks.filter((c) => c.group === "narrative");

  it("tells a figure whose last digits the text cut off (10.07 said as 10.0) from one it got wrong", () => {
    const cut = checks().filter((c) => /^narrative\.(?:three-public|outbound|reception)/.test(c.id));
    expect(cut.map((c) => [c.id, c.expected, c.actual, c.passed, c.truncation ?? false])).toEqual([
      ["narrative.three-public-budget@82", "10.0", "10.07", false, true],
      ["narrative.outbound@83", "2", "2.00", true, false],
      ["narrative.reception@84", "3.0", "3.07", false, true],
    ]);
  });

  it("adds up the 货物, 工程 and 服务 a text gives of its 政府采购 total", () => {
    expect(checks().filter((c) => c.id.startsWith("narrative.procurement")).map((c) => [c.expected, c.actual, c.passed])).toEqual([
      ["100.00", "90.00", false],
    ]);
  });

  it("finds one figure given twice with two different changes from the year before", () => {
    expect(checks().filter((c) => c.id.startsWith("narrative.base")).map((c) => [c.expected, c.actual, c.passed, c.quote])).toEqual([
      ["-5.00", "5.00", false, "机关运行经费预算100.00万元，比上年减少5.00万元。机关运行经费预算100.00万元，比上年增加5.00万元。"],
    ]);
  });
});

/* The real documents: every statement the text gets wrong, confirmed against the printed pages. */
const FOUND: Record<string, [id: string, stated: string, actual: string][]> = {
  // p21 四: 财政拨款收入支出总计0.3万元 (表4: 2,961.68); p21 五(二): 2106.66 ÷ 2940.05 is 71.65%, not 71.73%
  "sh-putuo-caizhengju-2024-final.pdf": [
    ["narrative.fiscal-total@p21-14", "0.3", "2961.68"],
    ["narrative.share@p21-24", "71.73", "71.6539"],
    // p24: 政府采购 251.25万元 of 4.79 + 0 + 246.47 = 251.26, within the parts' rounding
    ["narrative.procurement@p24-4", "251.25", "251.26"],
  ],
  // p21: 9746.50 ÷ 10210.34 is 95.457%, printed 95.45; p24: 基本支出 and 人员经费 of all funds (表3), not of 表5/表6
  "sh-putuo-guihuaziyuanju-2024-final.pdf": [
    ["narrative.rate@p21-14", "95.45", "95.4572"],
    ["narrative.general-basic@p24-14", "5377.64", "5364.75"],
    ["narrative.personnel@p24-14", "4896.98", "4884.09"],
    // p27: 政府采购 2319.21万元 of 122.43 + 1387.72 + 809.07 = 2319.22, within the parts' rounding
    ["narrative.procurement@p27-18", "2319.21", "2319.22"],
  ],
  "sh-putuo-qufuban-2025-budget.pdf": [],
  "sh-putuo-qufuban-2025-unit-budget.pdf": [],
  // p8: a 2026 budget compared with "2026年预算"; p9: 43269.3 → 3845.49 is no rise of 17.62% (3269.3 would be);
  // 77.99 → 91.97 is 17.93%; 住房公积金 208.8万元 but 预算安排201.50万元
  "sh-putuo-sifaju-2026-budget.pdf": [
    ["narrative.year@p8-2", "2026", "2025"],
    ["narrative.year@p8-4", "2026", "2025"],
    ["narrative.year@p8-4-2", "2026", "2025"],
    ["narrative.change@p9-1", "17.62", "-91.1127"],
    ["narrative.change@p9-8", "17.66", "17.9254"],
    ["narrative.item-2210201-repeated@p9-15", "208.8", "201.50"],
    ["narrative.change@p9-15", "5.27", "1.5932"],
  ],
  // the unit's text keeps the department's percentages and some of its amounts
  "sh-putuo-sifaju-2026-unit-budget.pdf": [
    ["narrative.change@p6-9", "-1.10", "-15.1299"],
    ["narrative.item-2080501-repeated@p6-22", "56.12", "57.8"],
    ["narrative.change@p6-22", "-2.27", "0.6443"],
    ["narrative.item-2210203-repeated@p7-13", "207", "170.03"],
    ["narrative.change@p7-13", "21.74", "-29.6699"],
  ],
  // p6: 政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元; p7: 职业年金 220.63万元, 预算安排441.25万元
  "sh-putuo-wanli-jiedao-2023-budget.pdf": [
    ["narrative.previous@p6-4-3", "0.00", "-1421.25"],
    ["narrative.change@p6-13", "314.82", "289.1174"],
    ["narrative.item-2080506-repeated@p7-22", "220.63", "441.25"],
    ["narrative.change@p7-22", "60.54", "232.7928"],
  ],
  // p9: 住房公积金 350.35万元, 预算安排352.67万元
  "sh-putuo-wanli-jiedao-2024-budget.pdf": [
    ["narrative.item-2210201-repeated@p9-18", "350.35", "352.67"],
    ["narrative.change@p9-18", "0.53", "1.1907"],
  ],
  "sh-putuo-wanli-jiedao-2025-budget.pdf": [],
};

describe("the real documents' text", () => {
  it.each(Object.entries(FOUND))("%s: exactly these statements are contradicted", async (file, expected) => {
    const checks = await narrative(`seeds/${file}`);
    expect(checks.filter((c) => !c.passed).map((c) => [c.id, c.expected, c.actual])).toEqual(expected);
  }, 60_000);

  it("checks a change against the two figures the sentence gives: 北京市司法局's 1,476.73 where 29,956.27 − 28,479.84 is 1,476.43 (情况说明 p7)", async () => {
    const checks = (await narrative("seeds/beijing-sifa-shuoming-2026-budget.pdf")).filter((c) => c.id.startsWith("narrative.difference"));
    expect(checks.map((c) => [c.id, c.expected, c.actual, c.passed])).toEqual([
      ["narrative.difference@p5-22", "1476.43", "1476.43", true],
      ["narrative.difference@p7-3", "1476.73", "1476.43", false],
    ]);
  }, 60_000);

  it("checks a 决算's “三公” 决算数 said after its 预算数, and the completion rate of the two, against the table (国家信访局 2024 p24)", async () => {
    // “三公”经费财政拨款支出预算为76.43万元，2024年度支出决算为46.21万元，完成预算的60.46%: 表9 prints 76.43 and 46.21
    const checks = (await narrative("seeds/central-guojiaxinfangju-2024-final.pdf")).filter((c) => /^narrative\.(three-public|rate)(-budget)?@p24-15$/.test(c.id));
    expect(checks.map((c) => [c.id, c.expected, c.actual, c.passed])).toEqual([
      ["narrative.rate@p24-15", "60.46", "60.4606", true],
      ["narrative.three-public@p24-15", "46.21", "46.21", true],
      ["narrative.three-public-budget@p24-15", "76.43", "76.43", true],
    ]);
  }, 60_000);

  it("checks a 决算's “三公” change from the year before against the table's 决算数 (规划和自然资源局 2024 p25)", async () => {
    // 比2023年度减少0.15万元，下降（增长）27.78%: 表7 prints a 决算数 of 0.39, so the year before was 0.54, and 0.15 ÷ 0.54 is 27.78%
    const check = (await narrative("seeds/sh-putuo-guihuaziyuanju-2024-final.pdf")).find((c) => c.id === "narrative.three-public-change@p25-11");
    expect(check).toMatchObject({ expected: "27.78", actual: "27.7778", passed: true });
    expect(check?.description).toContain("0.15 ÷（0.39 + 0.15）");
  }, 60_000);

  it("says a 政府采购 total that misses its parts by their rounding is a 取整差", async () => {
    const check = (await narrative("seeds/sh-putuo-caizhengju-2024-final.pdf")).find((c) => c.id === "narrative.procurement@p24-4");
    expect(check).toMatchObject({ passed: false, rounding: true, difference: "0.01" });
  });

  it("quotes the headline contradiction of the 2026 司法局 budget as printed", async () => {
    const check = (await narrative("seeds/sh-putuo-sifaju-2026-budget.pdf")).find((c) => c.id === "narrative.change@p9-1");
    expect(check?.quote).toContain("2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%");
    // (3845.49 − 3269.3) ÷ 3269.3 = 17.62%: a digit too many would reconcile it, and no other statement found has such a slip
    expect(check?.typo).toEqual({ printed: "43269.3", reading: "3269.3" });
  });

  it("offers no slip where a figure of the sentence is confirmed by its table (91.97 of 2080506 on p9)", async () => {
    const checks = await narrative("seeds/sh-putuo-sifaju-2026-budget.pdf");
    expect(checks.filter((c) => c.typo).map((c) => c.id)).toEqual(["narrative.change@p9-1"]);
  });
});

describe("the text of one of the department's units", () => {
  it("is told by a numbered heading naming the unit, or the department's 本级 (深圳市人力资源和社会保障局 2026, pp. 10 and 12)", () => {
    const department = "深圳市人力资源和社会保障局";
    expect(isUnitHeading("一、深圳市人力资源和社会保障局（本级）", department)).toBe(true);
    expect(isUnitHeading("二、深圳市劳动人事争议仲裁院", department)).toBe(true);
    expect(isUnitHeading("三、深圳市社会保险基金管理局本级", department)).toBe(true);
    // the department itself, and headings of the text's own parts, are not
    expect(isUnitHeading("一、深圳市人力资源和社会保障局", department)).toBe(false);
    expect(isUnitHeading("一、部门预算收支总体情况", department)).toBe(false);
    expect(isUnitHeading("深圳市劳动人事争议仲裁院预算4,720.86万元，包括在职人员经费2,215.05万元。", department)).toBe(false);
  });
});
