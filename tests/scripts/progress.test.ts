import { describe, expect, it, vi } from "vitest";
import { plain, Progress, Warnings } from "../../scripts/lib/progress.ts";

describe("a build a person can follow", () => {
  it("writes a line at each tenth of the pages in CI, with what is done of the total and what is left", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const lines: string[] = [];
    const progress = new Progress(false, (text) => lines.push(text));
    progress.start("生成页面", 1000);
    for (let i = 0; i < 1000; i++) {
      vi.advanceTimersByTime(10);
      progress.tick();
    }
    progress.done();
    vi.useRealTimers();
    // nine lines, 10% … 90%: never one per page
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe("生成页面：100/1,000 [##------------------] · 1.0 s · 约剩 9 s\n");
    expect(lines[8]).toMatch(/^生成页面：900\/1,000 \[#{18}-{2}\] · 9\.0 s · 约剩 1 s\n$/);
  });

  it("redraws one line in place on a terminal, and takes it away for output to stand there", () => {
    const written: string[] = [];
    const progress = new Progress(true, (text) => written.push(text));
    progress.start("读取原文");
    expect(written.at(-1)).toMatch(/^\r\x1b\[K读取原文 · \d+\.\d s$/);
    progress.clear();
    expect(written.at(-1)).toBe("\r\x1b[K");
  });

  it("says each kind of warning once, and at the end how often it came", () => {
    const said: string[] = [];
    const warnings = new Warnings((line) => said.push(line));
    for (const guide of ["how-made", "how-to-read", "kinds-and-regions"]) {
      warnings.read(`\x1b[33m15:22:06 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The directive "use astro:head-inject" in "content/guides/${guide}.mdx?x" may not be preserved.\x1b[0m`);
    }
    warnings.read("15:22:06 [build] ✓ Completed in 1.46s.");
    warnings.summarize("dist.log");
    expect(said).toEqual([
      '警告：[vite] [MODULE_LEVEL_DIRECTIVE] The directive "use astro:head-inject" in "content/guides/how-made.mdx?x" may not be preserved.',
      "（同类警告共 3 次，如“[vite] [MODULE_LEVEL_DIRECTIVE] The dire…”，全部见 dist.log）",
    ]);
    expect(plain("\x1b[33mwarn\x1b[0m")).toBe("warn");
  });
});
