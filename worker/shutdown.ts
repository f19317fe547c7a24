/**
 * Graceful stop on SIGINT/SIGTERM: stop taking jobs, let running solves finish (worker.close()
 * waits for them) or, past WORKER_SHUTDOWN_TIMEOUT_MS, release them (force close kills the solver
 * threads without completing the jobs; their locks expire and another worker's stalled check puts
 * them back in the queue), then quit Redis, delete this process's heartbeat, disconnect PostgreSQL
 * and exit 0. A hard timeout exits 1 if any of that hangs.
 */
import { prisma } from "@/lib/db";
import { closeGenerationQueues } from "@/lib/queue/generation-flow";
import type { RunningWorker } from "./start-worker";

/** Extra time after the graceful timeout for the clean-up steps before the process is killed. */
const CLEANUP_GRACE_MS = 10_000;

function timeout(ms: number): Promise<"timeout"> {
  return new Promise((resolve) => setTimeout(() => resolve("timeout"), ms).unref());
}

export async function shutdown(running: RunningWorker, gracefulTimeoutMs: number): Promise<void> {
  const { workers, queues, housekeepingQueue, connection, heartbeat, stopReconciling } = running;
  stopReconciling();

  const closed = await Promise.race([Promise.all(workers.map((worker) => worker.close())).then(() => "closed" as const), timeout(gracefulTimeoutMs)]);
  if (closed === "timeout") {
    console.warn(`[worker] running jobs did not finish within ${gracefulTimeoutMs} ms; releasing them to other workers`);
    await Promise.all(workers.map((worker) => worker.close(true)));
  }

  await closeGenerationQueues(queues);
  await housekeepingQueue.close();
  await connection.quit();
  await heartbeat.stop();
  await prisma.$disconnect();
}

export function shutdownOnSignals(running: RunningWorker, gracefulTimeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.info(`[worker] ${signal}: shutting down`);
    setTimeout(() => {
      console.error("[worker] shutdown hung; exiting");
      process.exit(1);
    }, gracefulTimeoutMs + CLEANUP_GRACE_MS).unref();
    shutdown(running, gracefulTimeoutMs).then(
      () => {
        console.info("[worker] stopped");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("[worker] shutdown failed:", error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
