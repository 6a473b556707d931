import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryDir } from "../tmp.ts";
import { SEED } from "../helpers.ts";
import { launch } from "../../scripts/lib/browser.ts";
import { build } from "./build.ts";

/** The seed with markup planted where a careless site would inject it. */
function hostileSeed(dir: string): void {
  const lines = readFileSync(SEED, "utf-8").split("\n");
  const edit = (n: number, cell: number, change: (text: string) => string) => {
    const cells = (lines[n - 1] ?? "").split("\t");
    cells[cell] = change(cells[cell] ?? "");
    lines[n - 1] = cells.join("\t");
  };
  edit(474, 0, (t) => t.replace("《北京市人民政府公报》", '<svg onload="alert(3)">公报'));
  edit(474, 4, (t) => `<script>alert(1)</script><img src=x onerror="alert(2)">${t}`);
  edit(387, 0, (t) => `${t}<iframe src="javascript:alert(4)"></iframe>`);
  edit(1716, 2, () => "北京市<script>alert(5)</script>局");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "hostile.txt"), lines.join("\n"));
  writeFileSync(join(dir, "hostile.meta.json"), '{ "slug": "hostile" }');
}

let browser: Browser;
let out: string;

beforeAll(async () => {
  const work = temporaryDir("mingzhang-hostile-");
  hostileSeed(join(work, "seeds"));
  out = join(work, "dist");
  const result = build(out, { SEEDS_DIR: join(work, "seeds") });
  if (result.status !== 0) throw new Error(result.output);
  browser = await launch();
}, 300_000);
afterAll(async () => browser?.close());

describe("a seed whose text holds markup", { timeout: 60_000 }, () => {
  it.each([
    ["index.html", "北京市<script>alert(5)</script>局"],
    ["2026/hostile/index.html", "北京市<script>alert(5)</script>局 2026年部门预算"],
    ["2026/hostile/projects/11000022T000000438666/index.html", '<svg onload="alert(3)">公报制作发行服务'],
    ["2026/hostile/projects/11000022T000000438666/index.html", '<script>alert(1)</script><img src=x onerror="alert(2)">1. 通过完成市政府'],
    ["2026/hostile/tables/10/index.html", 'A-货物<iframe src="javascript:alert(4)"></iframe>'],
    ["2026/hostile/tables/12/index.html", '<svg onload="alert(3)">公报制作发行服务'],
    ["2026/hostile/treemap/projects/2022/2022-T/index.html", '<svg onload="alert(3)">公报制作发行服务'],
  ])("builds %s, shows the characters literally and runs nothing", async (path, literal) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`file://${join(out, path)}`);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.body.innerText)).toContain(literal);
    expect(await page.$$eval("main script, main iframe, main img, main [onload], main [onerror]", (found) => found.length)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
