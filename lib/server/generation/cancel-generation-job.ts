/**
 * Asks a generation to stop. The database is the only channel: a job still QUEUED is cancelled at
 * once (its queued variant jobs find it CANCELLED and end without solving); a RUNNING one gets
 * cancelRequestedAt, which each running variant polls every ~300 ms to abort its solver, and the
 * finalize step then marks the job CANCELLED. Works while Redis is down, and is idempotent.
 */
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { JobStatus } from "@/lib/generated/prisma/client";

export interface CancelGenerationJobOptions {
  generationJobId: string;
}

export interface CancelGenerationJobResult {
  id: string;
  status: JobStatus;
  cancelRequestedAt: Date | null;
}

export async function cancelGenerationJob({ generationJobId }: CancelGenerationJobOptions): Promise<CancelGenerationJobResult> {
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    // Conditional updates rather than read-then-write, so a worker starting the job concurrently
    // cannot slip between the read and the write.
    const cancelledWhileQueued = await tx.generationJob.updateMany({
      where: { id: generationJobId, status: "QUEUED" },
      data: { status: "CANCELLED", cancelRequestedAt: now, finishedAt: now, stage: "cancelled" },
    });
    if (cancelledWhileQueued.count === 0) {
      await tx.generationJob.updateMany({
        where: { id: generationJobId, status: "RUNNING", cancelRequestedAt: null },
        data: { cancelRequestedAt: now },
      });
    }
    // Variants no worker has started yet will never need to run.
    await tx.generationVariant.updateMany({
      where: { jobId: generationJobId, status: "PENDING" },
      data: { status: "CANCELLED", stage: "cancelled" },
    });

    const job = await tx.generationJob.findUnique({
      where: { id: generationJobId },
      select: { id: true, status: true, cancelRequestedAt: true },
    });
    if (!job) throw new AppError("NOT_FOUND", "Generation job not found");
    return job;
  });
}
