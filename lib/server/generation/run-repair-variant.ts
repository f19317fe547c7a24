/**
 * The solver run of a REPAIR job's one variant: load the base timetable against the term's current
 * data (with its pins), repair() it with a cost per change, and save the result as a new DRAFT based
 * on it, through the same exactly-once save as a generated variant. The base timetable is only read.
 *
 * Called by runVariant (same status writes, same cancel and retry behaviour): no next-auth or
 * next/* import below.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { ZGenerationConfigSchema } from "@/lib/domain/generation-config";
import { loadTimetableModel } from "@/lib/server/timetables/load-timetable-model";
import { solverProgressLogger } from "@/lib/log/solver-progress-log";
import { repair } from "@/lib/solver/repair";
import type { SoftWeights } from "@/lib/solver/types";
import { InfeasibleDataError } from "./errors";
import type { RunVariantOptions, RunVariantResult } from "./run-variant";
import { saveSolvedVariant } from "./save-solved-variant";
import { toVariantProgress } from "./variant-progress";

export interface RunRepairVariantOptions extends Pick<RunVariantOptions, "generationJobId" | "signal" | "onProgress"> {
  variant: { id: string; name: string; seed: number; weights: SoftWeights; job: { termId: string; config: unknown; baseTimetableId: string | null } };
  secondsLimit: number;
}


export async function runRepairVariant({ variant, generationJobId, secondsLimit, signal, onProgress }: RunRepairVariantOptions): Promise<RunVariantResult> {
  const baseTimetableId = variant.job.baseTimetableId;
  if (!baseTimetableId) throw new AppError("UNPROCESSABLE", `Repair job ${generationJobId} has no timetable to repair (was it deleted?)`);
  const config = ZGenerationConfigSchema.safeParse(variant.job.config);
  if (!config.success || !config.data.keep) throw new AppError("UNPROCESSABLE", `Repair job ${generationJobId} has an invalid config: it says neither "time" nor "time-and-room" to keep`);

  const model = await loadTimetableModel({ timetableId: baseTimetableId, weights: variant.weights });
  if (model.blockers.length > 0) throw new InfeasibleDataError(model.blockers);
  const timeLimitMs = secondsLimit * 1000;
  const logProgress = solverProgressLogger();
  const result = await repair(model.input, model.placements, {
    keep: config.data.keep,
    timeLimitMs,
    seed: variant.seed,
    signal,
    onProgress: (progress) => {
      logProgress(progress);
      onProgress?.(toVariantProgress(progress, timeLimitMs));
    },
  });
  return saveSolvedVariant({
    input: model.input,
    result,
    signal,
    onProgress,
    variantId: variant.id,
    variantName: variant.name,
    jobId: generationJobId,
    termId: variant.job.termId,
    grid: model.grid,
    facultyIdByOffering: model.facultyIdByOffering,
    base: { timetableId: baseTimetableId, pinsByMeeting: model.pinsByMeeting },
  });
}
