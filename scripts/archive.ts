/**
 * After the site and its search index are built: one zip per disclosure and one per year in
 * dist/archives/, with SHA256SUMS beside them. Written aside and renamed into place, so a failed
 * run leaves no half-written archive.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { archivesOf, entries, zip, type Summary } from "../src/lib/archive/archive.ts";

const dist = process.env.DIST ?? "dist";
const content = process.env.CONTENT_DIR ?? join("content", "disclosures");
const disclosures: Summary[] = readdirSync(content)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(content, name), "utf-8")) as Summary);

const target = join(dist, "archives");
const temporary = `${target}.tmp-${process.pid}`;
mkdirSync(temporary, { recursive: true });
const sums: string[] = [];
for (const archive of archivesOf(disclosures)) {
  const bytes = zip(entries(dist, archive));
  writeFileSync(join(temporary, archive.name), bytes);
  sums.push(`${createHash("sha256").update(bytes).digest("hex")}  ${archive.name}`);
  console.log(`archive: ${archive.name} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}
writeFileSync(join(temporary, "SHA256SUMS"), `${sums.join("\n")}\n`);
rmSync(target, { recursive: true, force: true });
renameSync(temporary, target);
