/**
 * Starts a repair of a timetable: a GenerationJob of kind REPAIR with one variant, on the same queue
 * and worker as a generation, so progress, cancel, retries and crash recovery are the generation's
 * own. Rows first (one transaction), then the queue; when Redis is down the row stays QUEUED and the
 * worker's reconciliation enqueues it later (`enqueued: false`), as for a generation.
 *
 * The variant runs with the weights the timetable was made with, so the repair's soft score is
 * comparable with the timetable's own. Only drafts and published timetables can be repaired:
 * an archived one is history (publish it again first).
 */
import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/domain/app-error";
import type { TGenerationConfig } from "@/lib/domain/generation-config";
import { prisma } from "@/lib/db";
import type { TRepairRequest } from "@/lib/domain/timetable-changes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueGeneration } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { timetableWeights } from "@/lib/server/timetables/timetable-weights";
import { createQueuedJob } from "./job-lifecycle";

export interface CreateRepairJobOptions extends TRepairRequest {
  timetableId: string;
  requestedById: string;
}

export async function createRepairJob({ timetableId, secondsLimit, keep, requestedById }: CreateRepairJobOptions): Promise<{ jobId: string; enqueued: boolean }> {
  const job = await prisma.$transaction(async (tx) => {
    const timetable = await tx.timetable.findUnique({ where: { id: timetableId }, select: { termId: true, name: true, status: true } });
    if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");
    if (timetable.status === "ARCHIVED") throw new AppError("CONFLICT", `"${timetable.name}" is archived; publish it again before repairing it`);
    const weights = await timetableWeights(timetableId, tx);
    const config: TGenerationConfig = { variants: 1, secondsPerVariant: secondsLimit, profiles: ["Repair"], keep };
    return createQueuedJob(tx, {
      kind: "REPAIR",
      baseTimetableId: timetableId,
      termId: timetable.termId,
      departmentIds: [],
      requestedById,
      config: config satisfies Prisma.InputJsonObject,
      variants: [{ index: 0, name: `${timetable.name} (repaired)`, weightProfile: { ...weights } satisfies Prisma.InputJsonObject, seed: randomInt(1, 2 ** 31 - 1) }],
    });
  });
  try {
    await enqueueGeneration(job.id, 1);
    return { jobId: job.id, enqueued: true };
  } catch (error) {
    if (!(error instanceof QueueUnavailableError)) throw error;
    console.warn(`[repair] job ${job.id} saved as QUEUED; the queue is unavailable: ${error.message}`);
    return { jobId: job.id, enqueued: false };
  }
}
