import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "../../scripts/lib/browser.ts";
import { serve } from "../../scripts/lib/server.ts";
import { DIST, requireDist } from "../site/dist.ts";

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serve>> | undefined;
beforeAll(async () => {
  requireDist();
  // under a sub-path, as a project site is hosted: the page cannot know its depth from its own links
  [browser, server] = await Promise.all([launch(), serve(DIST, "/budget/")]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a missing page", { timeout: 60_000 }, () => {
  it("gets the site's own 404 page, styled, whose links and search lead into the site from any depth", async () => {
    const page = await browser!.newPage();
    const response = await page.goto(`${server!.url}2026/no-such-department/tables/99/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("没有这个页面");
    // the stylesheet came from the site's root: the header has its colour
    expect(await page.locator(".site-header").evaluate((e) => getComputedStyle(e).borderBottomStyle)).not.toBe("none");
    expect(await page.locator("a", { hasText: "2026 年" }).evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${server!.url}2026/index.html`);
    expect(await page.locator(".skip").evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${server!.url}2026/no-such-department/tables/99/#main`);
    await page.locator("#missing-q").fill("万里");
    await page.locator("#missing-q").press("Enter");
    await page.waitForURL(/search\/index\.html\?q=/);
    expect(new URL(page.url()).pathname).toBe("/budget/search/index.html");
    await page.close();
  });
});
