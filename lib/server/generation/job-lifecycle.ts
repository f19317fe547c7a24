/**
 * The one writer of a generation job's and its variants' status and progress: create, start,
 * progress, finish, cancel, finalize. Route handlers, domain functions and the worker call these
 * and write no status themselves.
 *
 * Every status change is a conditional update whose WHERE names the statuses the move may start
 * from, taken from the transition table in lib/domain/generation-status.ts: a move the table does
 * not list changes nothing and reports false. That also makes each change safe when several
 * workers, a retry or a recovered stalled job try the same one: the first wins, the others are
 * no-ops. Job-level figures (progress, stage, best score) are not stored; see generation-figures.ts.
 *
 * Imported by the worker under tsx: nothing here (or below) may import next-auth or next/*.
 */
import "server-only";
import { prisma } from "@/lib/db";
import {
  UNSETTLED_VARIANT_STATUSES,
  isTerminalJobStatus,
  jobStatusesBefore,
  variantStatusesBefore,
  type JobStatus,
  type VariantStatus,
} from "@/lib/domain/generation-status";
import { WORKER_ALIVE_WITHIN_MS } from "@/lib/domain/worker-liveness";
import type { JobKind, Prisma } from "@/lib/generated/prisma/client";
import { LOADING_PROGRESS, type VariantProgress } from "./variant-progress";

type Db = Prisma.TransactionClient;
type VariantKey = { generationJobId: string; variantIndex: number };

/** Moves the job to `to` if the transition table allows it from its current status. */
async function moveJob(db: Db, id: string, to: JobStatus, data: Prisma.GenerationJobUpdateManyMutationInput = {}, where: Prisma.GenerationJobWhereInput = {}) {
  const { count } = await db.generationJob.updateMany({ where: { AND: [where, { id, status: { in: jobStatusesBefore(to) } }] }, data: { ...data, status: to } });
  return count > 0;
}

/** Moves the matching variants to `to` where the transition table allows it; returns how many moved. */
async function moveVariants(db: Db, where: Prisma.GenerationVariantWhereInput, to: VariantStatus, data: Prisma.GenerationVariantUncheckedUpdateManyInput = {}) {
  const { count } = await db.generationVariant.updateMany({ where: { AND: [where, { status: { in: variantStatusesBefore(to) } }] }, data: { ...data, status: to } });
  return count;
}

const variantWhere = ({ generationJobId, variantIndex }: VariantKey) => ({ jobId: generationJobId, index: variantIndex });

// --- create ----------------------------------------------------------------------------------------

export interface NewGenerationJob {
  kind?: JobKind;
  termId: string;
  departmentIds: string[];
  requestedById: string;
  config: Prisma.InputJsonObject;
  baseTimetableId?: string;
  variants: { index: number; name: string; weightProfile: Prisma.InputJsonObject; seed: number }[];
}

/** The job QUEUED with its variants PENDING, inside the caller's transaction (rows first, then the queue). */
export async function createQueuedJob(db: Db, { variants, ...job }: NewGenerationJob): Promise<{ id: string }> {
  return db.generationJob.create({
    data: { ...job, status: "QUEUED", variants: { create: variants.map((variant) => ({ ...variant, status: "PENDING" })) } },
    select: { id: true },
  });
}

// --- start -----------------------------------------------------------------------------------------

/** The first variant to start moves the job QUEUED -> RUNNING; false when it was not QUEUED. */
export async function startJob(generationJobId: string): Promise<boolean> {
  return moveJob(prisma, generationJobId, "RUNNING", { startedAt: new Date() });
}

/** A claim whose worker has not beaten within this long was abandoned (the worker died). */
const CLAIM_ALIVE_WITHIN_SECONDS = WORKER_ALIVE_WITHIN_MS / 1000;

