/**
 * solve(): the public entry of the solver. Checks the data (preflight), compiles it, builds and
 * anneals a timetable (part by part when the term falls into independent parts, solve-parts.ts),
 * then scores the best one with the from-scratch evaluate() so the reported violations never
 * depend on the engine's incremental bookkeeping.
 */
import { searchBlockers } from "./blocker";
import { evaluateChange } from "./change-cost";
import { compileChangeCost } from "./engine/change-cost";
import { compileModel } from "./engine/model";
import { placementsOf, positionsOf } from "./engine/positions";
import { search } from "./engine/search";
import { evaluate } from "./evaluate";
import { independentParts } from "./parts";
import { preflight } from "./preflight";
import { solveParts } from "./solve-parts";
import type { Blocker, SolveOptions, SolverInput, SolverResult } from "./types";

export async function solve(input: SolverInput, options: SolveOptions): Promise<SolverResult> {
  // A term of independent parts (campuses) is solved part by part. Not for a repair or a start
  // from given placements: those keep one search over the whole reference timetable.
  if (!options.changeCost && !options.initial) {
    const parts = independentParts(input);
    if (parts) return solveParts(input, parts, options, solveWhole);
  }
  return solveWhole(input, options);
}

/**
 * One search over the whole input (also what each independent part gets): in this thread, or as a
 * parallel search in `threads` worker threads (search-threads.ts) when options.threads > 1 or when
 * solve-parts.ts gives a part its threads (clockDivisor: solver threads in the process in all).
 */
export async function solveWhole(
  input: SolverInput,
  options: SolveOptions,
  threads: { count: number; clockDivisor: number } | null = (options.threads ?? 1) > 1 ? { count: options.threads!, clockDivisor: options.threads! } : null,
): Promise<SolverResult> {
  const wallStartedAt = performance.now();
  const clock = options.clock ?? (() => performance.now());
  const startedAt = clock();
  options.onProgress?.({ phase: "checking", fraction: 0, bestHard: Infinity, bestSoft: Infinity, iterations: 0 });
  // Blockers prove infeasibility, but we still place what we can: a partial timetable plus the
  // reasons is more useful to a registrar than nothing.
  const blockers: Blocker[] = preflight(input);
  const model = compileModel(input);
  if (options.changeCost) compileChangeCost(model, options.changeCost);
  const outcome = threads
    ? await (await import("./search-threads")).searchInThreads({
        input,
        seed: options.seed,
        ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
        timeLimitMs: Math.max(0, options.timeLimitMs - (clock() - startedAt)),
        threads: threads.count,
        clock: options.threadClock ?? "wall",
        clockDivisor: threads.clockDivisor,
        ...(options.initial ? { initial: options.initial } : {}),
        ...(options.changeCost ? { changeCost: options.changeCost } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      })
    : await search(model, {
        timeLimitMs: options.timeLimitMs,
        seed: options.seed,
        maxIterations: options.maxIterations,
        signal: options.signal,
        onProgress: options.onProgress,
        startedAt,
        clock,
        initial: options.initial ? positionsOf(model, options.initial).positions : undefined,
      });

  const placements = placementsOf(model, outcome.bestSlot, outcome.bestRoom);
  const scored = evaluate(input, placements);
  if (scored.hard > 0 && blockers.length === 0) blockers.push(...searchBlockers(scored.hardBreakdown));

  const elapsedMs = performance.now() - wallStartedAt;
  const result: SolverResult = {
    status: scored.hard === 0 ? "feasible" : "infeasible",
    placements,
    hard: scored.hard,
    hardBreakdown: scored.hardBreakdown,
    soft: scored.soft,
    softBreakdown: scored.softBreakdown,
    violations: scored.violations,
    ...(options.changeCost ? { change: evaluateChange(input, options.changeCost, placements) } : {}),
    blockers,
    aborted: outcome.aborted,
    stats: {
      iterations: outcome.iterations,
      elapsedMs,
      movesPerSecond: elapsedMs > 0 ? Math.round((outcome.evaluated * 1000) / elapsedMs) : 0,
      seed: options.seed,
      ...(threads ? { threads: threads.count } : {}),
    },
  };
  options.onProgress?.({ phase: "done", fraction: 1, bestHard: result.hard, bestSoft: result.soft, iterations: outcome.iterations });
  return result;
}
