/**
 * Parent job of a generation's flow: BullMQ runs it once every solve-variant child has finished
 * (completed, or failed for good: children are added with ignoreDependencyOnFailure). It settles
 * variants that never got to settle themselves (a variant whose worker died more than
 * WORKER_MAX_STALLED_COUNT times is failed by BullMQ without running our code) and then the job.
 */
import { DelayedError, UnrecoverableError, type Job } from "bullmq";
import { formatZodError } from "@/lib/domain/zod-error-message";
import { prisma } from "@/lib/db";
import { ZFinalizeGenerationPayloadSchema, type JobPayload, type QueueName } from "@/lib/queue/queues";
import { finalizeJob, liveDirectClaimant, recordJobError, type FinalizeJobResult } from "@/lib/server/generation/job-lifecycle";
import { addLogContext, withLogContext } from "@/lib/log/log-context";
import { log } from "@/lib/log/logger";
import { isTerminalJobStatus } from "@/lib/domain/generation-status";
import { explainVariantFailure } from "./explain-variant-failure";
import { CLAIM_RECHECK_MS } from "./process-solve-variant";

export type FinalizeGenerationJob = Job<JobPayload[typeof QueueName.FinalizeGeneration]>;

export interface FinalizeGenerationOptions {
  /** The workers' maxStalledCount (WORKER_MAX_STALLED_COUNT), to say how often a lost variant's worker died. */
  maxStalledCount: number;
}

/** The finalize-generation processor. */
export function finalizeGeneration(options: FinalizeGenerationOptions): (job: FinalizeGenerationJob, token?: string) => Promise<FinalizeJobResult> {
  return (job, token) => {
    const data = job.data as Partial<FinalizeGenerationJob["data"]>; // validated below
    return withLogContext({ jobId: data.generationJobId, queueJobId: job.id }, () => finalize(job, token, options));
  };
}

async function finalize(job: FinalizeGenerationJob, token: string | undefined, { maxStalledCount }: FinalizeGenerationOptions): Promise<FinalizeJobResult> {
  const payload = ZFinalizeGenerationPayloadSchema.safeParse(job.data);
  if (!payload.success) throw new UnrecoverableError(`Invalid finalize-generation payload: ${formatZodError(payload.error)}`);
  const { generationJobId } = payload.data;

  const row = await prisma.generationJob.findUnique({ where: { id: generationJobId }, select: { requestedById: true, status: true } });
  if (!row) throw new UnrecoverableError(`Generation job ${generationJobId} does not exist`);
  addLogContext({ userId: row.requestedById });
  // Run straight from PostgreSQL by a live worker without Redis: that worker finalizes it. Looked at
  // again later rather than left, in case that worker dies before it does (the same wait as the
  // variants' in process-solve-variant.ts).
  const claimant = isTerminalJobStatus(row.status) ? null : await liveDirectClaimant(generationJobId);
  if (claimant) {
    log.info({ claimant }, `finalize waits: run straight from PostgreSQL by another worker; looking again in ${CLAIM_RECHECK_MS} ms`);
    await job.moveToDelayed(Date.now() + CLAIM_RECHECK_MS, token);
    throw new DelayedError();
  }

  // Keyed by child job key; the values are BullMQ's failedReason of each child that failed for good.
  const failures = Object.entries(await job.getIgnoredChildrenFailures()).map(([key, reason]) => explainVariantFailure(key, reason, maxStalledCount));
  for (const failure of failures) log.warn({ variant: failure.variantIndex }, failure.message);
  // Kept on the job even when other variants complete, like an infeasibility explanation: it says
  // why this variant has no timetable (and the first explanation stored wins).
  const lost = failures.find((failure) => failure.lostToWorkerDeaths);
  if (lost) await recordJobError(generationJobId, lost.message);
  const fallbackError = failures.length > 0 ? `Every variant failed. ${failures[0].message}` : null;
  const result = await finalizeJob(generationJobId, fallbackError);
  if (result.unsettledVariants > 0) {
    log.warn(`${result.unsettledVariants} variant(s) ended without settling; marked FAILED`);
  }
  log.info({ status: result.status }, `finalized: ${result.status}`);
  return result;
}
