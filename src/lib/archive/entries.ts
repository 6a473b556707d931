/** Run on a worker thread by scripts/archive.ts: files of the site read, hashed and deflated for the archives. */
import { siteEntry, type Entry } from "./archive.ts";

export interface EntriesTask {
  dist: string;
  names: string[];
}

export function run({ dist, names }: EntriesTask): Entry[] {
  return names.map((name) => siteEntry(dist, name));
}
