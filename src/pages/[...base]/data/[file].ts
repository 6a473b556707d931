import { disclosureFiles, serveDataFile } from "../../../lib/site/data-files.ts";
import { ownDisclosures } from "../../../lib/site/disclosures.ts";
import { baseParam, paths } from "../../../lib/site/paths.ts";

/**
 * A disclosure's downloads, for `npm run dev` only: `npm run build` writes them beside astro build
 * (scripts/downloads.ts), where they cost Astro's one thread nothing.
 */
export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return (await ownDisclosures()).flatMap((d) =>
    disclosureFiles(d).map((f) => ({ params: { base: baseParam(d), file: f.path.slice(paths.data(d).length) }, props: f })),
  );
}

export const GET = serveDataFile;
