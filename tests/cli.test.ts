import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../src/lib/parse/index.ts";
import { mutatedSeed, runScript, SEED } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "mingzhang-cli-"));
const seedLines = readFileSync(SEED, "utf-8").split("\n");
const line = (n: number) => seedLines[n - 1] ?? "";

describe("npm run parse", () => {
  it("prints a summary per file and exits 0, findings included", () => {
    const run = runScript("parse.ts", [SEED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        SEED,
        "  部门      北京市政务服务和数据管理局",
        "  年度      2026",
        "  表格      13 张（预算01表 … 预算13表）",
        "  项目      82 个",
        "  绩效指标  1,057 条（项目）+ 53 条（部门整体）",
        "  核对      72 项通过，6 项未通过",
        "    ✗ t03.rows.total  差额 -22510.221614 万元  支出总表：各行“合计”之和等于合计行",
      ].join("\n"),
    );
  });

  it("writes the whole model with --json, unabridged even through a pipe", () => {
    const run = runScript("parse.ts", ["--json", SEED]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(parseFile(SEED))));
  });

  it("names file and line of a non-numeric amount", () => {
    const file = mutatedSeed(dir, "typo.txt", { 55: line(55).replace("1,403.373900", "1,4O3.373900") });
    const run = runScript("parse.ts", [file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}:55: 预算03表: amount "1,4O3.373900" in column 合计 is not a number`);
  });

  it("collects every structural error of a file before stopping", () => {
    const file = mutatedSeed(dir, "several.txt", {
      55: line(55).replace("1,403.373900", "1,4O3.373900"),
      474: line(474).replace("11000022T000000438666", "11000022T00000043866"),
      1716: null,
    });
    const run = runScript("parse.ts", [file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `${file}:55: 预算03表: amount "1,4O3.373900" in column 合计 is not a number`,
      `${file}:474: 预算表12: expected "项目编码-项目名称" with a 21-character code such as 11000024T000002771150, found "11000022T00000043866-《北京市人民政府公报》制作发行服务"`,
      `${file}:1712: 预算13表: expected a 部门名称 row, found none`,
    ]);
  });

  it("names a missing table where it should have been", () => {
    const file = mutatedSeed(dir, "no-t07.txt", Object.fromEntries([358, 359, 360, 361, 362, 363, 364, 365].map((n) => [n, null])));
    const run = runScript("parse.ts", [file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}:358: expected table 预算07表, but the disclosure has none`);
  });

  it("rejects an empty file and a missing one, and goes on with the others", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const run = runScript("parse.ts", [empty, join(dir, "absent.txt"), SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `${empty}:1: the file is empty; expected the text of a budget disclosure`,
      `${join(dir, "absent.txt")}: no such file`,
    ]);
    expect(run.stdout).toContain("  项目      82 个");
  });

  it("explains its usage", () => {
    const run = runScript("parse.ts", []);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run parse -- <file>...");
  });
});
