/** A solvable tiny term and a registrar to request its generation. */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { jobFigures } from "@/lib/domain/generation-figures";
import { cancelGenerationJob } from "@/lib/server/generation/cancel-generation-job";
import { createTinyTerm, createUser, type TinyTerm, type TinyTermOptions } from "@/prisma/seed/factories";

const termIdsOfThisFile: string[] = [];

export async function createTermAndRegistrar(
  options: TinyTermOptions = {},
): Promise<{ termId: string; registrarId: string; tiny: TinyTerm }> {
  return prisma.$transaction(async (tx) => {
    const tiny = await createTinyTerm(tx, options);
    const registrar = await createUser(tx, { role: "REGISTRAR" });
    termIdsOfThisFile.push(tiny.term.id);
    return { termId: tiny.term.id, registrarId: registrar.id, tiny };
  });
}

/**
 * For afterAll: cancels this file's generations that are still QUEUED or RUNNING (a failed
 * assertion can leave one behind), so that the next test's worker does not reconcile and solve it.
 */
export async function cancelUnfinishedJobs(): Promise<void> {
  const open = await prisma.generationJob.findMany({
    where: { termId: { in: termIdsOfThisFile }, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  for (const { id } of open) await cancelGenerationJob({ generationJobId: id });
}

/**
 * Points this test process's producer at the test's own Redis and a fresh BullMQ prefix, and returns
 * the env for worker processes that share them (plus quick heartbeats).
 */
export function useQueueOf(redisUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const queueEnv = { REDIS_URL: redisUrl, BULLMQ_PREFIX: `test-${randomUUID().slice(0, 8)}` };
  Object.assign(process.env, queueEnv);
  return { ...queueEnv, HEARTBEAT_INTERVAL_MS: "500", WORKER_CONCURRENCY: "2", ...overrides };
}

/** The job's row with its variants and timetables, and the figures the job page shows (worked out from the variants). */
export async function jobState(generationJobId: string) {
  const job = await prisma.generationJob.findUniqueOrThrow({
    where: { id: generationJobId },
    include: { variants: { orderBy: { index: "asc" } }, timetables: { include: { _count: { select: { entries: true } } } } },
  });
  return { ...job, ...jobFigures(job.status, job.variants) };
}