/**
 * For a worker that cannot reach Redis: claims the oldest generation it may run straight from
 * PostgreSQL and moves it to RUNNING, in one statement (QUEUED -> RUNNING, or RUNNING -> RUNNING
 * under a new claim: moves the transition table allows, written as SQL for the row lock). Claimable: QUEUED and unclaimed, or RUNNING
 * under a claim whose worker has stopped beating (it died mid-run). FOR UPDATE SKIP LOCKED lets
 * several workers claim at once without waiting on or taking each other's rows. A job the queue
 * has started (RUNNING, unclaimed) is never taken. Returns the job id, or null when none is left.
 */
export async function claimJobForDirectRun(workerId: string, db: Db = prisma): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "GenerationJob" AS j
    SET "claimedBy" = ${workerId}, "claimedAt" = now(), "status" = 'RUNNING',
        "startedAt" = COALESCE(j."startedAt", now())
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

/**
 * A run started under a claim that this worker interrupted cleanly (it is shutting down): not a
 * death, so it no longer counts towards giving the variant up. BullMQ's moveToWait, for the claim.
 */
export async function handBackDirectRun(key: VariantKey): Promise<void> {
  await prisma.generationVariant.updateMany({ where: { ...variantWhere(key), status: "RUNNING", directRuns: { gt: 0 } }, data: { directRuns: { decrement: 1 } } });
}

/**
 * For the worker that has just claimed a job: every unsettled variant of it started under a claim
 * more than `maxDeaths` times died with its worker each time (a clean hand-back is uncounted, and
 * no one runs it now: the claim is this worker's). Those are FAILED, the first one's explanation
 * (`explain(variantIndex, deaths)`) kept on the job, in one transaction: a variant that crashes
 * every worker takes down maxDeaths + 1 of them, not every worker forever. Returns them.
 */
export async function giveUpVariantsLostToDeaths(
  generationJobId: string,
  maxDeaths: number,
  explain: (variantIndex: number, deaths: number) => string,
): Promise<{ variantIndex: number; deaths: number }[]> {
  return prisma.$transaction(async (tx) => {
    const lost = await tx.generationVariant.findMany({
      where: { jobId: generationJobId, status: { in: UNSETTLED_VARIANT_STATUSES }, directRuns: { gt: maxDeaths } },
      select: { index: true, directRuns: true },
      orderBy: { index: "asc" },
    });
    if (lost.length === 0) return [];
    await moveVariants(tx, { jobId: generationJobId, index: { in: lost.map((v) => v.index) } }, "FAILED", { stage: "failed", secondsLeft: 0 });
    await tx.generationJob.updateMany({ where: { id: generationJobId, error: null }, data: { error: explain(lost[0].index, lost[0].directRuns) } });
    return lost.map((v) => ({ variantIndex: v.index, deaths: v.directRuns }));
  });
}

/**
 * A worker about to run one of the job's variants starts the job (its first variant moves it
 * QUEUED -> RUNNING) unless someone else holds it; returns who does, or null when the caller may run.
 * Under the queue (no `directRunBy`): a live worker's PostgreSQL claim keeps the queue out, and a
 * dead worker's claim is cleared, under the row lock the claim query takes too, so the job is the
 * queue's from then on: no worker without Redis claims it again while queue workers run its
 * variants (claimJobForDirectRun takes a RUNNING job only when it carries a claim). Straight from
 * PostgreSQL (`directRunBy`: the caller's worker id): only the worker named by the claim may run it.
 */
export async function startJobUnlessHeld(generationJobId: string, directRunBy?: string): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ claimedBy: string | null; claimAlive: boolean }[]>`
      SELECT j."claimedBy",
             EXISTS (SELECT 1 FROM "WorkerHeartbeat" h WHERE h.id = j."claimedBy"
                     AND h."lastSeen" > now() - make_interval(secs => ${CLAIM_ALIVE_WITHIN_SECONDS})) AS "claimAlive"
      FROM "GenerationJob" j WHERE j.id = ${generationJobId}
      FOR UPDATE OF j`;
    if (!row) return null; // no such job: the caller's next read says so
    if (directRunBy !== undefined) {
      if (row.claimedBy !== directRunBy) return row.claimedBy ?? "the queue";
    } else if (row.claimedBy !== null) {
      if (row.claimAlive) return row.claimedBy;
      await tx.generationJob.update({ where: { id: generationJobId }, data: { claimedBy: null, claimedAt: null } });
    }
    await moveJob(tx, generationJobId, "RUNNING", { startedAt: new Date() });
    return null;
  });
}

