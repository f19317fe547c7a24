/**
 * What the sandboxed solve-variant processor does with one job, with runVariant passed in so that
 * the entry file stays a one-liner and this logic reads top to bottom:
 *
 * parse payload -> re-read the job row (cancelled? finished?) -> start the variant -> run the solver
 * with an abort wired to the row's cancelRequestedAt and progress forwarded (throttled) -> settle
 * the variant. Every status change goes through lib/server/generation/job-lifecycle.ts. Data that cannot be solved ends as UnrecoverableError with the explanation stored on
 * the job; other errors are retried by BullMQ (attempts, backoff) and the variant stays RUNNING until
 * the last attempt fails.
 */
import { DelayedError, UnrecoverableError, WaitingError, type SandboxedJob } from "bullmq";
import { AppError } from "@/lib/domain/app-error";
import { formatZodError } from "@/lib/domain/zod-error-message";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZSolveVariantPayloadSchema, type JobPayload, type QueueName } from "@/lib/queue/queues";
import { InfeasibleDataError } from "@/lib/server/generation/errors";
import { recordJobError, settleVariant, startJobUnlessHeld, startVariant } from "@/lib/server/generation/job-lifecycle";
import { addLogContext } from "@/lib/log/log-context";
import { log } from "@/lib/log/logger";
import type { RunVariantOptions, RunVariantResult } from "@/lib/server/generation/run-variant";
import { watchForCancel } from "../cancel-watcher";
import { createProgressForwarder } from "../progress-forwarder";

export type RunVariant = (options: RunVariantOptions) => Promise<RunVariantResult>;

export type SolveVariantJob = SandboxedJob<JobPayload[typeof QueueName.SolveVariant]>;

export interface SolveVariantOutcome {
  status: "completed" | "cancelled" | "skipped";
}

/** How often the queue's job of a variant that another worker runs straight from PostgreSQL looks again. */
export const CLAIM_RECHECK_MS = 5_000;

// AppErrors that describe the data, not a passing condition: retrying cannot change the answer.
const PERMANENT_APP_ERRORS = new Set(["BAD_REQUEST", "NOT_FOUND", "UNPROCESSABLE"]);

function isFinalAttempt(job: SolveVariantJob): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

