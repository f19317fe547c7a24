/**
 * What every variant run does with the solver's answer, generated or repaired: the run is logged
 * and counted in the worker's solver metrics (also when aborted: the search did run), an aborted run
 * saves nothing, data that cannot be satisfied fails the variant with its blockers, and a result is
 * saved exactly once as a DRAFT (save-variant-result.ts) after a last "saving" progress report.
 */
import "server-only";
import { log } from "@/lib/log/logger";
import { recordSolverRun } from "@/lib/metrics/record-solver-run";
import { softUnits } from "@/lib/solver/soft-units";
import type { SolverInput, SolverResult } from "@/lib/solver/types";
import { InfeasibleDataError } from "./errors";
import { saveVariantResult, type SaveVariantResultOptions } from "./save-variant-result";
import type { VariantProgress } from "./variant-progress";

export interface SaveSolvedVariantOptions extends Omit<SaveVariantResultOptions, "result" | "units"> {
  input: SolverInput;
  result: SolverResult;
  signal?: AbortSignal;
  onProgress?: (progress: VariantProgress) => void;
}

export async function saveSolvedVariant({ input, result, signal, onProgress, ...save }: SaveSolvedVariantOptions): Promise<
  { status: "cancelled" } | { status: "completed"; timetableId: string }
> {
  log.info({ ...result.stats, hard: result.hard, soft: result.soft, aborted: result.aborted }, "solver finished");
  await recordSolverRun(result.stats);
  if (result.aborted || signal?.aborted) return { status: "cancelled" };
  if (result.status === "infeasible") throw new InfeasibleDataError(result.blockers);

  onProgress?.({ stage: "saving", percent: 95, bestScore: result.soft, bestHard: result.hard, secondsLeft: 0 });
  const saved = await saveVariantResult({ ...save, result, units: softUnits(input, result.placements) });
  log.info({ timetableId: saved.timetableId, soft: result.soft }, "variant saved");
  return { status: "completed", timetableId: saved.timetableId };
}
