/**
 * The job-level figures of a generation, worked out on read from its variants, in this one place:
 * the job's progress, its stage and its best score. Nothing stores them (the variants' own figures,
 * which the solver reports, are the only data), so the job page, the job list and the tests can
 * never disagree with each other or lag behind the variants. Pure.
 */
import { isTerminalJobStatus, isTerminalVariantStatus, toStatusView, type JobStatus, type VariantStatus } from "./generation-status";

export interface VariantFigures {
  status: VariantStatus;
  /** 0-100 of the variant's own run. */
  progress: number;
  stage: string | null;
  /** Best weighted soft score so far, or the saved timetable's once completed. Lower is better. */
  bestScore: number | null;
  bestHard: number | null;
}

export interface JobFigures {
  progress: number;
  stage: string | null;
  bestScore: number | null;
}

/** Progress of one variant as shown: a settled variant has no more work to do. */
export function variantProgress(variant: Pick<VariantFigures, "status" | "progress">): number {
  return isTerminalVariantStatus(variant.status) ? 100 : variant.progress;
}

/**
 * progress: the mean of the variants' (settled ones count as done), 100 once COMPLETED.
 * stage: the settled job's status; while running, the stage of its least advanced variant.
 * bestScore: the lowest score among feasible results of variants that completed or are still
 * running; a failed or cancelled variant's partial result was never saved, so it does not count.
 */
export function jobFigures(status: JobStatus, variants: readonly VariantFigures[]): JobFigures {
  const feasible = variants
    .filter((v) => v.status !== "FAILED" && v.status !== "CANCELLED" && v.bestHard === 0 && v.bestScore !== null)
    .map((v) => v.bestScore as number);
  return {
    progress: jobProgress(status, variants),
    stage: jobStage(status, variants),
    bestScore: feasible.length > 0 ? Math.min(...feasible) : null,
  };
}

function jobProgress(status: JobStatus, variants: readonly VariantFigures[]): number {
  if (status === "COMPLETED") return 100;
  if (variants.length === 0) return 0;
  return Math.round(variants.reduce((sum, v) => sum + variantProgress(v), 0) / variants.length);
}

function jobStage(status: JobStatus, variants: readonly VariantFigures[]): string | null {
  if (isTerminalJobStatus(status)) return toStatusView(status);
  if (status === "QUEUED") return null;
  const unsettled = variants.filter((v) => !isTerminalVariantStatus(v.status));
  const leastAdvanced = unsettled.reduce<VariantFigures | null>((least, v) => (least === null || v.progress < least.progress ? v : least), null);
  return leastAdvanced?.stage ?? "loading data";
}
