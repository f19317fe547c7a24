/**
 * The worker's settings, read from env once at start-up and validated, so that a typo fails the
 * start instead of silently using a default.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";
import { formatZodError } from "@/lib/api/errors";

const positiveInt = z.coerce.number().int().positive();

const ZWorkerEnvSchema = z.object({
  /** Variant solves run in parallel per process; each takes one core. */
  WORKER_CONCURRENCY: positiveInt.default(availableParallelism()),
  /** How long a job's lock lives without renewal; a crashed worker's job is retried after it expires. */
  WORKER_LOCK_DURATION_MS: positiveInt.default(30_000),
  /** How often workers look for jobs whose lock expired (stalled) and put them back in the queue. */
  WORKER_STALLED_INTERVAL_MS: positiveInt.default(30_000),
  HEARTBEAT_INTERVAL_MS: positiveInt.default(5_000),
  /** SIGTERM waits this long for running solves before releasing them to other workers. */
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
