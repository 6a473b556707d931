/** npm run bench, page weight: by kind of page, in the build of the one real disclosure. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { filesUnder } from "../../src/lib/files.ts";
import { median, round } from "./measure.ts";

export interface PageWeight {
  pages: number;
  htmlKB: number;
  gzipKB: number;
  maxGzipKB: number;
  /** the most JavaScript a page of the kind loads, inline or by src */
  jsKB: number;
}

/** The kinds of page measured, and which files of the site are of each. */
function kinds(site: string, base: string): [string, string[]][] {
  const files = filesUnder(site);
  return [
    ["home", ["index.html"]],
    ["overview", [`${base}/index.html`]],
    ["table", files.filter((f) => /\/tables\/\d\d\/index\.html$/.test(f))],
    ["project", files.filter((f) => /\/projects\/[0-9A-Z]{21}\/index\.html$/.test(f))],
    ["treemap", files.filter((f) => f.includes("/treemap/") && f.endsWith(".html"))],
    ["checks", [`${base}/checks/index.html`]],
    ["search", ["search/index.html"]],
    // linked by every page, and fetched once
    ["stylesheet", ["site.css"]],
  ];
}

export function pageWeight(site: string, base: string): Record<string, PageWeight> {
  return Object.fromEntries(
    kinds(site, base)
      .filter(([, list]) => list.length > 0)
      .map(([kind, list]) => {
        const measured = list.map((f) => {
          const html = readFileSync(join(site, f));
          const scripts = [...html.toString("utf-8").matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
          const js = scripts.reduce((sum, m) => {
            const src = /src="([^"]+)"/.exec(m[1] ?? "")?.[1];
            return sum + (src ? statSync(join(site, f, "..", src)).size : Buffer.byteLength(m[2] ?? ""));
          }, 0);
          return { html: html.length, gzip: gzipSync(html).length, js };
        });
        const weight: PageWeight = {
          pages: list.length,
          htmlKB: round(median(measured.map((m) => m.html)) / 1024),
          gzipKB: round(median(measured.map((m) => m.gzip)) / 1024),
          maxGzipKB: round(Math.max(...measured.map((m) => m.gzip)) / 1024),
          jsKB: round(Math.max(...measured.map((m) => m.js)) / 1024),
        };
        return [kind, weight];
      }),
  );
}
