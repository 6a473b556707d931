/**
 * Run by `npm run build` beside astro build: reads, on standard input, the paths of the files
 * Astro writes, and deflates each disclosure's into the archive cache
 * (src/lib/archive/cache.ts). Astro renders on one thread, so this takes the other core; at a
 * lower priority (nice 10), so that where the machine has no core to spare Astro keeps its own.
 * Stops when its input ends, after the file at hand: the archive step deflates whatever it did
 * not reach.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { setPriority } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { cachedEntryOf, cacheFileOf, CacheWriter } from "../src/lib/archive/cache.ts";

const dist = process.env.DIST ?? "dist";
const cache = process.env.DEFLATE_CACHE ?? `${dist}.deflate`;
mkdirSync(cache, { recursive: true });
try {
  setPriority(10);
} catch {
  // not allowed here: the normal priority
}

let ended = false;
const queue: string[] = [];
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line) queue.push(line);
});
lines.on("close", () => {
  ended = true;
});

const writer = new CacheWriter();
let count = 0;
let next = 0;
// Astro renders four pages at a time (astro.config.mjs), and its log names a page as it begins
// it: a page is read once 32 more have been named, by when its own file is long written. A file
// read too early would cost only time: the archive step checks every file's SHA-256.
const BEHIND = 32;
// DRAIN=1 (a shard's files, all written before): every file named, to the last
const drain = process.env.DRAIN === "1";
while (!ended || (drain && next < queue.length)) {
  const name = queue.length - next > (ended ? 0 : BEHIND) ? queue[next] : undefined;
  if (name === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    continue;
  }
  next++;
  const file = cacheFileOf(cache, name);
  if (!file) continue;
  try {
    writer.append(file, cachedEntryOf(name, readFileSync(join(dist, name))));
    count++;
  } catch {
    // a file that cannot be read now is left to the archive step
  }
  // let the input in between files
  if (count % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
}
writer.close();
console.log(`predeflate: ${count} files deflated ahead, ${queue.length - next} left to the archive step`);
