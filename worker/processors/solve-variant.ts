/**
 * Sandboxed processor file for the solve-variant queue: BullMQ loads it in a worker thread
 * (useWorkerThreads), so the CPU-bound solver never blocks the main thread that renews job locks.
 * Each thread has its own Prisma client (lib/db is per thread). Every log line of the job names it
 * (jobId, variant, the queue job and attempt).
 */
import { withLogContext } from "@/lib/log/log-context";
import { runVariant } from "@/lib/server/generation/run-variant";
import { processSolveVariant, type SolveVariantJob, type SolveVariantOutcome } from "./process-solve-variant";

export default function solveVariant(job: SolveVariantJob, token?: string, signal?: AbortSignal): Promise<SolveVariantOutcome> {
  const data = job.data as Partial<SolveVariantJob["data"]>; // validated by processSolveVariant
  const context = { jobId: data.generationJobId, variant: data.variantIndex, queueJobId: job.id, attempt: job.attemptsMade + 1 };
  return withLogContext(context, () => processSolveVariant(job, token, signal, runVariant));
}
