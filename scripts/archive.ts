/**
 * After the site and its search index are built: one zip per disclosure and one per year in
 * dist/archives/, with SHA256SUMS beside them. Written aside and renamed into place, so a failed
 * run leaves no half-written archive.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { archivesOf, summaryOf, writeYear } from "../src/lib/archive/archive.ts";
import { readContent } from "../src/lib/content.ts";

const dist = process.env.DIST ?? "dist";
const disclosures = readContent(summaryOf);

/** SHA-256 of a file read in chunks: a year's archive can be larger than memory should hold. */
function hashFile(path: string): string {
  const hash = createHash("sha256");
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(path, "r");
  for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  closeSync(fd);
  return hash.digest("hex");
}

const target = join(dist, "archives");
const temporary = `${target}.tmp-${process.pid}`;
mkdirSync(temporary, { recursive: true });
const sums: string[] = [];
for (const year of archivesOf(disclosures)) {
  writeYear(dist, year, temporary);
  for (const { name } of [...year.parts, year.year]) {
    const path = join(temporary, name);
    sums.push(`${hashFile(path)}  ${name}`);
    console.log(`archive: ${name} (${(statSync(path).size / 1024).toFixed(0)} KiB)`);
  }
}
writeFileSync(join(temporary, "SHA256SUMS"), `${sums.join("\n")}\n`);
rmSync(target, { recursive: true, force: true });
renameSync(temporary, target);
