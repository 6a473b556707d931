import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

/** A whole build, as `npm run build` does it, into folders of its own (content beside `out`). */
export function build(out: string, env: Record<string, string> = {}) {
  const result = spawnSync(resolve("node_modules/.bin/tsx"), ["scripts/build.ts"], {
    env: { ...process.env, OUT: out, CONTENT_DIR: join(out, "..", "content"), ...env },
    encoding: "utf-8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
