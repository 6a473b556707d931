import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder } from "../../src/lib/files.ts";
import { brokenLinks, BASE, DIST, requireDist } from "../site/dist.ts";
import { launch } from "../../scripts/lib/browser.ts";
import { serve } from "../../scripts/lib/server.ts";
import { unzip } from "./unzip.ts";

let browser: Browser;
beforeAll(async () => {
  requireDist();
  browser = await launch();
});
afterAll(async () => browser?.close());

/**
 * Opens `start` and follows links as a reader would: overview → a project, a treemap node, a table,
 * a download. Any request that fails, or answers with an error status, is returned.
 */
async function walk(start: string): Promise<{ failures: string[]; visited: string[] }> {
  const page: Page = await browser.newPage();
  const failures: string[] = [];
  page.on("requestfailed", (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`);
  });
  const visited: string[] = [];
  const go = async (selector: string) => {
    // the next page's own load event, its scripts fetched: waitForLoadState would see the current one's
    await Promise.all([page.waitForEvent("load"), page.click(selector)]);
    visited.push(await page.title());
  };
  await page.goto(start);
  visited.push(await page.title());
  await go('a[href$="2026/bj-zwfw-sjglj/index.html"]');
  await go('a[href="projects/11000024T000002830991/index.html"]');
  await go('a[href="../../../../index.html"]'); // back home through the header
  await go('a[href$="2026/bj-zwfw-sjglj/index.html"]');
  await go('a[href="treemap/index.html"]');
  await go('a[href="functional/index.html"]');
  await go('a[href="201/index.html"]');
  await go(".crumbs li:nth-child(3) a"); // the disclosure, from the treemap's breadcrumbs
  await go('a[href="tables/03/index.html"]');
  await go('a[href="../../data/index.html"]');
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('a[href="t03.csv"]')]);
  expect(readFileSync((await download.path()) as string, "utf-8")).toContain("支出功能分类科目");
  await page.close();
  // A navigation that became a download is reported as aborted on file://; the file arrived.
  return { failures: failures.filter((f) => f !== `${download.url()}: net::ERR_ABORTED`), visited };
}

const TRAIL = [
  "北京市政务服务和数据管理局 2026年部门预算",
  "北京市市市级政务云综合监管 · 北京市政务服务和数据管理局2026年部门预算 · 明账",
];

describe("offline archives and any static host", { timeout: 120_000 }, () => {
  it("holds a disclosure's pages, downloads, source, README and a manifest that verifies every file", () => {
    const dir = unzip(join(DIST, "archives", "2026-bj-zwfw-sjglj.zip"));
    const listed = readFileSync(join(dir, "SHA256SUMS"), "utf-8").trim().split("\n").map((line) => line.split("  ") as [string, string]);
    for (const [hash, path] of listed) expect(createHash("sha256").update(readFileSync(join(dir, path))).digest("hex"), path).toBe(hash);
    expect(listed.map(([, path]) => path).sort()).toEqual(filesUnder(dir).filter((f) => f !== "SHA256SUMS").sort());
    expect(readFileSync(join(dir, `${BASE}/data/source.txt`)).equals(readFileSync("seeds/000_a305166288aaf593.txt"))).toBe(true);
    const readme = readFileSync(join(dir, "README.txt"), "utf-8");
    expect(readme).toContain("本存档：北京市政务服务和数据管理局 2026年部门预算");
    expect(readme).toContain("sha256sum -c SHA256SUMS");
    expect(readme).toContain("8915fcd057655010f8825e1134865c4e5bd71b620a7138e7d11b46975d5e8f63");
    expect(spawnSync("sha256sum", ["--quiet", "-c", "SHA256SUMS"], { cwd: dir }).status).toBe(0);
    expect(brokenLinks(dir)).toEqual([]);
  });

  it("opens from disk: unzipped, double-clicked, every link followed without a failed request", async () => {
    const dir = unzip(join(DIST, "archives", "2026-bj-zwfw-sjglj.zip"));
    const { failures, visited } = await walk(`file://${dir}/index.html`);
    expect(failures).toEqual([]);
    expect(visited[0]).toBe("北京市政务服务和数据管理局 2026年部门预算 · 离线存档 · 明账");
    expect(visited).toContain(`${TRAIL[1]}`);
    expect(visited).toContain("一般公共服务支出（201） · 北京市政务服务和数据管理局2026年部门预算 · 明账");
    expect(visited).toContain("预算03表 支出总表 · 北京市政务服务和数据管理局2026年部门预算 · 明账");
  });

  it("holds a whole year in one archive", () => {
    const dir = unzip(join(DIST, "archives", "2026.zip"));
    expect(readFileSync(join(dir, "index.html"), "utf-8")).toContain('href="2026/bj-zwfw-sjglj/index.html"');
    expect(brokenLinks(dir)).toEqual([]);
  });

  it.each(["/", "/budget/", "/a/b/c/"])("works served under %s", async (prefix) => {
    const server = await serve(DIST, prefix);
    try {
      const { failures, visited } = await walk(`${server.url}index.html`);
      expect(failures).toEqual([]);
      expect(visited).toContain("预算03表 支出总表 · 北京市政务服务和数据管理局2026年部门预算 · 明账");
    } finally {
      await server.close();
    }
  });

  it("works straight from dist/ on disk", async () => {
    const { failures } = await walk(`file://${process.cwd()}/${DIST}/index.html`);
    expect(failures).toEqual([]);
  });
});
