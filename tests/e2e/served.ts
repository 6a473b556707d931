import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "../../scripts/lib/browser.ts";
import { serve } from "../../scripts/lib/server.ts";
import { DIST, requireDist } from "../site/dist.ts";

/**
 * Chromium and the built dist/ on a local server, for the tests of one file: started before
 * them, closed after. Read `browser` and `url` inside the tests, once they have started.
 */
export function servedDist(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    requireDist();
    [browser, server] = await Promise.all([launch(), serve(DIST)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser starts before the tests");
      return browser;
    },
    get url() {
      if (!server) throw new Error("the server starts before the tests");
      return server.url;
    },
  };
}
