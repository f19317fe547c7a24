/**
 * One generation job with its variants, as polled every second by the job page (GET /api/jobs/:id).
 *
 * Registrars and admins see every job (the route requires jobs.view), so there is no scope filter.
 * The queue is asked about only while the job waits, to tell "waiting its turn" from "Redis is down"
 * without a Redis round trip on every poll of a running job.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/domain/app-error";
import { ZGenerationConfigSchema } from "@/lib/domain/generation-config";
import { jobFigures } from "@/lib/domain/generation-figures";
import type { TJobView, TVariantView } from "@/lib/domain/generation-job-view";
import { toStatusView } from "@/lib/domain/generation-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getQueueCounts } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { blockersFromJson, numberRecordFromJson } from "./stored-job-json";
import { compareVariants, type VariantComparisonBasis } from "./variant-comparison";

const jobSelect = {
  id: true,
  termId: true,
  status: true,
  error: true,
  errorDetails: true,
  cancelRequestedAt: true,
  config: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  term: { select: { name: true } },
  variants: {
    orderBy: { index: "asc" },
    select: {
      id: true,
      index: true,
      name: true,
      status: true,
      progress: true,
      stage: true,
      bestScore: true,
      bestHard: true,
      secondsLeft: true,
      timetableId: true,
      weightProfile: true,
      timetable: { select: { status: true, score: true, hardViolations: true, breakdown: true, softUnits: true } },
    },
  },
} satisfies Prisma.GenerationJobSelect;

type JobRow = Prisma.GenerationJobGetPayload<{ select: typeof jobSelect }>;

async function isQueueAvailable(): Promise<boolean> {
  try {
    await getQueueCounts();
    return true;
  } catch (error) {
    if (error instanceof QueueUnavailableError) return false;
    throw error;
  }
}

function toVariantView(variant: JobRow["variants"][number], comparison: VariantComparisonBasis): TVariantView {
  const { timetable } = variant;
  return {
    id: variant.id,
    index: variant.index,
    name: variant.name,
    status: toStatusView(variant.status),
    progress: variant.status === "COMPLETED" ? 100 : variant.progress,
    stage: variant.stage,
    score: timetable?.score ?? variant.bestScore,
    hardViolations: timetable?.hardViolations ?? variant.bestHard,
    secondsLeft: variant.secondsLeft,
    timetableId: variant.timetableId,
    timetableStatus: timetable ? toStatusView(timetable.status) : null,
    breakdown: timetable ? numberRecordFromJson(timetable.breakdown) : null,
    comparableScore: comparison.scores.get(variant.index) ?? null,
    units: comparison.units.get(variant.index) ?? null,
  } satisfies TVariantView;
}

function secondsPerVariantOf(config: Prisma.JsonValue): number | null {
  const parsed = ZGenerationConfigSchema.safeParse(config);
  return parsed.success ? parsed.data.secondsPerVariant : null;
}

export async function getGenerationJob({ id }: { id: string }): Promise<TJobView> {
  const job = await prisma.generationJob.findUnique({ where: { id }, select: jobSelect });
  if (!job) throw new AppError("NOT_FOUND", "Generation job not found");

  const comparison = compareVariants(
    job.variants.map((v) => ({ index: v.index, name: v.name, weightProfile: v.weightProfile, softUnits: v.timetable?.softUnits ?? null })),
  );
  const variants = job.variants.map((variant) => toVariantView(variant, comparison));
  const figures = jobFigures(job.status, job.variants);
  return {
    id: job.id,
    termId: job.termId,
    termName: job.term.name,
    status: toStatusView(job.status),
    progress: figures.progress,
    stage: figures.stage,
    bestScore: figures.bestScore,
    error: job.error,
    errorDetails: blockersFromJson(job.errorDetails),
    ...(job.status === "QUEUED" ? { queueAvailable: await isQueueAvailable() } : {}),
    cancelRequested: job.cancelRequestedAt !== null,
    secondsPerVariant: secondsPerVariantOf(job.config),
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    comparedUnder: comparison.profileName,
    variants,
  } satisfies TJobView;
}
