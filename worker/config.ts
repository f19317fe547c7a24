/**
 * The worker's settings, read from env once at start-up and validated, so that a typo fails the
 * start instead of silently using a default.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";
import { formatZodError } from "@/lib/api/errors";

const positiveInt = z.coerce.number().int().positive();

/** The most variants one generation request may ask for (POST /api/jobs). */
const MAX_VARIANTS_PER_REQUEST = 5;

export function defaultConcurrency(): number {
  return Math.max(availableParallelism(), MAX_VARIANTS_PER_REQUEST);
}

const ZWorkerEnvSchema = z.object({
  /**
   * Variant solves run in parallel per process. A variant's time budget is wall-clock (what the
   * registrar waits), so by default a worker runs a whole request's variants (up to 5) at once even
   * on a small machine, sharing its cores, rather than making the fifth variant wait for two
   * rounds of the first four. Bigger machines run one solve per core.
   */
  WORKER_CONCURRENCY: positiveInt.default(defaultConcurrency()),
  /** How long a job's lock lives without renewal; a crashed worker's job is retried after it expires. */
  WORKER_LOCK_DURATION_MS: positiveInt.default(30_000),
  /** How often workers look for jobs whose lock expired (stalled) and put them back in the queue. */
  WORKER_STALLED_INTERVAL_MS: positiveInt.default(30_000),
  HEARTBEAT_INTERVAL_MS: positiveInt.default(5_000),
  /** SIGTERM waits this long for running solves, then interrupts them and hands them back to the queue. */
  WORKER_SHUTDOWN_TIMEOUT_MS: positiveInt.default(30_000),
  HOUSEKEEPING_EVERY_MS: positiveInt.default(60 * 60_000),
  /** DRAFT timetables of generations older than this are archived. */
  HOUSEKEEPING_ARCHIVE_AFTER_DAYS: positiveInt.default(30),
  /** A RUNNING job with no progress written for this long is failed. */
  HOUSEKEEPING_STUCK_AFTER_MS: positiveInt.default(60 * 60_000),
});

export type TWorkerConfig = z.infer<typeof ZWorkerEnvSchema>;

export function readWorkerConfig(env: Record<string, string | undefined> = process.env): TWorkerConfig {
  const present = Object.fromEntries(
    Object.keys(ZWorkerEnvSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const parsed = ZWorkerEnvSchema.safeParse(present);
  if (!parsed.success) throw new Error(`invalid worker settings: ${formatZodError(parsed.error)}`);
  return parsed.data;
}
