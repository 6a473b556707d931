import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Folders a test file made: removed when the file's tests are done (tests/setup.ts). */
const made: string[] = [];

/**
 * A new folder under .tmp/ in the project, removed after the test file. Inside the project, not
 * the system's temporary folder: Astro renders a build whose output lies outside the working
 * folder through .astro/.prerender/, one folder for every such build, and the browser tests build
 * sites side by side.
 */
export function temporaryDir(prefix: string): string {
  const root = join(process.cwd(), ".tmp");
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, prefix));
  made.push(dir);
  return dir;
}

export function removeTemporaryDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
