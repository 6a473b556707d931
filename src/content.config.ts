import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { CONTENT_DIR } from "./lib/content.ts";
import { disclosure } from "./lib/disclosure/schema.ts";

/**
 * Written by `npm run content` (scripts/content.ts); validated again here with the same schema.
 * Each entry is named by its file: Astro would otherwise name it by its `slug`, and one
 * department's years (which share a slug) would overwrite each other.
 */
const contentOf = (base: string) =>
  defineCollection({
    loader: glob({ pattern: "*.json", base, generateId: ({ entry }) => entry.replace(/\.json$/, "") }),
    schema: disclosure,
  });

/**
 * The disclosures this build holds whole (a shard's, in scripts/build.ts; else all), and those it
 * only reads of for their pages (src/lib/site/disclosures.ts): none unless NEIGHBOURS_DIR is set.
 */
const disclosures = contentOf(process.env.OWN_DIR ?? CONTENT_DIR);
const neighbours = process.env.NEIGHBOURS_DIR ? contentOf(process.env.NEIGHBOURS_DIR) : defineCollection({ loader: async () => [], schema: disclosure });

/** Guides for readers, in MDX: how to read a budget, how this site's data was made. */
const guides = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/guides" }),
  schema: z.object({
    /** 标题 */
    title: z.string(),
    /** one sentence for the page description and the guide list */
    description: z.string(),
    /** position in the guide list */
    order: z.number().int(),
  }),
});

export const collections = { disclosures, neighbours, guides };
