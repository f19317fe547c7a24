/**
 * Graceful stop on SIGINT/SIGTERM: stop taking jobs, let running solves finish (worker.close()
 * waits for them) or, past WORKER_SHUTDOWN_TIMEOUT_MS, release them: the process exits with the
 * solver threads still running, so their jobs are neither completed nor failed; their locks expire
 * and any worker's stalled check puts them back in the queue (runVariant starts them afresh, and
 * nothing half-done was saved). Then Redis is quit, this process's heartbeat deleted, PostgreSQL
 * disconnected, and the process exits 0. A hard timeout exits 1 if any of that hangs.
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

  // worker.close() stops fetching at once and resolves when the running jobs are done. A second
  // close(true) would not interrupt it (BullMQ returns the close already in progress), so past the
  // timeout the process simply stops waiting.
  const closed = await Promise.race([
    Promise.all(workers.map((worker) => worker.close())).then(() => "closed" as const),
    timeout(gracefulTimeoutMs),
  ]);
  if (closed === "closed") {
    await closeGenerationQueues(queues);
    await housekeepingQueue.close();
    await connection.quit();
  } else {
    console.warn(`[worker] running jobs did not finish within ${gracefulTimeoutMs} ms; releasing them to other workers`);
    connection.disconnect();
  }
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
