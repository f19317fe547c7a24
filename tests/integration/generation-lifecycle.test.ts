/**
 * job-lifecycle.ts against the real database: the legal path of a job and its variants from QUEUED
 * to a settled status, and every move the transition table does not list refused (nothing changes,
 * the call reports false), whoever tries it and in whatever order.
 */
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  completeVariant,
  createQueuedJob,
  failJob,
  finalizeJob,
  recordVariantProgress,
  requestCancel,
  settleVariant,
  startJob,
  startVariant,
} from "@/lib/server/generation/job-lifecycle";
import { cancelUnfinishedJobs, createTermAndRegistrar, jobState } from "./support/generation-fixtures";

afterAll(cancelUnfinishedJobs);

async function queuedJob(variants: number): Promise<string> {
  const { termId, registrarId } = await createTermAndRegistrar();
  const { id } = await prisma.$transaction((tx) =>
    createQueuedJob(tx, {
      termId,
      departmentIds: [],
      requestedById: registrarId,
      config: { variants, secondsPerVariant: 5, profiles: [] },
      variants: Array.from({ length: variants }, (_, index) => ({ index, name: `V${index}`, weightProfile: {}, seed: index + 1 })),
    }),
  );
  return id;
}

class Refused extends Error {}

/** Saves a stand-in timetable for a variant and completes it, rolling back when refused, as save-variant-result does. */
async function complete(generationJobId: string, variantIndex: number, score: number): Promise<boolean> {
  const job = await prisma.generationJob.findUniqueOrThrow({ where: { id: generationJobId }, include: { variants: true } });
  const variant = job.variants.find((v) => v.index === variantIndex)!;
  const saved = prisma.$transaction(async (tx) => {
    const timetable = await tx.timetable.create({
      data: { termId: job.termId, jobId: job.id, name: variant.name, score, hardViolations: 0, breakdown: {}, violations: [] },
    });
    if (!(await completeVariant(tx, { variantId: variant.id, timetableId: timetable.id, score, hardViolations: 0 }))) throw new Refused();
    return true;
  });
  return saved.catch((error: unknown) => {
    if (error instanceof Refused) return false;
    throw error;
  });
}

/** What the worker does before it solves a variant: start the job (once), then the variant. */
async function start(generationJobId: string, variantIndex: number): Promise<boolean> {
  await startJob(generationJobId);
  return startVariant({ generationJobId, variantIndex });
}

const statuses = async (id: string) => {
  const job = await jobState(id);
  return { job: job.status, variants: job.variants.map((v) => v.status) };
};

describe("the generation lifecycle", () => {
  it("moves a job from QUEUED through RUNNING to COMPLETED, with its figures worked out from the variants", async () => {
    const id = await queuedJob(2);
    expect(await statuses(id)).toEqual({ job: "QUEUED", variants: ["PENDING", "PENDING"] });

    expect(await start(id, 0)).toBe(true);
    expect(await start(id, 1)).toBe(true);
    await recordVariantProgress({ generationJobId: id, variantIndex: 0 }, { stage: "optimising", percent: 60, bestScore: 12, bestHard: 0, secondsLeft: 2 });
    await recordVariantProgress({ generationJobId: id, variantIndex: 1 }, { stage: "constructing", percent: 20, bestScore: 9, bestHard: 3, secondsLeft: 4 });
    const running = await jobState(id);
    expect(running).toMatchObject({ status: "RUNNING", attempts: 2, progress: 40, stage: "constructing", bestScore: 12 });
    expect(running.startedAt).not.toBeNull();

    expect(await complete(id, 0, 11)).toBe(true);
    expect(await settleVariant({ generationJobId: id, variantIndex: 1 }, "FAILED")).toBe(true);
    expect(await finalizeJob(id)).toEqual({ status: "COMPLETED", unsettledVariants: 0 });
    const done = await jobState(id);
    expect(done).toMatchObject({ status: "COMPLETED", progress: 100, stage: "completed", bestScore: 11 });
    expect(done.finishedAt).not.toBeNull();
  });

  it("refuses every move out of a settled job or variant, leaving the rows as they were", async () => {
    const id = await queuedJob(2);
    await start(id, 0);
    await complete(id, 0, 5);
    await settleVariant({ generationJobId: id, variantIndex: 1 }, "CANCELLED");
    await finalizeJob(id);
    const before = await jobState(id);
    expect({ job: before.status, variants: before.variants.map((v) => v.status) }).toEqual({ job: "COMPLETED", variants: ["COMPLETED", "CANCELLED"] });

    expect(await start(id, 0)).toBe(false); // COMPLETED -> RUNNING
    expect(await start(id, 1)).toBe(false); // CANCELLED -> RUNNING
    expect(await settleVariant({ generationJobId: id, variantIndex: 0 }, "FAILED")).toBe(false); // COMPLETED -> FAILED
    expect(await complete(id, 1, 1)).toBe(false); // CANCELLED -> COMPLETED
    expect(await failJob(id, "too late")).toBe(false); // COMPLETED -> FAILED
    expect(await requestCancel(id)).toMatchObject({ status: "COMPLETED", cancelRequestedAt: null }); // COMPLETED -> CANCELLED
    expect(await finalizeJob(id, "again")).toEqual({ status: "COMPLETED", unsettledVariants: 0 });

    const after = await jobState(id);
    expect(after).toEqual({ ...before, updatedAt: after.updatedAt, variants: after.variants.map((v, i) => ({ ...before.variants[i], updatedAt: v.updatedAt })) });
  });

  it("refuses to complete a variant no worker started", async () => {
    const id = await queuedJob(1);
    expect(await complete(id, 0, 3)).toBe(false); // PENDING -> COMPLETED
    expect(await statuses(id)).toEqual({ job: "QUEUED", variants: ["PENDING"] });
  });

  it("cancels a queued job at once, and its variants can no longer start", async () => {
    const id = await queuedJob(2);
    expect(await requestCancel(id)).toMatchObject({ status: "CANCELLED" });
    expect(await statuses(id)).toEqual({ job: "CANCELLED", variants: ["CANCELLED", "CANCELLED"] });
    expect(await start(id, 0)).toBe(false);
    expect(await statuses(id)).toEqual({ job: "CANCELLED", variants: ["CANCELLED", "CANCELLED"] });
    expect((await jobState(id)).attempts).toBe(0);
  });

  it("asks a running job to stop, and finalize settles it CANCELLED", async () => {
    const id = await queuedJob(2);
    await start(id, 0);
    const requested = await requestCancel(id);
    expect(requested).toMatchObject({ status: "RUNNING" });
    expect(requested?.cancelRequestedAt).not.toBeNull();
    expect(await statuses(id)).toEqual({ job: "RUNNING", variants: ["RUNNING", "CANCELLED"] });
    await settleVariant({ generationJobId: id, variantIndex: 0 }, "CANCELLED");
    expect(await finalizeJob(id)).toEqual({ status: "CANCELLED", unsettledVariants: 0 });
  });

  it("fails variants that never settled and the job with the fallback error when nothing completed", async () => {
    const id = await queuedJob(2);
    await start(id, 0);
    expect(await finalizeJob(id, "Every variant failed: worker lost")).toEqual({ status: "FAILED", unsettledVariants: 2 });
    const job = await jobState(id);
    expect(job).toMatchObject({ status: "FAILED", error: "Every variant failed: worker lost", stage: "failed", bestScore: null });
    expect(job.variants.map((v) => v.status)).toEqual(["FAILED", "FAILED"]);
  });
});
