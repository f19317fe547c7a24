/**
 * Makes Redis agree with PostgreSQL after every (re)connect and once a minute: a GenerationJob row
 * that is QUEUED or RUNNING but whose flow is missing from BullMQ (created while Redis was down, its
 * enqueue timed out, or Redis lost its data) is enqueued again. Deterministic job ids make this safe
 * to run from every worker at once, and runVariant skips variants that already have a timetable.
 */
import type { Redis } from "ioredis";
import { prisma } from "@/lib/db";
import { addGenerationFlow, type GenerationQueues } from "@/lib/queue/generation-flow";
import { liveDirectClaimant } from "@/lib/server/generation/job-lifecycle";
import { errorFields, log } from "@/lib/log/logger";

export async function reconcileGenerations(queues: GenerationQueues): Promise<string[]> {
  const open = await prisma.generationJob.findMany({
    where: { status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true, _count: { select: { variants: true } } },
    orderBy: { createdAt: "asc" },
  });
  const reEnqueued: string[] = [];
  for (const job of open) {
    // Being run straight from PostgreSQL by a live worker (Redis was down): not the queue's.
    if (await liveDirectClaimant(job.id)) continue;
    if (await addGenerationFlow(queues, job.id, job._count.variants)) reEnqueued.push(job.id);
  }
  if (reEnqueued.length > 0) log.info({ jobIds: reEnqueued }, `re-enqueued ${reEnqueued.length} generation job(s)`);
  else log.debug({ open: open.length }, "reconciled: the queue has every open generation");
  return reEnqueued;
}

/**
 * Runs reconcileGenerations now, on every later "ready" of `connection` (Redis may have come back
 * without its data) and every `everyMs` while Redis is up (a web request's enqueue may have timed
 * out under load, leaving its row QUEUED with nothing in the queue). Runs never overlap: a trigger
 * during a run schedules one more run after it. Every worker does this; deterministic job ids make
 * their runs harmless to each other. Returns a function that stops it.
 */
export function keepReconciling(connection: Redis, queues: GenerationQueues, { everyMs }: { everyMs: number }): () => void {
  let running: Promise<void> | null = null;
  let again = false;

  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = reconcileGenerations(queues)
      .then(() => undefined)
      .catch((error: unknown) => {
        // The next tick, reconnect or restart tries again; the rows are still QUEUED, so nothing is lost.
        log.error(errorFields(error), "reconciliation failed");
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };

  connection.on("ready", run);
  if (connection.status === "ready") run();
  // While Redis is down the direct runner has the queued rows, and the reconnect runs it anyway.
  const timer = setInterval(() => {
    if (connection.status === "ready") run();
  }, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    connection.off("ready", run);
  };
}
