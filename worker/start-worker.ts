/**
 * Builds a running worker process: one Redis connection, the three BullMQ workers, the heartbeat,
 * reconciliation (on every Redis (re)connect and every WORKER_RECONCILE_EVERY_MS) and the
 * housekeeping schedule. worker/index.ts adds the signal handling; tests may start it with another
 * variant processor file.
 */
import { fileURLToPath } from "node:url";
import { Queue, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { asBullmqConnection, bullmqPrefix, createWorkerConnection } from "@/lib/queue/connection";
import { createGenerationQueues, type GenerationQueues } from "@/lib/queue/generation-flow";
import { HOUSEKEEPING_SCHEDULER_ID, JOB_OPTIONS, JobName, QueueName, type JobPayload } from "@/lib/queue/queues";
import type { TWorkerConfig } from "@/lib/config";
import { startDirectRunner, type DirectRunner } from "./direct-runner";
import { startHeartbeat, type Heartbeat } from "./heartbeat";
import { finalizeGeneration } from "./processors/finalize-generation";
import type { RunVariant } from "./processors/process-solve-variant";
import { runHousekeeping } from "./processors/housekeeping";
import { keepReconciling } from "./reconcile";
import { log } from "@/lib/log/logger";

export const SOLVE_VARIANT_PROCESSOR_FILE = fileURLToPath(new URL("./processors/solve-variant.sandbox.mjs", import.meta.url));

export interface RunningWorker {
  connection: Redis;
  queues: GenerationQueues;
  housekeepingQueue: Queue<JobPayload[typeof QueueName.Housekeeping]>;
  workers: Worker[];
  heartbeat: Heartbeat;
  stopReconciling: () => void;
  /** Runs queued generations straight from PostgreSQL while Redis is down. */
  directRunner: DirectRunner;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `variantProcessorFile` and `directRunVariant` let tests run another solver in place of the real
 * one, under the queue and straight from PostgreSQL respectively.
 */
export async function startWorker(config: TWorkerConfig, variantProcessorFile = SOLVE_VARIANT_PROCESSOR_FILE, directRunVariant?: RunVariant): Promise<RunningWorker> {
  const prefix = bullmqPrefix();
  const redis = createWorkerConnection();
  let redisDown = false;
  redis.on("error", (error) => {
    if (!redisDown) log.error({ error: describe(error) }, "Redis unavailable, retrying");
    redisDown = true;
  });
  redis.on("ready", () => {
    if (redisDown) log.info("Redis is back");
    redisDown = false;
  });
  const connection = asBullmqConnection(redis);

  const timing = {
    lockDuration: config.WORKER_LOCK_DURATION_MS,
    stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
    // Run again after each worker death up to this many times, then failed: random deaths do not
    // lose a variant, and one that kills every worker running it does not loop forever.
    maxStalledCount: config.WORKER_MAX_STALLED_COUNT,
  };
  const variantWorker = new Worker<JobPayload[typeof QueueName.SolveVariant]>(QueueName.SolveVariant, variantProcessorFile, {
    connection,
    prefix,
    concurrency: config.WORKER_CONCURRENCY,
    useWorkerThreads: true,
    ...timing,
  });
  const finalizeWorker = new Worker(QueueName.FinalizeGeneration, finalizeGeneration({ maxStalledCount: config.WORKER_MAX_STALLED_COUNT }), { connection, prefix, concurrency: 4, ...timing });
  const housekeepingWorker = new Worker(
    QueueName.Housekeeping,
    async () => {
      const result = await runHousekeeping({
        archiveAfterDays: config.HOUSEKEEPING_ARCHIVE_AFTER_DAYS,
        stuckAfterMs: config.HOUSEKEEPING_STUCK_AFTER_MS,
        sessionsAfterDays: config.HOUSEKEEPING_SESSIONS_AFTER_DAYS,
      });
      if (result.archivedTimetables > 0 || result.failedStuckJobs.length > 0 || result.deletedSessions > 0) {
        log.info(
          `housekeeping: archived ${result.archivedTimetables} draft timetable(s), ` +
            `failed ${result.failedStuckJobs.length} stuck job(s)${result.failedStuckJobs.length ? `: ${result.failedStuckJobs.join(", ")}` : ""}, ` +
            `deleted ${result.deletedSessions} old session row(s)`,
        );
      }
      return result;
    },
    { connection, prefix, concurrency: 1 },
  );
  const workers: Worker[] = [variantWorker, finalizeWorker, housekeepingWorker];

  const activeJobIds = new Set<string>();
  for (const worker of workers) {
    worker.on("error", (error) => {
      if (!redisDown) log.error({ queue: worker.name, error: describe(error) }, "worker error");
    });
    worker.on("active", (job: Job) => {
      if (job.id) activeJobIds.add(job.id);
    });
    worker.on("completed", (job: Job) => {
      if (job.id) activeJobIds.delete(job.id);
    });
    worker.on("failed", (job: Job | undefined, error: Error) => {
      if (job?.id) activeJobIds.delete(job.id);
      const willRetry = job !== undefined && job.attemptsMade < (job.opts.attempts ?? 1) && error.name !== "UnrecoverableError";
      log.error({ queue: worker.name, queueJobId: job?.id, error: error.message, willRetry }, willRetry ? "job failed (will retry)" : "job failed");
    });
    worker.on("stalled", (jobId: string) => {
      log.warn(
        { queue: worker.name, queueJobId: jobId },
        `job stalled (its worker stopped renewing the lock); it runs again unless this was its stall number ${config.WORKER_MAX_STALLED_COUNT + 1}`,
      );
    });
  }

  const queues = createGenerationQueues(redis, prefix);
  const housekeepingQueue = new Queue<JobPayload[typeof QueueName.Housekeeping]>(QueueName.Housekeeping, { connection, prefix });
  for (const queue of [queues.solveVariantQueue, queues.finalizeQueue, housekeepingQueue]) {
    queue.on("error", (error) => {
      if (!redisDown) log.error({ queue: queue.name, error: describe(error) }, "queue error");
    });
  }
  queues.flowProducer.on("error", (error) => {
    if (!redisDown) log.error({ error: describe(error) }, "flow producer error");
  });

  let directRunner: DirectRunner | undefined;
  const heartbeat = await startHeartbeat({
    intervalMs: config.HEARTBEAT_INTERVAL_MS,
    activeJobIds: () => [...activeJobIds, ...(directRunner?.activeJobIds() ?? [])],
  });
  directRunner = startDirectRunner({
    workerId: heartbeat.id,
    redisDown: () => redisDown && redis.status !== "ready",
    maxDeaths: config.WORKER_MAX_STALLED_COUNT,
    runVariant: directRunVariant,
  });
  const stopReconciling = keepReconciling(redis, queues, { everyMs: config.WORKER_RECONCILE_EVERY_MS });

  // Every worker process upserts the same scheduler id: one schedule, whatever the number of
  // processes. Again on every reconnect, in case Redis came back without its data.
  const scheduleHousekeeping = () =>
    housekeepingQueue
      .upsertJobScheduler(
        HOUSEKEEPING_SCHEDULER_ID,
        { every: config.HOUSEKEEPING_EVERY_MS },
        { name: JobName.Housekeeping, data: {}, opts: JOB_OPTIONS[QueueName.Housekeeping] },
      )
      .catch((error: unknown) => log.error({ error: describe(error) }, "could not schedule housekeeping"));
  redis.on("ready", scheduleHousekeeping);
  if (redis.status === "ready") void scheduleHousekeeping();

  log.info(
    `${heartbeat.id} started: prefix ${prefix}, ${config.WORKER_CONCURRENCY} concurrent variant(s), ` +
      `lock ${config.WORKER_LOCK_DURATION_MS} ms, stalled check every ${config.WORKER_STALLED_INTERVAL_MS} ms, ` +
      `a variant given up after ${config.WORKER_MAX_STALLED_COUNT + 1} stalls`,
  );
  return { connection: redis, queues, housekeepingQueue, workers, heartbeat, stopReconciling, directRunner };
}
