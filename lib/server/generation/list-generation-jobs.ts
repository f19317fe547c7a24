/**
 * Recent generation jobs for the admin jobs page, with the queue's counts. The counts are null with
 * a message when Redis cannot be reached, so the page still lists the jobs (they live in PostgreSQL).
 */
import "server-only";
import { prisma } from "@/lib/db";
import { jobFigures } from "@/lib/domain/generation-figures";
import type { TJobList, TJobSummary } from "@/lib/domain/generation-job-view";
import { toStatusView } from "@/lib/domain/generation-status";
import { getQueueCounts } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { secondsBetween } from "./stored-job-json";

export interface ListGenerationJobsOptions {
  limit?: number;
}

export async function listGenerationJobs({ limit = 50 }: ListGenerationJobsOptions = {}): Promise<TJobList> {
  const [rows, queue] = await Promise.all([
    prisma.generationJob.findMany({
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        status: true,
        departmentIds: true,
        variants: { select: { status: true, progress: true, stage: true, bestScore: true, bestHard: true } },
        createdAt: true,
        startedAt: true,
        finishedAt: true,
        term: { select: { name: true } },
        requestedBy: { select: { name: true } },
      },
    }),
    getQueueCounts().then(
      (counts) => ({ counts, message: null }),
      (error: unknown) => {
        if (!(error instanceof QueueUnavailableError)) throw error;
        return {
          counts: null,
          message: "The queue is degraded (Redis is unavailable): workers run queued generations straight from PostgreSQL, one at a time each, until it returns.",
        };
      },
    ),
  ]);

  const now = new Date();
  return {
    jobs: rows.map((job): TJobSummary => {
      const figures = jobFigures(job.status, job.variants);
      return {
        id: job.id,
        status: toStatusView(job.status),
        progress: figures.progress,
        termName: job.term.name,
        departmentCount: job.departmentIds.length,
        variantCount: job.variants.length,
        requestedBy: job.requestedBy.name,
        createdAt: job.createdAt.toISOString(),
        durationSeconds: secondsBetween(job.startedAt, job.finishedAt ?? (job.status === "RUNNING" ? now : null)),
        bestScore: figures.bestScore,
      };
    }),
    queue: queue.counts,
    queueMessage: queue.message,
  } satisfies TJobList;
}
