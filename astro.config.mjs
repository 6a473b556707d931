// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

export default defineConfig({
  integrations: [mdx()],
  // Pages link to each other relatively, so the built site works under any path and from disk.
  // The stylesheet is public/site.css, which every page links relatively (one file, cached by the
  // browser). Astro would link CSS it bundles from the site root ("/_astro/…"), which breaks under
  // a sub-path and from disk: should a component ever carry a <style>, it is inlined instead.
  // concurrency: four pages in flight, so that rendering one overlaps writing another. Astro alone
  // on 100 disclosures, runs alternating: 65–67 s against 71–77 s one at a time, for 20–30 MB more.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  trailingSlash: "always",
  devToolbar: { enabled: false },
  // Astro keeps the content it loaded in cacheDir/data-store.json and renders from that file: two
  // builds sharing one cache (the tests build sites side by side) would render each other's
  // content. scripts/build.ts gives every build its own.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