/** The live worker running this job straight from PostgreSQL, if any (queue processors then keep out). */
export async function liveDirectClaimant(generationJobId: string, db: Db = prisma): Promise<string | null> {
  const rows = await db.$queryRaw<{ claimedBy: string }[]>`
    SELECT j."claimedBy" FROM "GenerationJob" j
    JOIN "WorkerHeartbeat" h ON h.id = j."claimedBy"
    WHERE j.id = ${generationJobId} AND h."lastSeen" > now() - make_interval(secs => ${CLAIM_ALIVE_WITHIN_SECONDS})`;
  return rows[0]?.claimedBy ?? null;
}


/**
 * A worker starts a variant (after startJob): PENDING -> RUNNING, or RUNNING -> RUNNING when a
 * stalled or interrupted attempt starts afresh; each start counts as an attempt of the job. A start
 * under a PostgreSQL claim (`directRun`) also counts in the variant's directRuns, until the run
 * ends or is handed back (handBackDirectRun). False when the variant is settled already: nothing
 * to run.
 */
export async function startVariant(key: VariantKey, { directRun = false }: { directRun?: boolean } = {}): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const started = await moveVariants(tx, variantWhere(key), "RUNNING", {
      stage: LOADING_PROGRESS.stage,
      progress: 0,
      secondsLeft: null,
      ...(directRun ? { directRuns: { increment: 1 } } : {}),
    });
    if (started === 0) return false;
    await tx.generationJob.update({ where: { id: key.generationJobId }, data: { attempts: { increment: 1 } } });
    return true;
  });
}

// --- progress --------------------------------------------------------------------------------------

/** A running variant's live figures (throttled by the caller); its updatedAt tells housekeeping the job is alive. */
export async function recordVariantProgress(key: VariantKey, progress: VariantProgress): Promise<void> {
  await prisma.generationVariant.updateMany({
    where: { ...variantWhere(key), status: "RUNNING" },
    data: {
      stage: progress.stage,
      progress: Math.round(progress.percent),
      bestScore: progress.bestScore,
      bestHard: progress.bestHard,
      secondsLeft: progress.secondsLeft === null ? null : Math.ceil(progress.secondsLeft),
    },
  });
}

// --- finish ----------------------------------------------------------------------------------------

/**
 * RUNNING -> COMPLETED with the saved timetable, inside the save's transaction. Guarded by
 * `timetableId IS NULL` too, so that of two deliveries of the same variant only the first links its
 * timetable (see save-variant-result.ts). False when this call did not complete it.
 */
export async function completeVariant(
  db: Db,
  { variantId, timetableId, score, hardViolations }: { variantId: string; timetableId: string; score: number; hardViolations: number },
): Promise<boolean> {
  const moved = await moveVariants(db, { id: variantId, timetableId: null }, "COMPLETED", {
    timetableId,
    progress: 100,
    stage: null,
    secondsLeft: 0,
    bestScore: score,
    bestHard: hardViolations,
  });
  return moved === 1;
}

/** A variant ends without a timetable: FAILED (its error is on the job) or CANCELLED. */
export async function settleVariant(key: VariantKey, status: "FAILED" | "CANCELLED"): Promise<boolean> {
  return (await moveVariants(prisma, variantWhere(key), status, { stage: status.toLowerCase(), secondsLeft: 0 })) === 1;
}

/**
 * Stores why the data cannot be solved without ending the job (other variants may still be running):
 * the first explanation wins, and finalizeJob reports it if no variant succeeds.
 */
