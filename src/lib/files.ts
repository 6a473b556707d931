import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every file under `folder` of `root` (all of `root` when no folder is given), as paths relative
 * to `root`, each directory's entries in sorted order.
 */
export function filesUnder(root: string, folder = ""): string[] {
  return readdirSync(join(root, folder))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
    });
}
