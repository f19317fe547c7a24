/**
 * Turns a cancel request written to PostgreSQL (GenerationJob.cancelRequestedAt, or the job ending
 * meanwhile) into an abort of the running solver. Polling the row rather than a Redis message keeps
 * the database the only source of truth: cancelling works while Redis is down, on every machine.
 */
import { prisma } from "@/lib/db";
import { errorFields, log } from "@/lib/log/logger";

export const CANCEL_POLL_INTERVAL_MS = 300;

/** Starts polling; returns the function that stops it. */
export function watchForCancel(
  generationJobId: string,
  controller: AbortController,
  intervalMs = CANCEL_POLL_INTERVAL_MS,
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  // A chain of timeouts rather than setInterval, so that a slow query never overlaps the next one.
  const poll = async () => {
    try {
      const job = await prisma.generationJob.findUnique({
        where: { id: generationJobId },
        select: { status: true, cancelRequestedAt: true },
      });
      if (!job || job.cancelRequestedAt || job.status === "CANCELLED" || job.status === "FAILED") {
        controller.abort(new Error(job?.status === "FAILED" ? "job failed" : "cancel requested"));
        return;
      }
    } catch (error) {
      // A database blip must not kill a long solve; the next poll tries again.
      log.warn({ jobId: generationJobId, ...errorFields(error) }, "cancel poll failed");
    }
    if (!stopped && !controller.signal.aborted) timer = setTimeout(poll, intervalMs);
  };
  timer = setTimeout(poll, intervalMs);

  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
