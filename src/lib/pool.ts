import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Runs `tasks` on worker threads, each running `run(task)` exported by the module at `module`, and
 * hands the results to `onResult` in the tasks' order (a result that comes early waits for those
 * before it). As many threads as the machine has cores, by default; each takes the next task as it
 * finishes one.
 */
export async function inOrder<T, R>(module: URL, tasks: readonly T[], onResult: (result: R, index: number) => void | Promise<void>, size = availableParallelism()): Promise<void> {
  const threads = Math.max(1, Math.min(size, tasks.length));
  const done = new Map<number, R>();
  let next = 0;
  let delivered = 0;
  let failure: unknown;
  const workers: Worker[] = [];
  const retired = new Set<Worker>();
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      failure ??= error;
      for (const worker of workers) void worker.terminate();
      reject(failure);
    };
    const deliver = async () => {
      while (done.has(delivered)) {
        const result = done.get(delivered) as R;
        done.delete(delivered);
        await onResult(result, delivered);
        delivered++;
      }
      if (delivered === tasks.length) resolve();
    };
    let delivering = Promise.resolve();
    const give = (worker: Worker) => {
      if (next >= tasks.length) {
        retired.add(worker);
        void worker.terminate();
        return;
      }
      const index = next++;
      worker.postMessage({ index, task: tasks[index] });
    };
    if (tasks.length === 0) resolve();
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL("./pool-worker.ts", import.meta.url), { workerData: { module: module.href } });
      workers.push(worker);
      worker.on("message", (message: { index: number; result?: R; error?: string }) => {
        if (message.error !== undefined) return fail(new Error(message.error));
        done.set(message.index, message.result as R);
        delivering = delivering.then(deliver).catch(fail);
        give(worker);
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (!retired.has(worker) && failure === undefined) fail(new Error(`worker exited with code ${code}`));
      });
      give(worker);
    }
  });
}
