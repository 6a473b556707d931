/**
 * Run by `npm run build` for each unit once its pages and downloads are written: reads, on
 * standard input, the paths of the unit's files (relative to DIST), and deflates each into the
 * archive cache (src/lib/archive/cache.ts), one file per disclosure folder, at a lower priority
 * (nice 10) than the units' Astro builds beside it. The archive step takes an entry from the cache
 * only where the file's SHA-256 is unchanged, and deflates whatever is not there.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { setPriority } from "node:os";
import { join } from "node:path";
import { cachedEntryOf, cacheFileOf, CacheWriter } from "../src/lib/archive/cache.ts";

const dist = process.env.DIST ?? "dist";
const cache = process.env.DEFLATE_CACHE ?? `${dist}.deflate`;
mkdirSync(cache, { recursive: true });
try {
  setPriority(10);
} catch {
  // not allowed here: the normal priority
}

const names = readFileSync(0, "utf-8").split("\n").filter(Boolean);
const writer = new CacheWriter();
let count = 0;
for (const name of names) {
  const file = cacheFileOf(cache, name);
  if (!file) continue;
  writer.append(file, cachedEntryOf(name, readFileSync(join(dist, name))));
  count++;
}
writer.close();
console.log(`predeflate: ${count} files deflated ahead`);
