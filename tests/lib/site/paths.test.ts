import { describe, expect, it } from "vitest";
import { paths, relative } from "../../../src/lib/site/paths.ts";

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

  it("builds every public URL under /<year>/<dept>/", () => {
    const d = { year: 2026, slug: "bj-zwfw-sjglj" };
    expect([paths.disclosure(d), paths.table(d, "t03"), paths.project(d, "11000024T000002771150"), paths.treemap(d, "functional", "201/20103")]).toEqual([
      "/2026/bj-zwfw-sjglj/",
      "/2026/bj-zwfw-sjglj/tables/03/",
      "/2026/bj-zwfw-sjglj/projects/11000024T000002771150/",
      "/2026/bj-zwfw-sjglj/treemap/functional/201/20103/",
    ]);
  });
});
