/**
 * Housekeeping, run by the worker's BullMQ job scheduler (every second here): a job stuck RUNNING
 * with no progress for over an hour is failed with an explanation, and DRAFT timetables of old
 * generations are archived while recent ones are left alone.
 */
import { describe, expect, it } from "vitest";
import { Queue } from "bullmq";
import { prisma } from "@/lib/db";
import { HOUSEKEEPING_SCHEDULER_ID, QueueName, finalizeJobId } from "@/lib/queue/queues";
import { createTermAndRegistrar, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;

async function generationWithDraft(termId: string, requestedById: string, status: "RUNNING" | "COMPLETED", ageMs: number) {
  const job = await prisma.generationJob.create({
    data: {
      termId,
      requestedById,
      status,
      config: { variants: 1, secondsPerVariant: 1, profiles: ["Balanced"] },
      variants: { create: { index: 0, name: "Balanced", weightProfile: {}, seed: 1, status: status === "RUNNING" ? "RUNNING" : "COMPLETED" } },
    },
  });
  const timetable = await prisma.timetable.create({
    data: { termId, jobId: job.id, name: "Balanced", score: 1, breakdown: {}, violations: [] },
  });
  // createdAt/updatedAt are set by the database and Prisma: backdate them directly.
  await prisma.$executeRaw`UPDATE "GenerationJob" SET "createdAt" = now() - ${ageMs} * interval '1 millisecond', "updatedAt" = now() - ${ageMs} * interval '1 millisecond' WHERE id = ${job.id}`;
  // Its variant's live figures were last written as long ago.
  await prisma.$executeRaw`UPDATE "GenerationVariant" SET "updatedAt" = now() - ${ageMs} * interval '1 millisecond' WHERE "jobId" = ${job.id}`;
  return { jobId: job.id, timetableId: timetable.id };
}

describe("housekeeping", () => {
  it("is scheduled by the worker and fails stuck jobs and archives old drafts", async () => {
    const env = useQueueOf(harness.redis.url, { HOUSEKEEPING_EVERY_MS: "1000" });
    const { termId, registrarId } = await createTermAndRegistrar();
    const DAY = 24 * 3_600_000;
    const stuck = await generationWithDraft(termId, registrarId, "RUNNING", 2 * 3_600_000);
    // Its flow is still in Redis (so reconciliation leaves it alone) but nothing will ever run it:
    // the kind of job only housekeeping can end.
    const finalizeQueue = new Queue(QueueName.FinalizeGeneration, { connection: { url: harness.redis.url }, prefix: env.BULLMQ_PREFIX });
    await finalizeQueue.add(QueueName.FinalizeGeneration, { generationJobId: stuck.jobId }, { jobId: finalizeJobId(stuck.jobId), delay: DAY });
    await finalizeQueue.close();
    const old = await generationWithDraft(termId, registrarId, "COMPLETED", 40 * DAY);
    const recent = await generationWithDraft(termId, registrarId, "COMPLETED", 2 * DAY);

    worker = harness.startWorker(env);
    await worker.waitForOutput(new RegExp(`housekeeping: .*${stuck.jobId}`));

    const stuckJob = await waitFor(
      () => prisma.generationJob.findUniqueOrThrow({ where: { id: stuck.jobId } }),
      (job) => job.status === "FAILED",
      { what: "the stuck job to be failed" },
    );
    expect(stuckJob.error).toMatch(/No progress for over 60 minutes/);
    expect(stuckJob.finishedAt).not.toBeNull();
    expect((await prisma.generationVariant.findFirstOrThrow({ where: { jobId: stuck.jobId } })).status).toBe("FAILED");

    const oldDraft = await prisma.timetable.findUniqueOrThrow({ where: { id: old.timetableId } });
    expect(oldDraft.status).toBe("ARCHIVED");
    expect(oldDraft.archivedAt).not.toBeNull();
    expect((await prisma.timetable.findUniqueOrThrow({ where: { id: recent.timetableId } })).status).toBe("DRAFT");

    const queue = new Queue(QueueName.Housekeeping, { connection: { url: harness.redis.url }, prefix: env.BULLMQ_PREFIX });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toEqual([HOUSEKEEPING_SCHEDULER_ID]);
    } finally {
      await queue.close();
    }
  });
});
