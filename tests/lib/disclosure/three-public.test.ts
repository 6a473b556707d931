import { describe, expect, it } from "vitest";
import { gridOf } from "../../../src/lib/disclosure/access.ts";
import { threePublicOf } from "../../../src/lib/disclosure/three-public.ts";
import { need, parsedFile } from "../../helpers.ts";

/** The “三公” figures of a seed, in the table's unit (万元 in all of these). */
async function figures(file: string) {
  const d = await parsedFile(`seeds/${file}`);
  const found = need(threePublicOf(need(gridOf(d, "three-public"), "a “三公” table"), d.year), "its figures");
  const { total, outboundTravel, vehicles, reception } = found.amounts;
  return { total, outboundTravel, vehicles, reception };
}

/* Expected figures read off the page images of each table. */
describe("the “三公” figures, however a region lays them out", () => {
  it("takes the 合计 row of a table with a row per unit (杭州 表7), not its first unit's", async () => {
    expect(await figures("hangzhou-sifa-2026-budget.pdf")).toEqual({ total: "413.68", outboundTravel: null, vehicles: "339.68", reception: "74.00" });
  }, 60_000);

  it("sums a figure split by fund, in the row of the disclosure's year (深圳 表9: 2025年, 2026年, 增减)", async () => {
    expect(await figures("shenzhen-xinfang-2026-budget.pdf")).toEqual({ total: "5.58", outboundTravel: "0.00", vehicles: "2.60", reception: "2.98" });
  }, 60_000);

  it("reads figures printed as rows, numbered (福州 表10: 合计, 1、因公出国（境）费用 …)", async () => {
    expect(await figures("fuzhou-yibao-2026-budget.pdf")).toEqual({ total: "5.00", outboundTravel: "0.00", vehicles: "0.00", reception: "5.00" });
  }, 60_000);

  it("reads the “三公”经费 row, not the 行政经费 printed above it (广州 表8)", async () => {
    expect(await figures("guangzhou-xinfang-2026-budget.pdf")).toEqual({ total: "4.80", outboundTravel: "0.00", vehicles: "2.50", reception: "2.30" });
  }, 60_000);

  it("takes a 决算's 决算数, its 预算数 kept beside (国家信访局 2024 公开09表)", async () => {
    const d = await parsedFile("seeds/central-guojiaxinfangju-2024-final.pdf");
    const found = threePublicOf(need(gridOf(d, "three-public"), "a “三公” table"), d.year);
    expect(found?.amounts).toMatchObject({ total: "46.21", outboundTravel: "4.69", vehicles: "40.61", reception: "0.90", totalBudget: "76.43", outboundTravelBudget: "30.00", vehiclesBudget: "40.63", receptionBudget: "5.80" });
  }, 60_000);
});
