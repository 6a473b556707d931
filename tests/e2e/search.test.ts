import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { requireDist } from "../site/dist.ts";
import { launch } from "../../scripts/lib/browser.ts";
import { recallSuite } from "./recall.ts";
import { serve } from "../../scripts/lib/server.ts";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launch(), serve("dist")]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

recallSuite("search, in Chromium, served over HTTP", () => ({ browser, site: server.url }));
