/**
 * Job-level state transitions of a GenerationJob (QUEUED -> RUNNING -> COMPLETED | FAILED |
 * CANCELLED). Each is a conditional update, so it is safe when several workers, a retry or a
 * recovered stalled job try the same transition: the first wins and the others change nothing.
 */
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

const TERMINAL_JOB_STATUSES = ["COMPLETED", "FAILED", "CANCELLED"] as const;
const TERMINAL_VARIANT_STATUSES = ["COMPLETED", "FAILED", "CANCELLED"] as const;

/** QUEUED -> RUNNING with startedAt. Returns whether this call made the transition. */
export async function markJobRunning(generationJobId: string, db: Db = prisma): Promise<boolean> {
  const { count } = await db.generationJob.updateMany({
    where: { id: generationJobId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date(), stage: "loading data" },
  });
  return count === 1;
}

export interface FinalizeJobResult {
  status: "COMPLETED" | "FAILED" | "CANCELLED";
  bestScore: number | null;
}

/**
 * Settles a job once all its variants are terminal: CANCELLED if a cancel was requested, else
 * COMPLETED when at least one variant produced a timetable, else FAILED. A FAILED job keeps the
 * explanation a variant stored (e.g. the infeasibility blockers) or gets `fallbackError`.
 * bestScore is the lowest score among the job's feasible timetables (lower is better).
 */
export async function finalizeJob(
  generationJobId: string,
  fallbackError: string | null = null,
  db: Db = prisma,
): Promise<FinalizeJobResult> {
  const job = await db.generationJob.findUniqueOrThrow({
    where: { id: generationJobId },
    select: {
      status: true,
      bestScore: true,
      cancelRequestedAt: true,
      error: true,
      variants: { select: { status: true } },
    },
  });
  if ((TERMINAL_JOB_STATUSES as readonly string[]).includes(job.status)) {
    return { status: job.status as FinalizeJobResult["status"], bestScore: job.bestScore };
  }
  const pending = job.variants.filter((v) => !(TERMINAL_VARIANT_STATUSES as readonly string[]).includes(v.status));
  if (pending.length > 0) {
    throw new Error(`Cannot finalize job ${generationJobId}: ${pending.length} variant(s) still running`);
  }

  const best = await db.timetable.aggregate({
    where: { jobId: generationJobId, hardViolations: 0 },
    _min: { score: true },
  });
  const bestScore = best._min.score;
  const completed = job.variants.some((v) => v.status === "COMPLETED");
  const status: FinalizeJobResult["status"] = job.cancelRequestedAt ? "CANCELLED" : completed ? "COMPLETED" : "FAILED";

  await db.generationJob.updateMany({
    where: { id: generationJobId, status: { in: ["QUEUED", "RUNNING"] } },
    data: {
      status,
      bestScore,
      finishedAt: new Date(),
      stage: status.toLowerCase(),
      ...(status === "COMPLETED" ? { progress: 100 } : {}),
      ...(status === "FAILED" && !job.error ? { error: fallbackError ?? "Every variant failed" } : {}),
    },
  });
  return { status, bestScore };
}

/**
 * Fails a job that is not terminal yet (and its unfinished variants), keeping the first explanation:
 * `error` is the one-line message for the page, `details` the structured explanation (for example
 * the solver's blockers). Returns whether this call failed it.
 */
export async function failJob(
  generationJobId: string,
  error: string,
  details?: Prisma.InputJsonValue,
  db: Db = prisma,
): Promise<boolean> {
  const now = new Date();
  const { count } = await db.generationJob.updateMany({
    where: { id: generationJobId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error, finishedAt: now, stage: "failed", ...(details === undefined ? {} : { errorDetails: details }) },
  });
  await db.generationVariant.updateMany({
    where: { jobId: generationJobId, status: { in: ["PENDING", "RUNNING"] } },
    data: { status: "FAILED", stage: "failed" },
  });
  return count === 1;
}

/**
 * Stores why the data cannot be solved without ending the job (other variants may still be running):
 * the first explanation wins, and finalizeJob reports it if no variant succeeds.
 */
export async function recordJobError(
  generationJobId: string,
  error: string,
  details?: Prisma.InputJsonValue,
  db: Db = prisma,
): Promise<void> {
  await db.generationJob.updateMany({
    where: { id: generationJobId, error: null },
    data: { error, ...(details === undefined ? {} : { errorDetails: details }) },
  });
}
