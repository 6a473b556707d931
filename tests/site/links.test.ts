import { beforeAll, describe, expect, it } from "vitest";
import { allHtml, brokenLinks, DIST, requireDist } from "./dist.ts";

beforeAll(requireDist);

// every link of every page is followed: seconds, more on a busy machine
describe("links", { timeout: 60_000 }, () => {
  it("all resolve to a file (folders by their index.html) or anchor in dist/, and are all relative", () => {
    expect(allHtml().length).toBeGreaterThan(100);
    expect(brokenLinks(DIST)).toEqual([]);
  });
});
