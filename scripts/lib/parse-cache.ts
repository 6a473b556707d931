import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder } from "../../src/lib/files.ts";
import { manifestPath } from "../../src/lib/parse/manifest.ts";
import type { Read } from "../../src/lib/parse/read-source.ts";

/*
 * What each source read into last time — its model, or why it was refused — kept so that a build
 * reads again only what changed. An entry is keyed by the source's name and bytes, its manifest's
 * bytes, and the code that reads it (every file of src/lib and src/data, the lockfile): change any, and the
 * file is read again. The cache lives beside the content, survives between runs, and is safe to
 * delete.
 */

/** The project's folder, wherever the script is run from. */
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

/** The code a source's reading depends on, as one hash: what invalidates every entry at once. */
export function codeHash(root = PROJECT): string {
  const hash = createHash("sha256");
  const code = ["src/lib", "src/data"].flatMap((folder) => filesUnder(join(root, folder)).map((f) => join(folder, f)));
  for (const name of ["package-lock.json", ...code]) {
    hash.update(name).update("\0").update(readFileSync(join(root, name))).update("\0");
  }
  return hash.digest("hex");
}

export class ParseCache {
  readonly dir: string;
  readonly code: string;
  hits = 0;

  constructor(dir: string, code: string) {
    this.dir = dir;
    this.code = code;
    mkdirSync(dir, { recursive: true });
  }

  /** The entry's name: what was read, from what bytes, by what code. */
  key(file: string): string {
    const manifest = manifestPath(file);
    return createHash("sha256")
      .update(this.code)
      .update("\0")
      .update(file)
      .update("\0")
      .update(readFileSync(file))
      .update("\0")
      .update(existsSync(manifest) ? readFileSync(manifest) : "")
      .digest("hex");
  }

  /** An entry, counted as a source not read again. */
  get(key: string): Read | undefined {
    const read = this.read(key);
    if (read) this.hits++;
    return read;
  }

  /** An entry, as stored. */
  read(key: string): Read | undefined {
    const path = join(this.dir, `${key}.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf-8")) as Read) : undefined;
  }

  /** Written whole or not at all: a run stopped half way leaves no broken entry. */
  set(key: string, read: Read): void {
    const path = join(this.dir, `${key}.json`);
    writeFileSync(`${path}.tmp-${process.pid}`, JSON.stringify(read));
    renameSync(`${path}.tmp-${process.pid}`, path);
  }
}
