/**
 * Body of a search thread (search-threads.ts): compiles the model, anneals (its days of its team's
 * walk split by days, through shared memory: engine/partitioned-walk.ts; or a walk of its own),
 * trading the best through the coordinator at epoch boundaries when it leads a team among
 * several, then posts its outcome.
 * Its budget started when the coordinator spawned it (thread-clock.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { compileChangeCost } from "./engine/change-cost";
import type { BestSolution, Exchange } from "./engine/exchange";
import { compileModel } from "./engine/model";
import { positionsOf } from "./engine/positions";
import { search } from "./engine/search";
import { SharedWalk } from "./engine/shared-walk";
import type { SearchThreadData, SearchThreadMessage, ToSearchThread } from "./search-threads";
import { threadClock } from "./thread-clock";

const data = workerData as SearchThreadData;
const controller = new AbortController();
let waiting: ((best: BestSolution | null) => void) | null = null;
parentPort!.on("message", (m: ToSearchThread) => {
  if (m.type === "abort") controller.abort();
  const resolve = waiting;
  waiting = null;
  resolve?.(m.type === "adopt" ? m.best : null);
});
const post = (m: SearchThreadMessage) => parentPort!.postMessage(m);
/** Epochs of trading the best through the coordinator (search-threads.ts, ExchangeRounds). */
const exchangeThroughCoordinator = (): Exchange => ({
  epochs: data.epochs,
  meet: (best) =>
    controller.signal.aborted
      ? Promise.resolve(null)
      : new Promise((resolve) => {
          waiting = resolve;
          post({ type: "offer", best });
        }),
});
const clock = threadClock(data.clock, data.clockDivisor);
const model = compileModel(data.input);
if (data.changeCost) compileChangeCost(model, data.changeCost);
const outcome = await search(model, {
  timeLimitMs: data.timeLimitMs,
  seed: data.seed,
  maxIterations: data.maxIterations,
  signal: controller.signal,
  onProgress: (progress) => post({ type: "progress", progress }),
  startedAt: data.startedAt,
  clock,
  initial: data.initial ? positionsOf(model, data.initial).positions : undefined,
  ...(data.partition ? { partition: { walk: new SharedWalk(data.partition.buffers, data.partition.thread), walkSeed: data.partition.walkSeed } } : {}),
  ...(data.exchange ? { exchange: exchangeThroughCoordinator() } : {}),
});
post({
  type: "result",
  outcome: {
    best: { hard: outcome.bestHard, soft: outcome.bestSoft, slot: outcome.bestSlot, room: outcome.bestRoom },
    iterations: outcome.iterations,
    evaluated: outcome.evaluated,
    aborted: outcome.aborted,
  },
});
parentPort!.close();
