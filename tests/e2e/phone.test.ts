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
});
