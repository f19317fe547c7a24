/**
 * What a running variant reports while it solves: the solver's progress in the words the job page
 * shows. Pure.
 */
import "server-only";
import type { SolverProgress } from "@/lib/solver/types";

export type VariantStage = "loading data" | "checking" | "constructing" | "optimising" | "saving";

export interface VariantProgress {
  stage: VariantStage;
  /** 0-100 of this variant's run. */
  percent: number;
  /** Best weighted soft score so far (lower is better); null until a complete placement exists. */
  bestScore: number | null;
  /** Hard violations of the best solution so far; null until the search has one. */
  bestHard: number | null;
  secondsLeft: number | null;
}

/** Percent reserved for loading before the search and saving after it, so 100 means "saved". */
const SEARCH_FROM = 5;
const SEARCH_TO = 95;

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

export function toVariantProgress(progress: SolverProgress, timeLimitMs: number): VariantProgress {
  const fraction = Math.min(1, Math.max(0, progress.fraction));
  return {
    // "done" only means the search stopped: the result is not saved yet.
    stage: progress.phase === "done" ? "saving" : progress.phase,
    percent: Math.round(SEARCH_FROM + fraction * (SEARCH_TO - SEARCH_FROM)),
    bestScore: finiteOrNull(progress.bestSoft),
    bestHard: finiteOrNull(progress.bestHard),
    secondsLeft: Math.max(0, Math.ceil(((1 - fraction) * timeLimitMs) / 1000)),
  };
}

export const LOADING_PROGRESS: VariantProgress = { stage: "loading data", percent: 0, bestScore: null, bestHard: null, secondsLeft: null };
