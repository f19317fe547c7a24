/**
 * One generation job with its variants, as polled every second by the job page (GET /api/jobs/:id).
 *
 * Registrars and admins see every job (the route requires jobs.view), so there is no scope filter.
 * The queue is asked about only while the job waits, to tell "waiting its turn" from "Redis is down"
 * without a Redis round trip on every poll of a running job.
 */
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getQueueCounts } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import type { Blocker } from "@/lib/solver/types";
import {
  blockersFromJson,
  numberRecordFromJson,
  toStatusView,
  type JobStatusView,
  type VariantStatusView,
} from "./generation-job-view";
import { compareVariants, type VariantComparisonBasis } from "./variant-comparison";

export interface GenerationVariantView {
  id: string;
  index: number;
  name: string;
  status: VariantStatusView;
  progress: number;
  stage: string | null;
  /** The saved timetable's score once completed, else the best found so far. Lower is better. */
  score: number | null;
  hardViolations: number | null;
  secondsLeft: number | null;
  timetableId: string | null;
  timetableStatus: "draft" | "published" | "archived" | null;
  /** Weighted soft cost per constraint of the saved timetable, under this variant's own profile. */
  breakdown: Record<string, number> | null;
  /** The saved timetable's score under the job's comparison profile (comparedUnder): like for like across variants. */
  comparableScore: number | null;
  /** Soft amounts of the saved timetable in each constraint's own units (students over capacity, days short, ...). */
  units: Record<string, number> | null;
}

export interface GenerationJobView {
  id: string;
  termId: string;
  termName: string;
  status: JobStatusView;
  progress: number;
  stage: string | null;
  bestScore: number | null;
  error: string | null;
  errorDetails: Blocker[] | null;
  /** Only while queued: false when the queue (Redis) cannot be reached. */
  queueAvailable?: boolean;
  cancelRequested: boolean;
  secondsPerVariant: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The weight profile every variant's comparableScore is computed under (the first variant's). */
  comparedUnder: string | null;
  variants: GenerationVariantView[];
}

const jobSelect = {
  id: true,
  termId: true,
  status: true,
  progress: true,
  stage: true,
  bestScore: true,
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

function toVariantView(variant: JobRow["variants"][number], comparison: VariantComparisonBasis): GenerationVariantView {
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
  };
}

/**
 * The job's progress is the mean of its variants' (finished ones count as done), so the bar moves
 * whether or not the worker also writes GenerationJob.progress.
 */
function jobProgress(job: JobRow, variants: GenerationVariantView[]): number {
  if (job.status === "COMPLETED") return 100;
  if (variants.length === 0) return job.progress;
  const done = (v: GenerationVariantView) => (v.status === "completed" || v.status === "failed" || v.status === "cancelled" ? 100 : v.progress);
  return Math.max(job.progress, Math.round(variants.reduce((sum, v) => sum + done(v), 0) / variants.length));
}

function secondsPerVariantOf(config: Prisma.JsonValue): number | null {
  const value = (config as { secondsPerVariant?: unknown } | null)?.secondsPerVariant;
  return typeof value === "number" ? value : null;
}

export async function getGenerationJob({ id }: { id: string }): Promise<GenerationJobView> {
  const job = await prisma.generationJob.findUnique({ where: { id }, select: jobSelect });
  if (!job) throw new AppError("NOT_FOUND", "Generation job not found");

  const comparison = compareVariants(
    job.variants.map((v) => ({ index: v.index, name: v.name, weightProfile: v.weightProfile, softUnits: v.timetable?.softUnits ?? null })),
  );
  const variants = job.variants.map((variant) => toVariantView(variant, comparison));
  return {
    id: job.id,
    termId: job.termId,
    termName: job.term.name,
    status: toStatusView(job.status),
    progress: jobProgress(job, variants),
    stage: job.stage,
    bestScore: job.bestScore,
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
  };
}
