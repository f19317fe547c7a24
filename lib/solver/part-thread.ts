/**
 * Body of a part thread (solve-parts-threads.ts): solves its queue of parts and posts progress and
 * results. Its clock is the wall clock, or the process's CPU time divided by the thread count: on
 * Node 20 a thread cannot read its own CPU time, and with every thread busy that is each one's share.
 */
import { parentPort, workerData } from "node:worker_threads";
import { solveWhole } from "./solve";
import { runQueue } from "./solve-parts";
import type { PartThreadData, PartThreadMessage } from "./solve-parts-threads";

const data = workerData as PartThreadData;
const controller = new AbortController();
parentPort!.on("message", (m) => {
  if (m === "abort") controller.abort();
});
const post = (m: PartThreadMessage) => parentPort!.postMessage(m);
const clock =
  data.clock === "processCpu"
    ? () => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1000 / data.threads;
      }
    : () => performance.now();

const results = await runQueue(data.jobs, data.timeLimitMs, clock, solveWhole, controller.signal, (index, progress) =>
  post({ type: "progress", index, progress }),
);
results.forEach((result, i) => post({ type: "result", index: data.jobs[i].index, result }));
parentPort!.close();
