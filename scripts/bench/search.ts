/**
 * npm run bench, search: what a first query transfers on the largest build (everything the search
 * page fetches after it has loaded: search.js, the index, the records of the results it shows),
 * each query in a fresh browser context so that nothing is cached; and the offline index's size.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { entryOf } from "../../src/lib/archive/archive.ts";
import { launch } from "../lib/browser.ts";
import { serve } from "../lib/server.ts";
import { progress, round, spread, type Spread } from "./measure.ts";

/** The first queries measured; the first one is the target's. */
const QUERIES = ["政务云", "京通", "三公", "采购", "12345", "月活用户数"] as const;

export interface Transfer {
  query: string;
  /** as transferred (gzipped, as static hosts serve text) */
  kb: number;
  decodedKB: number;
  /** bytes by kind of file: search.js, pages.json, shards, records */
  byKind: Record<string, number>;
  /** what the page said it found */
  status: string;
}

export interface OfflineIndex {
  parts: number;
  kb: Spread;
  zipKB: Spread;
}

async function firstQuery(browser: Browser, url: string, query: string): Promise<Transfer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let transferred = 0;
  let decoded = 0;
  const byKind: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".html")) return;
    pending.push(
      Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(([sizes, body]) => {
        // bytes on the wire, gzipped as static hosts serve text; Chromium reports none for a script
        // it ran from cache, so count those as the server sends them
        const wire = sizes.responseBodySize || (body ? gzipSync(body).length : 0);
        transferred += wire;
        decoded += body?.length ?? 0;
        const kind = /\/p\//.test(path) ? "records" : /\/w\//.test(path) ? "shards" : (path.split("/").pop() ?? "");
        byKind[kind] = (byKind[kind] ?? 0) + wire;
      }),
    );
  });
  await page.goto(`${url}search/index.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|已显示|没有找到/.test(document.getElementById("search-status")?.textContent ?? ""), undefined, { timeout: 120_000 });
  await page.waitForTimeout(300);
  await Promise.all(pending);
  const status = (await page.textContent("#search-status")) ?? "";
  await context.close();
  return { query, kb: round(transferred / 1024), decodedKB: round(decoded / 1024), byKind, status: status.replace(/（.*$/, "") };
}

export async function firstQueries(site: string): Promise<Transfer[]> {
  progress("search: bytes transferred by a first query");
  const server = await serve(site);
  const browser = await launch();
  try {
    const transfers: Transfer[] = [];
    for (const query of QUERIES) transfers.push(await firstQuery(browser, server.url, query));
    return transfers;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The offline index: one script per disclosure, as it lies in the site and deflated in the zips. */
export function offlineIndex(site: string): OfflineIndex {
  const folder = join(site, "search", "offline");
  const parts = readdirSync(folder)
    .filter((name) => name !== "parts.js" && name !== "guides.js")
    .map((name) => {
      const bytes = readFileSync(join(folder, name));
      // deflated as the archive step deflates it
      return { kb: bytes.length / 1024, zipKB: entryOf(name, bytes).deflated.length / 1024 };
    });
  return { parts: parts.length, kb: spread(parts.map((p) => p.kb)), zipKB: spread(parts.map((p) => p.zipKB)) };
}
