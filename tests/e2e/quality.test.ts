import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIST } from "../site/dist.ts";
import { KINDS } from "./kinds.ts";
import { servedDist } from "./served.ts";

const served = servedDist();

describe("quality gates", { timeout: 120_000 }, () => {
  it("every page is valid HTML (Nu Html Checker)", () => {
    const result = spawnSync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--errors-only", "--format", "text", "--skip-non-html", DIST], { encoding: "utf-8" });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe("Document checking completed. No errors found.");
    expect(result.status).toBe(0);
  });

  it.each(KINDS)("the %s page has no axe-core violations (WCAG 2.1 A and AA)", async (_, path) => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}${path}`);
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
