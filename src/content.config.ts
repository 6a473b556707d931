import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { disclosure } from "./lib/disclosure/schema.ts";

/** Written by `npm run content` (scripts/content.ts); validated again here with the same schema. */
const disclosures = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/disclosures" }),
  schema: disclosure,
});

export const collections = { disclosures };
