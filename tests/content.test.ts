import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { temporaryDir } from "./tmp.ts";
import { runScript, SEED } from "./helpers.ts";

const work = temporaryDir("mingzhang-content-");
afterAll(() => rmSync(work, { recursive: true, force: true }));
const seeds = join(work, "seeds");
const env = { SEEDS_DIR: seeds };
const output = join(work, "content", "disclosures", "000_a305166288aaf593.json");
/** The seed as another year's budget of the same department. */
const yearOf = (year: number) => readFileSync(SEED, "utf-8").replace("(2026年度)", `(${year}年度)`);

describe("npm run content", () => {
  // each test starts from the seed alone, whatever the one before it left
  beforeEach(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(seeds, { recursive: true });
    copyFileSync(resolve(SEED), join(seeds, "000_a305166288aaf593.txt"));
  });

  it("writes one JSON per disclosure, byte-identical from run to run", () => {
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    const first = readFileSync(output);
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    expect(readFileSync(output).equals(first)).toBe(true);
    expect(JSON.parse(first.toString("utf-8"))).toMatchObject({ department: "北京市政务服务和数据管理局", year: 2026 });
  });

  it("reads again only a source that changed, the others taken from its cache beside the content", () => {
    expect(runScript("content.ts", [], { cwd: work, env }).stdout).not.toContain("未变");
    const first = readFileSync(output);
    expect(runScript("content.ts", [], { cwd: work, env }).stdout).toContain("1 个文件未变，取自 content/disclosures.cache/");
    expect(readFileSync(output).equals(first)).toBe(true);
    writeFileSync(join(seeds, "000_a305166288aaf593.txt"), yearOf(2025));
    expect(runScript("content.ts", [], { cwd: work, env }).stdout).not.toContain("未变");
    expect(JSON.parse(readFileSync(output, "utf-8"))).toMatchObject({ year: 2025 });
    // safe to delete: the next run reads every source again, to the same content
    rmSync(join(work, "content", "disclosures.cache"), { recursive: true });
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    expect(JSON.parse(readFileSync(output, "utf-8"))).toMatchObject({ year: 2025 });
  });

  it("publishes every file it reads and lists each it cannot, with where and why", () => {
    writeFileSync(join(seeds, "001_broken.txt"), "预算01表 收支总表\n");
    writeFileSync(join(seeds, "002_page.pdf"), "<!DOCTYPE html><html><body>404</body></html>\n");
    const run = runScript("content.ts", [], { cwd: work, env });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${join(seeds, "001_broken.txt")}:1: 应能读到部门名称`);
    expect(run.stderr).toContain(`${join(seeds, "002_page.pdf")}:1: 不是 PDF，而是一个网页（HTML）`);
    expect(run.stdout).toContain("content: 1 份预决算 → content/disclosures/；2 个文件未能读取");
    expect(readdirSync(join(work, "content", "disclosures"))).toEqual(["000_a305166288aaf593.json"]);
    const refused = JSON.parse(readFileSync(join(work, "content", "disclosures.refused.json"), "utf-8")) as { file: string; problems: { page?: number; line?: number; reason: string }[]; more: number }[];
    expect(refused.map((r) => r.file)).toEqual(["001_broken.txt", "002_page.pdf"]);
    expect(refused[1]?.problems[0]).toMatchObject({ line: 1, reason: expect.stringContaining("网页") });
  });

  it("with STRICT=1 writes nothing when any file is refused, leaving the last good content in place", () => {
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    const before = readFileSync(output);
    writeFileSync(join(seeds, "001_broken.txt"), "预算01表 收支总表\n");
    const run = runScript("content.ts", [], { cwd: work, env: { ...env, STRICT: "1" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("001_broken.txt:");
    expect(run.stderr).toContain("content: STRICT=1：1 个文件未能读取；content/disclosures 保持不变");
    expect(readdirSync(join(work, "content", "disclosures"))).toEqual(["000_a305166288aaf593.json"]);
    expect(readFileSync(output).equals(before)).toBe(true);
  });

  it("keeps one department's years side by side under one slug", () => {
    writeFileSync(join(seeds, "000_a305166288aaf593.meta.json"), '{ "slug": "bj-zwfw-sjglj" }\n');
    writeFileSync(join(seeds, "2025.txt"), yearOf(2025));
    writeFileSync(join(seeds, "2025.meta.json"), '{ "slug": "bj-zwfw-sjglj" }\n');
    expect(runScript("content.ts", [], { cwd: work, env }).status).toBe(0);
    const years = readdirSync(join(work, "content", "disclosures")).map((name) => JSON.parse(readFileSync(join(work, "content", "disclosures", name), "utf-8")) as { slug: string; year: number });
    expect(years.map((d) => [d.slug, d.year])).toEqual([["bj-zwfw-sjglj", 2026], ["bj-zwfw-sjglj", 2025]]);
  });

  it("refuses two files that claim the same department, year, kind and scope, naming both", () => {
    writeFileSync(join(seeds, "000_a305166288aaf593.meta.json"), '{ "slug": "bj-zwfw-sjglj" }\n');
    writeFileSync(join(seeds, "copy.txt"), yearOf(2026));
    writeFileSync(join(seeds, "copy.meta.json"), '{ "slug": "bj-zwfw-sjglj" }\n');
    const run = runScript("content.ts", [], { cwd: work, env });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${join(seeds, "copy.txt")}:1: 与 000_a305166288aaf593.txt 是同一份公开（bj-zwfw-sjglj，2026年部门预算）；每个部门每年每类只能有一个文件`);
    expect(readdirSync(join(work, "content", "disclosures"))).toEqual(["000_a305166288aaf593.json"]);
  });
});
