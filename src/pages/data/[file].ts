import { corpusFiles, serveDataFile } from "../../lib/site/data-files.ts";
import { allDisclosures } from "../../lib/site/disclosures.ts";
import { paths } from "../../lib/site/paths.ts";

/**
 * The corpus downloads, for `npm run dev` only: `npm run build` writes them beside astro build
 * (scripts/downloads.ts), where they cost Astro's one thread nothing.
 */
export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return corpusFiles(await allDisclosures()).map((f) => ({ params: { file: f.path.slice(paths.corpus().length) }, props: f }));
}

export const GET = serveDataFile;
