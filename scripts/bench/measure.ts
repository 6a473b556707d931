/** What every job of npm run bench measures with: medians, rounding, progress, and a process's memory. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: round(sorted[0] ?? 0), median: round(median(sorted)), max: round(sorted.at(-1) ?? 0) };
}

export const progress = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Every process under `root` (itself included), from /proc. */
function descendants(root: number): Set<number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf-8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone already
    }
  }
  const tree = new Set([root]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) tree.add(pid), (grown = true);
  }
  return tree;
}

/**
 * Runs a command and samples, every 50 ms, the resident memory of it and all its descendants
 * together: the build's steps overlap (predeflate beside astro build, worker threads), so the
 * peak of any one process is not the machine's.
 */
export async function runSampled(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string; peakMB: number }> {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const pageKB = 4;
  let peak = 0;
  const sample = () => {
    let kb = 0;
    for (const pid of descendants(child.pid!)) {
      try {
        kb += Number(readFileSync(`/proc/${pid}/statm`, "utf-8").split(" ")[1]) * pageKB;
      } catch {
        // gone already
      }
    }
    peak = Math.max(peak, kb);
  };
  const timer = setInterval(sample, 50);
  const status = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(timer);
  return { status, output, peakMB: round(peak / 1024) };
}
