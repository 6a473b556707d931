import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE, DIST, requireDist } from "../site/dist.ts";
import { launch } from "./browser.ts";
import { serve } from "./server.ts";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launch(), serve(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One page of each kind readers meet. */
const KINDS = [
  ["home", "index.html"],
  ["overview", `${BASE}/index.html`],
  ["table", `${BASE}/tables/03/index.html`],
  ["empty table", `${BASE}/tables/07/index.html`],
  ["projects table", `${BASE}/tables/12/index.html`],
  ["project list", `${BASE}/projects/index.html`],
  ["project", `${BASE}/projects/11000026T000003719104/index.html`],
  ["performance", `${BASE}/performance/index.html`],
  ["treemaps", `${BASE}/treemap/index.html`],
  ["treemap node", `${BASE}/treemap/projects/2024/2024-T/index.html`],
  ["checks", `${BASE}/checks/index.html`],
  ["downloads", `${BASE}/data/index.html`],
  ["guide", "guides/how-to-read/index.html"],
  ["search results", "search/index.html?q=%E6%94%BF%E5%8A%A1%E4%BA%91"],
] as const;

describe("quality gates", { timeout: 120_000 }, () => {
  it("every page is valid HTML (Nu Html Checker)", () => {
    const result = spawnSync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--errors-only", "--format", "text", "--skip-non-html", DIST], { encoding: "utf-8" });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe("Document checking completed. No errors found.");
    expect(result.status).toBe(0);
  });

  it.each(KINDS)("the %s page has no axe-core violations (WCAG 2.1 A and AA)", async (_, path) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`);
    if (path.startsWith("search/")) await page.waitForFunction(() => /找到/.test(document.getElementById("search-status")?.textContent ?? ""));
    await page.addScriptTag({ content: readFileSync("node_modules/axe-core/axe.min.js", "utf-8") });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is the script just added
      const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
      return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
