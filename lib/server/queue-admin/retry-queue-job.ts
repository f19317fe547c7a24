/**
 * Runs a failed queue job again (BullMQ's retry: back to waiting, counting one more attempt). The processors
 * re-read the GenerationJob row first, so retrying the variant of a generation that has already
 * ended does nothing; a failed finalize step or a variant that failed on a passing fault (database
 * away) runs for real.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { log } from "@/lib/log/logger";
import { withProducer } from "@/lib/queue/producer";

export type RetryQueueJobOptions = { queue: string; jobId: string };

export async function retryQueueJob({ queue, jobId }: RetryQueueJobOptions): Promise<{ queue: string; id: string; state: string }> {
  // Decided inside, thrown outside: withProducer turns every error into "queue unavailable".
  const outcome = await withProducer(async ({ queues }) => {
    const target = [queues.solveVariantQueue, queues.finalizeQueue].find((q) => q.name === queue);
    if (!target) return { problem: new AppError("NOT_FOUND", `Unknown queue "${queue}"`) };
    const job = await target.getJob(jobId);
    if (!job) return { problem: new AppError("NOT_FOUND", `No job "${jobId}" in queue ${queue}`) };
    const state = await job.getState();
    if (state !== "failed") return { problem: new AppError("CONFLICT", `Only failed jobs can be retried; this one is ${state}`) };
    await job.retry("failed");
    return { state: await job.getState() };
  });
  if ("problem" in outcome) throw outcome.problem;
  log.info({ queue, queueJobId: jobId }, "queue job retried by an admin");
  return { queue, id: jobId, state: outcome.state };
}
