/**
 * The solver's progress in the log at a steady, low rate: a line when the phase changes and at
 * most one every LOG_SOLVER_PROGRESS_MS (default 5 s) in between, with the iterations per second
 * since the previous line, so a long solve shows it is moving without flooding the log (the solver
 * reports every ~500 ms).
 */
import { readLogConfig } from "@/lib/config";
import type { SolverProgress } from "@/lib/solver/types";
import { log } from "./logger";

export function solverProgressLogger(intervalMs = readLogConfig().LOG_SOLVER_PROGRESS_MS): (progress: SolverProgress) => void {
  let last: { at: number; iterations: number; phase: string } | null = null;
  return (progress) => {
    const now = performance.now();
    if (last && last.phase === progress.phase && now - last.at < intervalMs) return;
    const seconds = last ? (now - last.at) / 1000 : 0;
    const iterationsPerSecond = last && seconds > 0 ? Math.round((progress.iterations - last.iterations) / seconds) : null;
    log.info(
      {
        phase: progress.phase,
        percent: Math.round(progress.fraction * 100),
        bestHard: Number.isFinite(progress.bestHard) ? progress.bestHard : null,
        bestSoft: Number.isFinite(progress.bestSoft) ? progress.bestSoft : null,
        iterations: progress.iterations,
        iterationsPerSecond,
      },
      "solver progress",
    );
    last = { at: now, iterations: progress.iterations, phase: progress.phase };
  };
}
