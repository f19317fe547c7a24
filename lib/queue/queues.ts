/**
 * Every queue, job name, payload schema and default job option, in one place, so that the producer
 * (web app) and the worker share one contract.
 *
 * One generation request is a BullMQ flow: a parent `finalize-generation` job whose children are one
 * `solve-variant` job per variant. Each variant is its own job so that any number of worker
 * processes, on any number of machines, share the solving; the parent runs once every child has
 * finished (completed or failed) and settles the GenerationJob row.
 *
 * Payloads carry ids only: the GenerationJob row in PostgreSQL is the source of truth and the worker
 * re-reads it. When a payload gains a field, make it optional: during a rolling deploy an old web app
 * may still enqueue jobs that a new worker reads, and jobs already waiting in Redis keep their shape.
 */
import type { DefaultJobOptions } from "bullmq";
import { z } from "zod";

export const QueueName = {
  SolveVariant: "solve-variant",
  FinalizeGeneration: "finalize-generation",
  Housekeeping: "housekeeping",
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Each queue carries one kind of job, named like its queue. */
export const JobName = QueueName;

export const ZSolveVariantPayloadSchema = z.object({
  generationJobId: z.string().min(1),
  variantIndex: z.number().int().min(0),
});

export const ZFinalizeGenerationPayloadSchema = z.object({
  generationJobId: z.string().min(1),
});

export const ZHousekeepingPayloadSchema = z.object({}).strict();

export const JobPayloadSchema = {
  [QueueName.SolveVariant]: ZSolveVariantPayloadSchema,
  [QueueName.FinalizeGeneration]: ZFinalizeGenerationPayloadSchema,
  [QueueName.Housekeeping]: ZHousekeepingPayloadSchema,
} as const satisfies Record<QueueName, z.ZodType>;

/** `JobPayload[QueueName.SolveVariant]` types both the producer's `add` and the worker's `job.data`. */
export type JobPayload = { [Q in QueueName]: z.infer<(typeof JobPayloadSchema)[Q]> };

const HOUR_S = 3_600;

/** Shared by every queue: retried three times with exponential backoff, kept for a while for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 5_000 },
  removeOnComplete: { age: 24 * HOUR_S, count: 1_000 },
  removeOnFail: { age: 7 * 24 * HOUR_S, count: 5_000 },
} as const satisfies DefaultJobOptions;

export const JOB_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  [QueueName.SolveVariant]: DEFAULT_JOB_OPTIONS,
  [QueueName.FinalizeGeneration]: DEFAULT_JOB_OPTIONS,
  // Housekeeping runs again within the hour anyway: no retries, keep little history.
  [QueueName.Housekeeping]: {
    attempts: 1,
    removeOnComplete: { age: 24 * HOUR_S, count: 48 },
    removeOnFail: { age: 7 * 24 * HOUR_S, count: 100 },
  },
};

// Deterministic job ids make enqueueing idempotent: BullMQ ignores an add whose id already exists,
// so the web app, a retry and the worker's reconciliation can all enqueue the same generation
// without duplicating work. BullMQ forbids ':' in custom ids, hence '-' (cuids contain neither).
export function finalizeJobId(generationJobId: string): string {
  return `gen-${generationJobId}-final`;
}

export function solveVariantJobId(generationJobId: string, variantIndex: number): string {
  return `gen-${generationJobId}-v${variantIndex}`;
}

/** The variant a solve-variant job id (or a Redis key ending in one) names; null for any other id. */
export function variantIndexOfJobId(jobIdOrKey: string): number | null {
  const match = /-v(\d+)$/.exec(jobIdOrKey);
  return match ? Number(match[1]) : null;
}

/**
 * BullMQ's failedReason for a job whose lock expired more than the worker's maxStalledCount times
 * (moveStalledJobsToWait.lua): its worker died, or was starved, while running it each time.
 */
export const STALLED_TOO_OFTEN_REASON = "job stalled more than allowable limit";

export const HOUSEKEEPING_SCHEDULER_ID = "housekeeping-hourly";
