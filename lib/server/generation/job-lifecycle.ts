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

/** A WorkerHeartbeat seen within this long belongs to a live worker; older claims are abandoned. */
export const CLAIM_ALIVE_WITHIN_SECONDS = 30;

/**
 * For a worker that cannot reach Redis: claims the oldest generation it may run straight from
 * PostgreSQL and moves it to RUNNING, in one statement. Claimable: QUEUED and unclaimed, or RUNNING
 * under a claim whose worker has stopped beating (it died mid-run). FOR UPDATE SKIP LOCKED lets
 * several workers claim at once without waiting on or taking each other's rows. A job the queue
 * has started (RUNNING, unclaimed) is never taken. Returns the job id, or null when none is left.
 */
export async function claimJobForDirectRun(workerId: string, db: Db = prisma): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "GenerationJob" AS j
    SET "claimedBy" = ${workerId}, "claimedAt" = now(), "status" = 'RUNNING',
        "startedAt" = COALESCE(j."startedAt", now()), "stage" = COALESCE(j."stage", 'loading data')
    WHERE j.id = (
      SELECT c.id FROM "GenerationJob" c
      WHERE c."cancelRequestedAt" IS NULL
        AND ((c.status = 'QUEUED' AND c."claimedBy" IS NULL)
          OR (c.status = 'RUNNING' AND c."claimedBy" IS NOT NULL AND c."claimedBy" <> ${workerId}
              AND NOT EXISTS (SELECT 1 FROM "WorkerHeartbeat" h WHERE h.id = c."claimedBy"
                              AND h."lastSeen" > now() - make_interval(secs => ${CLAIM_ALIVE_WITHIN_SECONDS}))))
      ORDER BY c."createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING j.id`;
  return rows[0]?.id ?? null;
}

/** The live worker running this job straight from PostgreSQL, if any (queue processors then keep out). */
export async function liveDirectClaimant(generationJobId: string, db: Db = prisma): Promise<string | null> {
  const rows = await db.$queryRaw<{ claimedBy: string }[]>`
    SELECT j."claimedBy" FROM "GenerationJob" j
    JOIN "WorkerHeartbeat" h ON h.id = j."claimedBy"
    WHERE j.id = ${generationJobId} AND h."lastSeen" > now() - make_interval(secs => ${CLAIM_ALIVE_WITHIN_SECONDS})`;
  return rows[0]?.claimedBy ?? null;
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
