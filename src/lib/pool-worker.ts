/** A worker thread of pool.ts: runs the module's `run` on each task it is given. */
import { parentPort, workerData } from "node:worker_threads";

const { run } = (await import(workerData.module as string)) as { run: (task: unknown) => unknown };
parentPort!.on("message", async ({ index, task }: { index: number; task: unknown }) => {
  try {
    parentPort!.postMessage({ index, result: await run(task) });
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
