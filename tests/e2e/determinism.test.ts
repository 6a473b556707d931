import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDir } from "../tmp.ts";
import { filesUnder } from "../../src/lib/files.ts";
import { DIST, requireDist } from "../site/dist.ts";
import { build } from "./build.ts";

describe("the build", { timeout: 300_000 }, () => {
  it("gives a byte-identical site, search index and archives when run again", () => {
    requireDist();
    const again = join(temporaryDir("mingzhang-build-"), "dist");
    expect(build(again).status).toBe(0);
    const names = filesUnder(DIST);
    expect(filesUnder(again)).toEqual(names);
    const different = names.filter((name) => !readFileSync(join(DIST, name)).equals(readFileSync(join(again, name))));
    expect(different).toEqual([]);
  });

  it("stops on a structural error with file and line, and leaves the last good site untouched", () => {
    const work = temporaryDir("mingzhang-failed-");
    const seeds = join(work, "seeds");
    mkdirSync(seeds);
    const lines = readFileSync("seeds/000_a305166288aaf593.txt", "utf-8").split("\n");
    writeFileSync(join(seeds, "good.txt"), lines.join("\n"));
    const out = join(work, "dist");
    expect(build(out, { SEEDS_DIR: seeds }).status).toBe(0);
    const before = filesUnder(out).map((name) => [name, readFileSync(join(out, name))] as const);
    lines[54] = (lines[54] ?? "").replace("1,403.373900", "1,4O3.373900");
    writeFileSync(join(seeds, "good.txt"), lines.join("\n"));
    const failed = build(out, { SEEDS_DIR: seeds });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(`${join(seeds, "good.txt")}:55: 预算03表：“合计”列应为金额（至多 20 位整数、10 位小数），见到“1,4O3.373900”`);
    expect(failed.output).toContain("build: content 失败；");
    expect(filesUnder(out)).toEqual(before.map(([name]) => name));
    expect(before.every(([name, bytes]) => readFileSync(join(out, name)).equals(bytes))).toBe(true);
    // nothing left beside the site but its content, the build's cache and its log, which tells the failure too
    expect(readdirSync(work).sort()).toEqual(["content", "content.cache", "content.refused.json", "dist", "dist.cache", "dist.log", "seeds"]);
    expect(readFileSync(join(work, "dist.log"), "utf-8")).toContain("预算03表：“合计”列应为金额（至多 20 位整数、10 位小数），见到“1,4O3.373900”");
  });
});
