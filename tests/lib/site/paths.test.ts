import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { archiveName, baseParam, paths, relative } from "../../../src/lib/site/paths.ts";

describe("relative", () => {
  it.each([
    ["/2026/x/tables/03/", "/2026/x/projects/", "../../projects/index.html"],
    ["/2026/x/tables/03/", "/2026/x/tables/04/", "../04/index.html"],
    ["/2026/x/", "/2026/x/", "index.html"],
    ["/", "/2026/x/", "2026/x/index.html"],
    ["/2026/x/projects/A/", "/", "../../../../index.html"],
    ["/2026/x/data/", "/2026/x/data/t03.csv", "t03.csv"],
    ["/2026/x/tables/06/", "/2026/x/checks/#t06.rows.total", "../../checks/index.html#t06.rows.total"],
    ["/search/", "/pagefind/", "../pagefind/index.html"],
  ])("%s → %s is %s", (from, to, link) => {
    expect(relative(from, to)).toBe(link);
  });

  it("leads where posix.relative does, from the page's folder to the target (its index.html for a folder)", () => {
    const segment = fc.constantFrom("2026", "2025", "x", "xy", "projects", "A", "t03.csv");
    const path = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join("/")}`);
    fc.assert(
      fc.property(path, fc.boolean(), path, fc.boolean(), fc.option(fc.constantFrom("L53", "t06.rows.total")), (from, fromFolder, to, toFolder, hash) => {
        const page = fromFolder && from !== "/" ? `${from}/` : from;
        const target = toFolder && to !== "/" ? `${to}/` : to;
        const file = target.endsWith("/") ? `${target}index.html` : target;
        const folder = page.endsWith("/") ? page : posix.dirname(page);
        const expected = posix.join(posix.relative(folder, posix.dirname(file)), posix.basename(file));
        expect(relative(page, hash ? `${target}#${hash}` : target)).toBe(hash ? `${expected}#${hash}` : expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("builds every public URL under /<year>/<dept>/", () => {
    const d = { year: 2026, slug: "bj-zwfw-sjglj", kind: "budget", scope: "department" } as const;
    expect([paths.disclosure(d), paths.table(d, "t03"), paths.project(d, "11000024T000002771150"), paths.treemap(d, "functional", "201/20103")]).toEqual([
      "/2026/bj-zwfw-sjglj/",
      "/2026/bj-zwfw-sjglj/tables/03/",
      "/2026/bj-zwfw-sjglj/projects/11000024T000002771150/",
      "/2026/bj-zwfw-sjglj/treemap/functional/201/20103/",
    ]);
  });

  it("puts a 决算 and a 单位 disclosure in folders beside the 部门预算's pages, never on them", () => {
    const d = (kind: "budget" | "final", scope: "department" | "unit") => ({ year: 2024, slug: "sh-putuo-czj", kind, scope });
    expect([paths.disclosure(d("final", "department")), paths.table(d("budget", "unit"), "t03"), paths.checks(d("final", "unit"))]).toEqual([
      "/2024/sh-putuo-czj/final/",
      "/2024/sh-putuo-czj/unit/tables/03/",
      "/2024/sh-putuo-czj/unit-final/checks/",
    ]);
    expect([baseParam(d("final", "department")), archiveName(d("final", "department"))]).toEqual(["2024/sh-putuo-czj/final", "2024-sh-putuo-czj.zip"]);
  });
});
