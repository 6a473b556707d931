/**
 * npm run fuzz -- --n 20000 [--seed 1] [--spaces 5000000] [--timeout 10000]
 *
 * Mutants of the Beijing seed of every class in scripts/lib/mutate.ts, in turn, each parsed and
 * judged by scripts/lib/oracle.ts: parsed (and read faithfully), refused, or one of the outcomes
 * that must never happen: silent (a figure read into the wrong place, or lost), refused-benign,
 * wrong-line (invalid bytes named at another line), crash, hang (past --timeout ms). Two workers
 * share the mutants; one that hangs is stopped and replaced. Deterministic for the same --seed.
 * Exits 1 if any mutant had an outcome that must never happen.
 */
import { readFileSync } from "node:fs";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { parseText } from "../src/lib/parse/index.ts";
import { random } from "./lib/synth.ts";
import { CLASSES, describeSeed, mutate } from "./lib/mutate.ts";
import { judge, OUTCOMES, reference, type Outcome } from "./lib/oracle.ts";

const SEED = "seeds/000_a305166288aaf593.txt";
const BAD: readonly Outcome[] = ["silent", "refused-benign", "wrong-line", "crash", "hang"];

interface Job {
  from: number;
  to: number;
  seed: number;
  spaces: number;
}
interface Result {
  index: number;
  kind: string;
  outcome: Outcome;
  what: string;
  detail?: string;
}

/** The n-th mutant: classes in turn, each drawn from its own stream of random numbers. */
const kindOf = (index: number) => CLASSES[index % CLASSES.length] ?? CLASSES[0];

if (!isMainThread) {
  const job = workerData as Job;
  const text = readFileSync(SEED, "utf-8");
  // parsed under the name the oracle gives each mutant, so that only what the text says can differ
  const seed = describeSeed(text, parseText(Buffer.from(text), "x.txt"));
  const ref = reference(seed);
  for (let index = job.from; index < job.to; index++) {
    parentPort?.postMessage({ start: index });
    const kind = kindOf(index);
    const mutant = mutate(seed, kind, random(job.seed * 1_000_003 + index), job.spaces);
    const { outcome, detail } = judge(ref, mutant);
    parentPort?.postMessage({ index, kind, outcome, what: mutant.what, detail: detail?.slice(0, 300) } satisfies Result);
  }
} else {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const n = option("--n", 2000);
  const seed = option("--seed", 1);
  const spaces = option("--spaces", 5_000_000);
  const timeout = option("--timeout", 10_000);
  const results: Result[] = [];
  const started = performance.now();

  /** Runs mutants [from, to) in a worker, replacing it past a hang. */
  const run = (from: number, to: number): Promise<void> =>
    new Promise((resolve) => {
      if (from >= to) return resolve();
      const worker = new Worker(new URL(import.meta.url), { workerData: { from, to, seed, spaces } satisfies Job });
      let current = from;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const kind = kindOf(current);
          results.push({ index: current, kind, outcome: "hang", what: `past ${timeout} ms` });
          void worker.terminate().then(() => run(current + 1, to).then(resolve));
        }, timeout);
      };
      worker.on("message", (message: { start: number } | Result) => {
        if ("start" in message) {
          current = message.start;
          arm();
        } else {
          results.push(message);
          if (results.length % 1000 === 0) console.error(`fuzz: ${results.length} of ${n}`);
        }
      });
      worker.on("error", (error) => {
        clearTimeout(timer);
        results.push({ index: current, kind: kindOf(current), outcome: "crash", what: "the worker failed", detail: error.message });
        void run(current + 1, to).then(resolve);
      });
      worker.on("exit", (code) => {
        if (code === 0) {
          clearTimeout(timer);
          resolve();
        }
      });
    });

  const half = Math.ceil(n / 2);
  await Promise.all([run(0, half), run(half, n)]);
  const seconds = (performance.now() - started) / 1000;

  const table = CLASSES.map((kind) => {
    const ofKind = results.filter((r) => r.kind === kind);
    return [kind, ...OUTCOMES.map((o) => ofKind.filter((r) => r.outcome === o).length)];
  });
  const totals = OUTCOMES.map((o) => results.filter((r) => r.outcome === o).length);
  console.log(`fuzz: ${results.length} mutants of ${SEED} in ${seconds.toFixed(1)} s (seed ${seed}, ${spaces} spaces, timeout ${timeout} ms)\n`);
  console.log(["class", ...OUTCOMES].join("\t"));
  for (const row of table) console.log(row.join("\t"));
  console.log(["all", ...totals].join("\t"));
  const bad = results.filter((r) => BAD.includes(r.outcome)).sort((a, b) => a.index - b.index);
  for (const r of bad.slice(0, 30)) console.log(`\n#${r.index} ${r.kind} ${r.outcome}: ${r.what}\n  ${r.detail ?? ""}`);
  process.exitCode = bad.length > 0 ? 1 : 0;
}
