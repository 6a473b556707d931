/** Run on a worker thread by scripts/archive.ts: files of the site read, hashed and deflated for the archives. */
import { siteEntry, type Entry } from "./archive.ts";
import { cacheFileOf, readCache } from "./cache.ts";

export interface EntriesTask {
  dist: string;
  names: string[];
  /** a folder of entries deflated ahead (cache.ts), if any */
  cache?: string;
}

export function run({ dist, names, cache }: EntriesTask): Entry[] {
  const files = cache ? [...new Set(names.map((name) => cacheFileOf(cache, name)))] : [];
  const cached = new Map(files.flatMap((file) => [...readCache(file)]));
  return names.map((name) => siteEntry(dist, name, cached));
}
