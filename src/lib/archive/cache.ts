/**
 * Entries deflated ahead of the archive step: `npm run build` deflates each file of a unit once
 * the unit is built (scripts/predeflate.ts), into one cache file per disclosure folder, kept with
 * the unit. The archive step takes an entry from the cache only when the file's bytes have the
 * same SHA-256 (siteEntry), so the cache can save time but never change an archive.
 */
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { archivedBytes, entryOf, sha256Of, type Entry } from "./archive.ts";

/**
 * An entry deflated ahead, with the SHA-256 of the file as the site holds it: the archive step
 * compares that, and need not rewrite the page for its archive again (archivedBytes depends on
 * the name and the bytes alone).
 */
export interface Cached extends Entry {
  siteSha256: string;
}

/** A file of the site, as the cache holds it. */
export function cachedEntryOf(name: string, site: Buffer): Cached {
  return { ...entryOf(name, archivedBytes(name, site)), siteSha256: sha256Of(site) };
}

/** The cache file that holds a site file's entry: one per disclosure folder; none for other files. */
export function cacheFileOf(cache: string, name: string): string | undefined {
  const folder = /^(\d{4})\/([^/]+)\//.exec(name);
  return folder ? join(cache, `${folder[1]}-${folder[2]}.bin`) : undefined;
}

/** Record: name length, size, CRC-32, deflated length (4 bytes each), the two SHA-256 (32 bytes each), name, deflated data. */
const HEAD = 80;

function recordOf(entry: Cached): Buffer {
  const name = Buffer.from(entry.name, "utf-8");
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(name.length, 0);
  head.writeUInt32LE(entry.size, 4);
  head.writeUInt32LE(entry.crc >>> 0, 8);
  head.writeUInt32LE(entry.deflated.length, 12);
  Buffer.from(entry.sha256, "hex").copy(head, 16);
  Buffer.from(entry.siteSha256, "hex").copy(head, 48);
  return Buffer.concat([head, name, entry.deflated]);
}

export function appendToCache(file: string, entry: Cached): void {
  appendFileSync(file, recordOf(entry));
}

/**
 * Appends records to the cache files, keeping up to `open` of them open: Astro writes a page of
 * every disclosure in turn, so opening and closing a file per record would cost more than the
 * writing. The least recently used file is closed when another is needed.
 */
export class CacheWriter {
  private readonly files = new Map<string, number>();
  private readonly open: number;

  constructor(open = 256) {
    this.open = open;
  }

  append(file: string, entry: Cached): void {
    let fd = this.files.get(file);
    if (fd === undefined) {
      if (this.files.size >= this.open) {
        const [oldest, oldFd] = this.files.entries().next().value as [string, number];
        closeSync(oldFd);
        this.files.delete(oldest);
      }
      fd = openSync(file, "a");
    } else this.files.delete(file);
    this.files.set(file, fd);
    writeSync(fd, recordOf(entry));
  }

  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }
}

/** The entries of a cache file, by name; a record cut short (a build stopped midway) ends the list. */
export function readCache(file: string | undefined): Map<string, Cached> {
  const entries = new Map<string, Cached>();
  if (!file || !existsSync(file)) return entries;
  const bytes = readFileSync(file);
  for (let at = 0; at + HEAD <= bytes.length; ) {
    const nameLength = bytes.readUInt32LE(at);
    const deflatedLength = bytes.readUInt32LE(at + 12);
    const end = at + HEAD + nameLength + deflatedLength;
    if (end > bytes.length) break;
    const name = bytes.toString("utf-8", at + HEAD, at + HEAD + nameLength);
    entries.set(name, {
      name,
      size: bytes.readUInt32LE(at + 4),
      crc: bytes.readUInt32LE(at + 8),
      sha256: bytes.toString("hex", at + 16, at + 48),
      siteSha256: bytes.toString("hex", at + 48, at + 80),
      deflated: bytes.subarray(at + HEAD + nameLength, end),
    });
    at = end;
  }
  return entries;
}
