import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** A whole build, as `npm run build` does it, into folders of its own (content beside `out`). */
export function build(out: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, OUT: out, CONTENT_DIR: join(out, "..", "content"), ...env },
    encoding: "utf-8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
