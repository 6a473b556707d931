import { describe, expect, it } from "vitest";
import { BASE } from "../site/dist.ts";
import { KINDS } from "./kinds.ts";
import { servedDist } from "./served.ts";

const served = servedDist();

const TREEMAP = `${BASE}/treemap/functional/index.html`;

describe("on a phone (390 px) and a desktop (1280 px)", { timeout: 120_000 }, () => {
  it.each(KINDS)("the %s page scrolls sideways only inside its wide tables", async (_, path) => {
    for (const width of [390, 1280]) {
      const page = await served.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${served.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBe(0);
      await page.close();
    }
  });

  it("draws each treemap in the shape of the screen, its labels at least 11 px on a phone", async () => {
    for (const [width, shown, hidden] of [[390, "narrow", "wide"], [1280, "wide", "narrow"]] as const) {
      const page = await served.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${served.url}${TREEMAP}`);
      expect(await page.locator(`figure.treemap svg.${shown}`).isVisible()).toBe(true);
      expect(await page.locator(`figure.treemap svg.${hidden}`).isVisible()).toBe(false);
      const sizes = await page.$$eval(`figure.treemap svg.${shown} text`, (texts) =>
        texts.map((t) => {
          const svg = (t as SVGTextElement).ownerSVGElement!;
          return (Number(t.getAttribute("font-size")) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
        }),
      );
      expect(sizes.length, `${width} px`).toBeGreaterThan(3);
      expect(Math.min(...sizes), `${width} px`).toBeGreaterThanOrEqual(11);
      await page.close();
    }
  });

  it("shows 预算表12 as an index of its projects, the full table folded: the page is under 20,000 px", async () => {
    for (const width of [390, 1280]) {
      const page = await served.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${served.url}${BASE}/tables/12/index.html`);
      expect(await page.evaluate(() => document.documentElement.scrollHeight), `${width} px`).toBeLessThan(20_000);
      expect(await page.locator("table").first().locator("tbody tr").count()).toBe(82);
      await page.close();
    }
  });

  it("keeps a wide table's first column in sight when it scrolls sideways on a phone (万里街道's comparisons)", async () => {
    const page = await served.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${served.url}departments/sh-putuo-wanli/index.html`);
    const table = page.locator('[id="2025-budget-department-functional-class"]');
    await table.scrollIntoViewIfNeeded();
    await table.evaluate((t) => {
      const wrap = t.closest(".table-wrap")!;
      wrap.scrollLeft = wrap.scrollWidth;
    });
    const name = await table.locator("tbody th[scope=row]").first().boundingBox();
    expect(name!.x).toBeGreaterThanOrEqual(0);
    expect(name!.x + name!.width).toBeLessThan(390);
    // the name and this year's figure, its change and its rate come first, in sight before any scrolling
    expect(await table.locator("thead th").allTextContents()).toEqual(["名称（编码）", "2025年", "变化", "变化率", "2024年", "说明"]);
    await page.close();
  });

  it("leads 上海市普陀区司法局's checks page with its findings, each quoting the source, on a phone and a desktop", async () => {
    for (const width of [390, 1280]) {
      const page = await served.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${served.url}2026/sh-putuo-sifaju/checks/index.html`);
      const first = page.locator("section[aria-labelledby=disagree] li.finding").first();
      expect(await first.locator("p").first().textContent()).toMatch(/^原文说“.+”；/);
      // the first finding starts within the first two screens, not after the 150 agreeing checks
      expect((await first.boundingBox())!.y, `${width} px`).toBeLessThan(1600);
      const change = page.locator('[id="narrative.change@p9-1"]');
      expect(await change.locator("p.possibly").textContent()).toContain("若原文的 43269.3 本是 3269.3");
      expect(await page.locator("details > summary", { hasText: "相符的核对" }).isVisible()).toBe(true);
      // the agreeing checks are folded until the reader opens them
      expect(await page.locator("details table").first().isVisible()).toBe(false);
      await page.close();
    }
  });

  it("opens 万里街道's page with its sentences, then its chart over the years drawn for the screen", async () => {
    for (const [width, shown, hidden] of [[390, "narrow", "wide"], [1280, "wide", "narrow"]] as const) {
      const page = await served.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${served.url}departments/sh-putuo-wanli/index.html`);
      // the sentence is the first thing under the title, in sight without scrolling
      const lead = page.locator("main p.lead");
      expect(await lead.textContent()).toContain("其他城乡社区支出（21299）：1,450.00 → 922.02 → 5,234.89 万元");
      expect((await lead.boundingBox())!.y).toBeLessThan(800);
      expect(await page.locator(`figure.trend svg.${shown}`).isVisible()).toBe(true);
      expect(await page.locator(`figure.trend svg.${hidden}`).isVisible()).toBe(false);
      const sizes = await page.$$eval(`figure.trend svg.${shown} text`, (texts) =>
        texts.map((t) => (Number(t.getAttribute("font-size")) * (t as SVGTextElement).ownerSVGElement!.getBoundingClientRect().width) / (t as SVGTextElement).ownerSVGElement!.viewBox.baseVal.width),
      );
      expect(Math.min(...sizes), `${width} px`).toBeGreaterThanOrEqual(11);
      await page.close();
    }
  });
});
