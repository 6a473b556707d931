import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

/** The environment of a whole build into folders of its own (content beside `out`). */
const envOf = (out: string, env: Record<string, string>) => ({ ...process.env, OUT: out, CONTENT_DIR: join(out, "..", "content"), ...env });

/** A build, as `npm run build` does it (with `args`, as `npm run build -- args`), into folders of its own. */
export function build(out: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, ["scripts/build.ts", ...args], { env: envOf(out, env), encoding: "utf-8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The same, running while the caller goes on: to build two sites at once. */
export function buildInBackground(out: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, ["scripts/build.ts"], { env: envOf(out, env) });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((done) => child.on("close", (status) => done({ status, output })));
}
