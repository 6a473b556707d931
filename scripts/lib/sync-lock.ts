/**
 * One Astro build at a time syncs its content. Astro writes the modules it generates for content
 * into the project's .astro/, the same files for every build, each through one fixed temporary
 * name (content-assets.mjs.tmp, then renamed): two builds syncing at once rename each other's file
 * away ("ENOENT … rename '.astro/content-assets.mjs.tmp'"). Units build side by side, and so do
 * the tests' sites; each build holds this lock from its start until its content is synced.
 *
 * The lock is a folder (made atomically) holding its owner's pid: a lock whose owner has died is
 * taken over, so a build killed while syncing does not stop the next.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { running } from "./processes.ts";

export const SYNC_LOCK = join(".astro", "mingzhang-sync.lock");

/** Waits for the lock, takes it, and returns what gives it back (safe to call twice). */
export async function syncTurn(lock = SYNC_LOCK): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        mkdirSync(join(lock, ".."), { recursive: true });
        continue;
      }
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(50);
      continue;
    }
    writeFileSync(join(lock, "pid"), String(process.pid));
    let held = true;
    return () => {
      if (held) rmSync(lock, { recursive: true, force: true });
      held = false;
    };
  }
}

/** Whether the lock's owner is gone (a lock just made, its pid not yet written, is not). */
function abandoned(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf-8"));
  } catch {
    return ageMs(lock) > 10_000;
  }
  return !running(pid);
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
