import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { CONTENT_DIR } from "./lib/content.ts";
import { disclosure } from "./lib/disclosure/schema.ts";
import { digest } from "./lib/site/digest.ts";

/**
 * A collection of the JSON files of a folder (where no folder is given, none), written by
 * `npm run content` (scripts/content.ts) or by the build (digests) and validated again here with
 * the same schema. Each entry is named by its file: Astro would otherwise name it by its `slug`,
 * and one department's years (which share a slug) would overwrite each other.
 */
const jsonFiles = (base: string | undefined) => (base ? glob({ pattern: "*.json", base, generateId: ({ entry }) => entry.replace(/\.json$/, "") }) : async () => []);

/**
 * What a build reads (src/lib/site/disclosures.ts): the disclosures it holds whole (a shard's, in
 * scripts/build.ts; all in `npm run dev`; none in the merge), those it only reads of for their
 * pages (its neighbours), and the digests the merge renders the pages across disclosures from.
 */
const disclosures = defineCollection({ loader: jsonFiles(process.env.SITE_PART === "merge" ? undefined : (process.env.OWN_DIR ?? CONTENT_DIR)), schema: disclosure });
const neighbours = defineCollection({ loader: jsonFiles(process.env.NEIGHBOURS_DIR), schema: disclosure });
const digests = defineCollection({ loader: jsonFiles(process.env.DIGESTS_DIR), schema: digest });

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

export const collections = { disclosures, neighbours, digests, guides };
