import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { allHtml, DIST, requireDist } from "./dist.ts";

beforeAll(requireDist);

describe("links", () => {
  it("never point to a file or an anchor that does not exist, and are all relative", () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let set = ids.get(path);
      if (!set) {
        set = new Set(parse(readFileSync(join(DIST, path), "utf-8")).querySelectorAll("[id]").map((e) => e.getAttribute("id") ?? ""));
        ids.set(path, set);
      }
      return set;
    };
    const pages = allHtml();
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = parse(readFileSync(join(DIST, page), "utf-8"));
      for (const element of html.querySelectorAll("a[href], link[href], script[src], img[src]")) {
        const link = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
        if (/^[a-z]+:/i.test(link)) continue;
        if (link.startsWith("/")) {
          broken.push(`${page}: ${link} is absolute`);
          continue;
        }
        const [path = "", hash] = link.split("#");
        let target = path === "" ? page : normalize(join(dirname(page), path));
        if (path.endsWith("/") || path === "." || path === "./") target = join(target, "index.html");
        if (!existsSync(join(DIST, target))) broken.push(`${page}: ${link} → ${target} does not exist`);
        else if (hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${page}: ${link} → no #${hash}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
