/**
 * Independent parts solved in parallel: T worker threads, each with a queue of parts (largest
 * first, each to the least-loaded queue: deterministic). A part's seed and iteration share do not
 * depend on its queue, so the joined result for a seed, an input and maxIterations is the same for
 * every thread count. Abort reaches the threads by message; their searches yield every 40 ms.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PartJob } from "./solve-parts";
import type { SolverProgress, SolverResult, ThreadClock } from "./types";

/** What a part thread is given (workerData) and what it posts back. */
export interface PartThreadData {
  jobs: PartJob[];
  timeLimitMs: number;
  clock: ThreadClock;
  threads: number;
}
export type PartThreadMessage =
  | { type: "progress"; index: number; progress: SolverProgress }
  | { type: "result"; index: number; result: SolverResult };

// A runtime path, not new URL(...) in new Worker(): bundlers would try to bundle that as a web worker.
const THREAD_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "part-thread.mjs");

export function queuesOf(jobs: PartJob[], threads: number): PartJob[][] {
  const queues: PartJob[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  for (const job of [...jobs].sort((a, b) => b.meetings - a.meetings || a.index - b.index)) {
    const q = load.indexOf(Math.min(...load));
    queues[q].push(job);
    load[q] += job.meetings;
  }
  return queues;
}

export async function runPartsInThreads(
  jobs: PartJob[],
  threads: number,
  timeLimitMs: number,
  clock: ThreadClock,
  signal: AbortSignal | undefined,
  onProgress: ((index: number, p: SolverProgress) => void) | undefined,
): Promise<SolverResult[]> {
  const results: SolverResult[] = new Array(jobs.length);
  const workers: Worker[] = [];
  const abort = () => workers.forEach((w) => w.postMessage("abort"));
  signal?.addEventListener("abort", abort);
  try {
    await Promise.all(
      queuesOf(jobs, threads).map(
        (queue) =>
          new Promise<void>((resolve, reject) => {
            const data: PartThreadData = { jobs: queue, timeLimitMs, clock, threads };
            const worker = new Worker(THREAD_FILE, { workerData: data });
            workers.push(worker);
            worker.on("message", (m: PartThreadMessage) => {
              if (m.type === "progress") onProgress?.(m.index, m.progress);
              else results[m.index] = m.result;
            });
            worker.on("error", reject);
            worker.on("exit", (code) => (code === 0 && queue.every((j) => results[j.index]) ? resolve() : reject(new Error(`solver thread exited with code ${code}`))));
            if (signal?.aborted) worker.postMessage("abort");
          }),
      ),
    );
  } finally {
    signal?.removeEventListener("abort", abort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
