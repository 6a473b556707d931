// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

export default defineConfig({
  integrations: [mdx()],
  // Pages link to each other relatively, so the built site works under any path and from disk.
  build: { format: "directory" },
  trailingSlash: "always",
  devToolbar: { enabled: false },
});
