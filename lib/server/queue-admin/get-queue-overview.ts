/**
 * The queue as an admin needs to see it: per queue the counts, and the newest jobs waiting,
 * active, delayed and failed (with their errors), read from Redis through the web's producer.
 * When Redis does not answer, says so instead of failing the page.
 */
import "server-only";
import type { Job, Queue } from "bullmq";
import { withProducer } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { QUEUE_STATES, type QueueJob, type QueueOverview, type QueueState } from "./queue-overview.types";

// Per queue and state: enough to see what is going on without paging through thousands.
const JOBS_PER_STATE = 25;
const STACK_LINES = 4;

function toQueueJob(queue: string, state: QueueState, job: Job): QueueJob {
  const data = (job.data ?? {}) as { generationJobId?: unknown; variantIndex?: unknown };
  const stack = job.stacktrace?.at(-1)?.split("\n").slice(1, STACK_LINES).join("\n");
  return {
    queue,
    id: job.id ?? "",
    name: job.name,
    state,
    generationJobId: typeof data.generationJobId === "string" ? data.generationJobId : null,
    variantIndex: typeof data.variantIndex === "number" ? data.variantIndex : null,
    attemptsMade: job.attemptsMade,
    error: job.failedReason ? [job.failedReason, stack].filter(Boolean).join("\n") : null,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

async function readQueue(queue: Queue): Promise<{ counts: Record<QueueState, number>; jobs: QueueJob[] }> {
  const raw = await queue.getJobCounts(...QUEUE_STATES);
  const counts = Object.fromEntries(QUEUE_STATES.map((state) => [state, raw[state] ?? 0])) as Record<QueueState, number>;
  const jobs: QueueJob[] = [];
  for (const state of QUEUE_STATES) {
    const found = await queue.getJobs([state], 0, JOBS_PER_STATE - 1, false);
    jobs.push(...found.filter((job): job is Job => Boolean(job)).map((job) => toQueueJob(queue.name, state, job)));
  }
  return { counts, jobs };
}

export async function getQueueOverview(): Promise<QueueOverview> {
  try {
    const perQueue = await withProducer(({ queues }) => Promise.all([queues.solveVariantQueue, queues.finalizeQueue].map(async (queue) => ({ name: queue.name, ...(await readQueue(queue)) }))));
    return {
      available: true,
      message: null,
      counts: Object.fromEntries(perQueue.map((q) => [q.name, q.counts])),
      jobs: perQueue.flatMap((q) => q.jobs),
    };
  } catch (error) {
    if (!(error instanceof QueueUnavailableError)) throw error;
    return {
      available: false,
      message: `The job queue (Redis) is unavailable: ${error.message}. Generations are not lost: they are kept in PostgreSQL and run when the queue returns.`,
      counts: {},
      jobs: [],
    };
  }
}