export async function processSolveVariant(
  job: SolveVariantJob,
  token: string | undefined,
  bullmqSignal: AbortSignal | undefined,
  runVariant: RunVariant,
  /** Set by worker/direct-runner.ts: this worker holds the job's PostgreSQL claim (Redis is down). */
  directRunBy?: string,
): Promise<SolveVariantOutcome> {
  const payload = ZSolveVariantPayloadSchema.safeParse(job.data);
  if (!payload.success) throw new UnrecoverableError(`Invalid solve-variant payload: ${formatZodError(payload.error)}`);
  const { generationJobId, variantIndex } = payload.data;

  const row = await prisma.generationJob.findUnique({
    where: { id: generationJobId },
    select: { status: true, cancelRequestedAt: true, requestedById: true },
  });
  if (!row) throw new UnrecoverableError(`Generation job ${generationJobId} does not exist`);
  addLogContext({ userId: row.requestedById });
  if (row.cancelRequestedAt || row.status === "CANCELLED") {
    await settleVariant({ generationJobId, variantIndex }, "CANCELLED");
    return { status: "cancelled" };
  }
  // Ended meanwhile (e.g. failed by housekeeping): its variants were settled with it.
  if (row.status === "COMPLETED" || row.status === "FAILED") return { status: "skipped" };

  // A worker without Redis may have claimed the job to run it straight from PostgreSQL: then it is
  // theirs while that worker lives. The queue's job for this variant must not end meanwhile: if that
  // worker dies, nothing else would run the variant (the flow would be over, and reconciliation adds
  // no flow whose parent exists). So it looks again later, until the claimant has settled the job
  // (the checks above end it) or died (then startJobUnlessHeld hands the job to the queue).
  const holder = await startJobUnlessHeld(generationJobId, directRunBy);
  if (holder && directRunBy) {
    // Taken over while this worker looked dead (its heartbeat late): the holder runs and settles
    // it. WaitingError tells the direct runner to leave the job without finalizing it.
    log.info({ holder }, "variant left: the job is no longer this worker's to run");
    throw new WaitingError();
  }
  if (holder) {
    log.info({ claimant: holder }, `variant run straight from PostgreSQL by another worker; looking again in ${CLAIM_RECHECK_MS} ms`);
    await job.moveToDelayed(Date.now() + CLAIM_RECHECK_MS, token);
    throw new DelayedError();
  }
  // Already settled (e.g. cancelled before it started): nothing to run.
  if (!(await startVariant({ generationJobId, variantIndex }, { directRun: directRunBy !== undefined }))) return { status: "skipped" };
  const startedAt = Date.now();
  log.info("variant started");

  const controller = new AbortController();
  let cancelledByUser = false;
  controller.signal.addEventListener("abort", () => {
    cancelledByUser = !bullmqSignal?.aborted;
  });
  bullmqSignal?.addEventListener("abort", () => controller.abort(bullmqSignal.reason), { once: true });
  const stopWatching = watchForCancel(generationJobId, controller);
  const progress = createProgressForwarder({
    generationJobId,
    variantIndex,
    updateJobProgress: (p) => job.updateProgress({ ...p }),
  });

  try {
    const result = await runVariant({ generationJobId, variantIndex, signal: controller.signal, onProgress: progress.report });
    stopWatching();
    await progress.flush();
    if (result.status === "completed") {
      // Completed by the transaction that saved its timetable (save-variant-result.ts).
      log.info({ ms: Date.now() - startedAt }, "variant completed");
      return { status: "completed" };
    }
    // Aborted by the worker (it is shutting down) rather than by the registrar: hand the job back
    // to the queue so another worker solves the variant afresh at once. Moving it to wait, unlike
    // failing it, uses up none of its attempts: stopping a worker is not the variant's fault.
    if (!cancelledByUser && !(await isCancelRequested(generationJobId))) {
      // If Redis is already gone the job stays active: its lock expires and the stalled check
      // puts it back instead. Either way this is no failure of the variant.
      const handedBack = await job.moveToWait(token).then(
        () => "back in the queue",
        (error: unknown) => `left to the stalled check (${error instanceof Error ? error.message : String(error)})`,
      );
      log.info({ ms: Date.now() - startedAt }, `variant interrupted, ${handedBack}`);
      throw new WaitingError();
    }
    await settleVariant({ generationJobId, variantIndex }, "CANCELLED");
    log.info({ ms: Date.now() - startedAt }, "variant cancelled");
    return { status: "cancelled" };
  } catch (error) {
    stopWatching();
    await progress.flush();
    // Back in the queue (see above): BullMQ expects this error and neither fails nor retries the job.
    if (error instanceof WaitingError) throw error;
    throw await settleFailure(job, generationJobId, variantIndex, error);
  }
}

async function isCancelRequested(generationJobId: string): Promise<boolean> {
  const job = await prisma.generationJob.findUnique({ where: { id: generationJobId }, select: { cancelRequestedAt: true } });
  return job?.cancelRequestedAt != null;
}

/** Records what the registrar needs to know and returns the error BullMQ should see. */
async function settleFailure(job: SolveVariantJob, generationJobId: string, variantIndex: number, error: unknown): Promise<Error> {
  if (error instanceof InfeasibleDataError) {
    await recordJobError(generationJobId, error.message, error.blockers as unknown as Prisma.InputJsonValue);
    await settleVariant({ generationJobId, variantIndex }, "FAILED");
    return new UnrecoverableError(error.message);
  }
  if (error instanceof AppError && PERMANENT_APP_ERRORS.has(error.code)) {
    await recordJobError(generationJobId, error.message);
    await settleVariant({ generationJobId, variantIndex }, "FAILED");
    return new UnrecoverableError(error.message);
  }
  if (error instanceof UnrecoverableError || isFinalAttempt(job)) {
    const message = error instanceof Error ? error.message : String(error);
    await recordJobError(generationJobId, `Variant ${variantIndex + 1} failed: ${message}`);
    await settleVariant({ generationJobId, variantIndex }, "FAILED");
  }
  return error instanceof Error ? error : new Error(String(error));
}
