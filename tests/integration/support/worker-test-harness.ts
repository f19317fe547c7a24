/**
 * The setup every worker integration test shares: a private redis-server for this file (so a test
 * may stop or restart it), real worker processes started on it, and a teardown that cancels this
 * file's unfinished generations, kills every worker the file started, and closes the connections.
 * Call once at the top of a test file; its beforeAll runs before the file's own.
 */
import { afterAll, beforeAll } from "vitest";
import { prisma } from "@/lib/db";
import { closeProducer } from "@/lib/queue/producer";
import { cancelUnfinishedJobs } from "./generation-fixtures";
import { startPrivateRedis, type PrivateRedis } from "./private-redis";
import { killWorkerProcess, startWorkerProcess, type WorkerProcess } from "./worker-process";

export interface WorkerTestHarness {
  /** This file's own redis-server (available from beforeAll on). */
  readonly redis: PrivateRedis;
  /**
   * Starts a real worker process (worker/index.ts, or another entry file relative to the project
   * root); the harness kills it after the file if it is still running.
   */
  startWorker(env: Record<string, string>, entry?: string): WorkerProcess;
}

export function useWorkerTestHarness(): WorkerTestHarness {
  let redis: PrivateRedis | undefined;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
  });

  afterAll(async () => {
    // Cancel first: a leftover QUEUED or RUNNING row would be reconciled and solved by the next file's worker.
    await cancelUnfinishedJobs();
    for (const worker of workers) await killWorkerProcess(worker);
    await closeProducer();
    await redis?.stop();
    await prisma.$disconnect();
  });

  return {
    get redis() {
      if (!redis) throw new Error("the private Redis starts in beforeAll; use it inside hooks and tests");
      return redis;
    },
    startWorker(env, entry) {
      const worker = startWorkerProcess(env, entry);
      workers.push(worker);
      return worker;
    },
  };
}
