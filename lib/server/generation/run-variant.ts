/**
 * runVariant(): one solver run of a generation job, from the database and back.
 *
 * Called by the worker's sandboxed solve-variant processor, under tsx: nothing here (or below) may
 * import next-auth or next/*.
 *
 * Status: the caller starts the variant (job-lifecycle's startVariant) and settles a failure or a
 * cancellation, since it knows whether an abort was the registrar's Cancel or a worker shutdown
 * (after which the job is retried and this variant must stay resumable). The only status change
 * made below is COMPLETED, in the transaction that saves the timetable (save-variant-result.ts).
 */
import "server-only";
import { availableParallelism } from "node:os";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { ZGenerationConfigSchema } from "@/lib/domain/generation-config";
import { solverProgressLogger } from "@/lib/log/solver-progress-log";
import { preflight } from "@/lib/solver/preflight";
import { solve } from "@/lib/solver/solve";
import { solverThreads } from "./solver-threads";
import { buildSolverInput } from "./build-solver-input";
import { InfeasibleDataError } from "./errors";
import { saveSolvedVariant } from "./save-solved-variant";
import { ZSoftWeightsSchema } from "./soft-weights-schema";
import { runRepairVariant } from "./run-repair-variant";
import { LOADING_PROGRESS, toVariantProgress, type VariantProgress } from "./variant-progress";

export interface RunVariantOptions {
  generationJobId: string;
  variantIndex: number;
  /** Aborting stops the search within ~200 ms; nothing is saved. */
  signal?: AbortSignal;
  /** Called at each stage and at least every ~500 ms while solving. */
  onProgress?: (progress: VariantProgress) => void;
}

export interface RunVariantResult {
  status: "completed" | "cancelled";
  /** Set when completed. */
  timetableId?: string;
}

export async function runVariant({ generationJobId, variantIndex, signal, onProgress }: RunVariantOptions): Promise<RunVariantResult> {
  const variant = await prisma.generationVariant.findUnique({
    where: { jobId_index: { jobId: generationJobId, index: variantIndex } },
    select: {
      id: true,
      name: true,
      seed: true,
      weightProfile: true,
      timetableId: true,
      job: { select: { termId: true, departmentIds: true, config: true, cancelRequestedAt: true, kind: true, baseTimetableId: true } },
    },
  });
  if (!variant) throw new AppError("NOT_FOUND", `Variant ${variantIndex} of generation job ${generationJobId} not found`);
  // Idempotent: a retried or duplicated delivery after a successful save does nothing.
  if (variant.timetableId) return { status: "completed", timetableId: variant.timetableId };
  if (signal?.aborted || variant.job.cancelRequestedAt) return { status: "cancelled" };

  const config = ZGenerationConfigSchema.safeParse(variant.job.config);
  if (!config.success) throw new AppError("UNPROCESSABLE", `Generation job ${generationJobId} has an invalid config: ${config.error.message}`);
  const weights = ZSoftWeightsSchema.safeParse(variant.weightProfile);
  if (!weights.success) throw new AppError("UNPROCESSABLE", `Variant "${variant.name}" has invalid weights: ${weights.error.message}`);

  onProgress?.(LOADING_PROGRESS);
  if (variant.job.kind === "REPAIR") {
    return runRepairVariant({ variant: { ...variant, weights: weights.data }, generationJobId, secondsLimit: config.data.secondsPerVariant, signal, onProgress });
  }

  const built = await buildSolverInput({ termId: variant.job.termId, departmentIds: variant.job.departmentIds, weights: weights.data });
  // Preflight proves infeasibility in milliseconds: no point spending the time budget first.
  const blockers = [...built.blockers, ...preflight(built.input)];
  if (blockers.length > 0) throw new InfeasibleDataError(blockers);

  const timeLimitMs = config.data.secondsPerVariant * 1000;
  const logProgress = solverProgressLogger();
  const inFlight = await prisma.generationVariant.count({ where: { status: { in: ["PENDING", "RUNNING"] } } });
  const result = await solve(built.input, {
    timeLimitMs,
    seed: variant.seed,
    threads: solverThreads(availableParallelism(), inFlight),
    signal,
    onProgress: (progress) => {
      logProgress(progress);
      onProgress?.(toVariantProgress(progress, timeLimitMs));
    },
  });
  return saveSolvedVariant({
    input: built.input,
    result,
    signal,
    onProgress,
    variantId: variant.id,
    variantName: variant.name,
    jobId: generationJobId,
    termId: variant.job.termId,
    grid: built.grid,
    facultyIdByOffering: built.facultyIdByOffering,
  });
}
