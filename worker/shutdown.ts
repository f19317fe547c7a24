/**
 * Graceful stop on SIGINT/SIGTERM, in three bounded steps:
 *
 * 1. Stop taking jobs and let running solves finish (worker.close() waits for them), for up to
 *    WORKER_SHUTDOWN_TIMEOUT_MS.
 * 2. Past that, interrupt them: every running job's AbortSignal fires, the solver stops within a
 *    moment, and the processor moves the job back to the queue (no attempt used up) for another
 *    worker to solve afresh. worker.close() then ends the solver threads itself.
 * 3. If even that does not end within INTERRUPT_GRACE_MS (a solver that ignores its signal), end
 *    the solver threads here and leave their jobs to the stalled check: their locks expire and any
 *    worker puts them back in the queue. Nothing half-done was saved either way.
 *
 * Then Redis is closed, this process's heartbeat deleted, PostgreSQL disconnected, and the process
 * exits 0. The solver threads are always gone before process.exit: Node joins every live thread on
 * exit, so one stuck thread would keep the process alive with nothing left to end it. A hard
 * timeout kills the process if any of this hangs.
 */
import type { Worker } from "bullmq";
import { prisma } from "@/lib/db";
import { closeGenerationQueues } from "@/lib/queue/generation-flow";
import type { RunningWorker } from "./start-worker";
import { errorFields, log } from "@/lib/log/logger";

/** Time for interrupted solves to stop and hand their jobs back (step 2). */
const INTERRUPT_GRACE_MS = 5_000;
/** Extra time after steps 1 and 2 for the clean-up before the process is killed. */
const CLEANUP_GRACE_MS = 10_000;

function timeout(ms: number): Promise<"timeout"> {
  return new Promise((resolve) => setTimeout(() => resolve("timeout"), ms).unref());
}

/**
 * BullMQ ends a worker's sandbox threads only at the end of close(), after the running jobs; step 3
 * needs them ended regardless. The pool is not public API, hence the guarded cast: if a BullMQ
 * release renames it, this is a no-op and the hard timeout still ends the process.
 */
async function endSolverThreads(worker: Worker): Promise<void> {
  const pool = (worker as unknown as { childPool?: { clean(): Promise<void> } }).childPool;
  await pool?.clean();
}

export async function shutdown(running: RunningWorker, gracefulTimeoutMs: number): Promise<void> {
  const { workers, queues, housekeepingQueue, connection, heartbeat, stopReconciling, directRunner } = running;
  stopReconciling();
  // A generation run straight from PostgreSQL is interrupted at once: nothing of it is saved, and
  // its claim lapses when the heartbeat row goes below, so another worker takes it afresh.
  const directStopped = directRunner.stop();

  // One close() per worker for the whole shutdown: a second call returns the first one's promise.
  const allClosed = Promise.all(workers.map((worker) => worker.close())).then(() => "closed" as const);
  let closed = await Promise.race([allClosed, timeout(gracefulTimeoutMs)]);
  if (closed !== "closed") {
    log.warn(`running jobs did not finish within ${gracefulTimeoutMs} ms; interrupting them and handing them back to the queue`);
    for (const worker of workers) worker.cancelAllJobs("the worker is shutting down");
    closed = await Promise.race([allClosed, timeout(INTERRUPT_GRACE_MS)]);
  }
  if (closed === "closed") {
    await closeGenerationQueues(queues);
    await housekeepingQueue.close();
    await connection.quit();
  } else {
    log.warn(`interrupted jobs did not stop within ${INTERRUPT_GRACE_MS} ms; ending their threads and releasing them to other workers`);
    await Promise.all(workers.map(endSolverThreads));
    connection.disconnect();
  }
  await directStopped;
  await heartbeat.stop();
  await prisma.$disconnect();
}

export function shutdownOnSignals(running: RunningWorker, gracefulTimeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    process.on("unhandledRejection", ignoreRedisGoneWhileStopping);
    // SIGKILL rather than process.exit(1): exit joins live threads, and a stuck one would hang it.
    setTimeout(() => {
      log.error("shutdown hung; killing the process");
      process.kill(process.pid, "SIGKILL");
    }, gracefulTimeoutMs + INTERRUPT_GRACE_MS + CLEANUP_GRACE_MS).unref();
    shutdown(running, gracefulTimeoutMs).then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        log.error(errorFields(error), "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

const CONNECTION_ERROR_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

/**
 * While stopping with Redis down, BullMQ (5.81) closes a connection whose connect attempt is still
 * in flight, removes its listeners, and then re-emits that attempt's failure as an 'error' nobody
 * listens to: an unhandled rejection that would end a clean shutdown with exit code 1, before the
 * heartbeat row is deleted (the worker's claims then look alive for another 30 s). Nothing is left
 * to tell Redis, so a connection error is logged and the shutdown goes on; anything else still
 * ends the process (SIGKILL, as the hard timeout does: exit would wait on live solver threads).
 */
function ignoreRedisGoneWhileStopping(reason: unknown): void {
  const code = (reason as { code?: unknown } | null)?.code;
  if (typeof code === "string" && CONNECTION_ERROR_CODES.has(code)) {
    log.warn(errorFields(reason), "Redis unreachable while stopping; going on");
    return;
  }
  log.fatal(errorFields(reason), "unhandled rejection while stopping");
  process.kill(process.pid, "SIGKILL");
}
