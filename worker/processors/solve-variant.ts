/**
 * Sandboxed processor file for the solve-variant queue: BullMQ loads it in a worker thread
 * (useWorkerThreads), so the CPU-bound solver never blocks the main thread that renews job locks.
 * Each thread has its own Prisma client (lib/db is per thread).
 */
import { runVariant } from "@/lib/server/generation/run-variant";
import { processSolveVariant, type SolveVariantJob, type SolveVariantOutcome } from "./process-solve-variant";

export default function solveVariant(job: SolveVariantJob, token?: string, signal?: AbortSignal): Promise<SolveVariantOutcome> {
  return processSolveVariant(job, token, signal, runVariant);
}
