import { temporaryDir } from "../tmp.ts";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";

/** Unzips an archive into a new folder, as a reader would before double-clicking index.html. */
export function unzip(archive: string): string {
  const dir = temporaryDir("mingzhang-archive-");
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(archive)))) {
    if (path.endsWith("/")) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}
