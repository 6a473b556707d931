// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

export default defineConfig({
  integrations: [mdx()],
  // Pages link to each other relatively, so the built site works under any path and from disk.
  // CSS inline in every page: Astro would link a shared file from the site root ("/_astro/…"),
  // which breaks under a sub-path and from disk.
  build: { format: "directory", inlineStylesheets: "always" },
  trailingSlash: "always",
  devToolbar: { enabled: false },
});