export async function recordJobError(generationJobId: string, error: string, details?: Prisma.InputJsonValue): Promise<void> {
  await prisma.generationJob.updateMany({
    where: { id: generationJobId, error: null },
    data: { error, ...(details === undefined ? {} : { errorDetails: details }) },
  });
}

// --- cancel ----------------------------------------------------------------------------------------

/**
 * A job still QUEUED is CANCELLED at once (its queued variant jobs find it so and end without
 * solving); a RUNNING one gets cancelRequestedAt, which each running variant polls to abort its
 * solver, and finalizeJob then settles it CANCELLED. Variants no worker has started are cancelled.
 * Idempotent; null when there is no such job.
 */
export async function requestCancel(generationJobId: string): Promise<{ id: string; status: JobStatus; cancelRequestedAt: Date | null } | null> {
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const cancelledWhileQueued = await moveJob(tx, generationJobId, "CANCELLED", { cancelRequestedAt: now, finishedAt: now }, { status: "QUEUED" });
    if (!cancelledWhileQueued) {
      await tx.generationJob.updateMany({ where: { id: generationJobId, status: "RUNNING", cancelRequestedAt: null }, data: { cancelRequestedAt: now } });
    }
    await moveVariants(tx, { jobId: generationJobId, status: "PENDING" }, "CANCELLED", { stage: "cancelled" });
    return tx.generationJob.findUnique({ where: { id: generationJobId }, select: { id: true, status: true, cancelRequestedAt: true } });
  });
}

// --- finalize --------------------------------------------------------------------------------------

export interface FinalizeJobResult {
  status: "COMPLETED" | "FAILED" | "CANCELLED";
  /** Variants that ended without settling themselves (their worker crashed too often) and were failed here. */
  unsettledVariants: number;
}

/**
 * Settles a job once no worker runs its variants any more (BullMQ's finalize step): variants still
 * unsettled are FAILED, then the job is CANCELLED if a cancel was requested, else COMPLETED when at
 * least one variant produced a timetable, else FAILED, keeping the explanation a variant stored
 * (e.g. the infeasibility blockers) or `fallbackError`. A job settled already is left as it is.
 */
export async function finalizeJob(generationJobId: string, fallbackError: string | null = null): Promise<FinalizeJobResult> {
  return prisma.$transaction(async (tx) => {
    const job = await tx.generationJob.findUniqueOrThrow({ where: { id: generationJobId }, select: { status: true, cancelRequestedAt: true, error: true } });
    if (isTerminalJobStatus(job.status)) return { status: job.status as FinalizeJobResult["status"], unsettledVariants: 0 };

    const unsettledVariants = await moveVariants(tx, { jobId: generationJobId, status: { in: UNSETTLED_VARIANT_STATUSES } }, "FAILED", { stage: "failed" });
    const completed = await tx.generationVariant.count({ where: { jobId: generationJobId, status: "COMPLETED" } });
    const status: FinalizeJobResult["status"] = job.cancelRequestedAt ? "CANCELLED" : completed > 0 ? "COMPLETED" : "FAILED";
    await moveJob(tx, generationJobId, status, {
      finishedAt: new Date(),
      ...(status === "FAILED" && !job.error ? { error: fallbackError ?? "Every variant failed" } : {}),
    });
    return { status, unsettledVariants };
  });
}

/**
 * Fails a job that is not settled yet, and its unsettled variants, keeping the first explanation:
 * `error` is the one-line message for the page, `details` the structured explanation. Returns
 * whether this call failed it.
 */
export async function failJob(generationJobId: string, error: string, details?: Prisma.InputJsonValue): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const failed = await moveJob(tx, generationJobId, "FAILED", { error, finishedAt: new Date(), ...(details === undefined ? {} : { errorDetails: details }) });
    await moveVariants(tx, { jobId: generationJobId }, "FAILED", { stage: "failed" });
    return failed;
  });
}
