/**
 * Solving a term that falls into independent parts (parts.ts) part by part and joining the
 * timetables. Each part gets a share of the time left in proportion to its meetings (a part that
 * finishes early leaves its time to the others) and of the iteration budget (so a seed, an input
 * and maxIterations still fix the result). The joined timetable is scored as a whole by evaluate().
 */
import { searchBlockers } from "./blocker";
import { evaluate } from "./evaluate";
import type { IndependentPart } from "./parts";
import { preflight } from "./preflight";
import type { SolveOptions, SolverInput, SolverProgress, SolverResult } from "./types";

export type SolveWhole = (input: SolverInput, options: SolveOptions) => Promise<SolverResult>;

export async function solveParts(
  input: SolverInput,
  parts: IndependentPart[],
  options: SolveOptions,
  solveWhole: SolveWhole,
): Promise<SolverResult> {
  const wallStartedAt = performance.now();
  const clock = options.clock ?? (() => performance.now());
  const deadline = clock() + options.timeLimitMs;
  const total = parts.reduce((n, p) => n + p.meetings, 0);
  options.onProgress?.({ phase: "checking", fraction: 0, bestHard: Infinity, bestSoft: Infinity, iterations: 0 });
  // The whole term's checks: a part's own would also see the room allotment, which is ours, not the data's.
  const blockers = preflight(input);

  const results: SolverResult[] = [];
  let meetingsDone = 0;
  let iterationsDone = 0;
  let hardDone = 0;
  let softDone = 0;
  for (const [k, part] of parts.entries()) {
    const meetingsLeft = total - meetingsDone;
    const share = meetingsLeft > 0 ? part.meetings / meetingsLeft : 1;
    const onProgress = options.onProgress
      ? (p: SolverProgress) => {
          if (p.phase === "done") return;
          options.onProgress!({
            phase: p.phase === "checking" ? "constructing" : p.phase,
            fraction: total > 0 ? (meetingsDone + p.fraction * part.meetings) / total : 1,
            bestHard: hardDone + p.bestHard,
            bestSoft: softDone + p.bestSoft,
            iterations: iterationsDone + p.iterations,
          });
        }
      : undefined;
    const result = await solveWhole(part.input, {
      ...options,
      timeLimitMs: Math.max(0, (deadline - clock()) * share),
      seed: options.seed + k,
      ...(options.maxIterations !== undefined ? { maxIterations: Math.max(1, Math.round((options.maxIterations * part.meetings) / Math.max(1, total))) } : {}),
      onProgress,
    });
    results.push(result);
    meetingsDone += part.meetings;
    iterationsDone += result.stats.iterations;
    hardDone += result.hard;
    softDone += result.soft;
  }

  const placements = results.flatMap((r) => r.placements);
  const scored = evaluate(input, placements);
  if (scored.hard > 0 && blockers.length === 0) blockers.push(...searchBlockers(scored.hardBreakdown));
  const elapsedMs = performance.now() - wallStartedAt;
  const moves = results.reduce((n, r) => n + (r.stats.movesPerSecond * r.stats.elapsedMs) / 1000, 0);
  const result: SolverResult = {
    status: scored.hard === 0 ? "feasible" : "infeasible",
    placements,
    hard: scored.hard,
    hardBreakdown: scored.hardBreakdown,
    soft: scored.soft,
    softBreakdown: scored.softBreakdown,
    violations: scored.violations,
    blockers,
    aborted: results.some((r) => r.aborted),
    stats: {
      iterations: iterationsDone,
      elapsedMs,
      movesPerSecond: elapsedMs > 0 ? Math.round((moves * 1000) / elapsedMs) : 0,
      seed: options.seed,
      parts: parts.length,
    },
  };
  options.onProgress?.({ phase: "done", fraction: 1, bestHard: result.hard, bestSoft: result.soft, iterations: iterationsDone });
  return result;
}
