/**
 * Solving a term that falls into independent parts (parts.ts) part by part and joining the
 * timetables. Each part gets a share of the time left in its queue in proportion to its meetings (a
 * part that finishes early leaves its time to the others) and a share of the iteration budget by
 * its meetings alone, so a seed, an input and maxIterations fix the result whatever the number of
 * threads. With threads > 1 the parts run in worker threads (solve-parts-threads.ts), one queue
 * each. The joined timetable is scored as a whole by evaluate().
 */
import { searchBlockers } from "./blocker";
import { evaluate } from "./evaluate";
import type { IndependentPart } from "./parts";
import { preflight } from "./preflight";
import type { SolveOptions, SolverInput, SolverProgress, SolverResult } from "./types";

export type SolveWhole = (input: SolverInput, options: SolveOptions, threads?: { count: number; clockDivisor: number } | null) => Promise<SolverResult>;

/** One part as a unit of work: what a thread needs to solve it, all plain data. */
export interface PartJob {
  index: number;
  input: SolverInput;
  meetings: number;
  seed: number;
  maxIterations?: number;
}

/** Solves jobs one after another within timeLimitMs (measured on clock), each its share of the time left. */
export async function runQueue(
  jobs: PartJob[],
  timeLimitMs: number,
  clock: () => number,
  solveWhole: SolveWhole,
  signal: AbortSignal | undefined,
  onProgress: ((index: number, p: SolverProgress) => void) | undefined,
): Promise<SolverResult[]> {
  const deadline = clock() + timeLimitMs;
  let meetingsLeft = jobs.reduce((n, j) => n + j.meetings, 0);
  const results: SolverResult[] = [];
  for (const job of jobs) {
    const share = meetingsLeft > 0 ? job.meetings / meetingsLeft : 1;
    results.push(
      await solveWhole(job.input, {
        timeLimitMs: Math.max(0, (deadline - clock()) * share),
        seed: job.seed,
        clock,
        ...(job.maxIterations !== undefined ? { maxIterations: job.maxIterations } : {}),
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress: (p: SolverProgress) => onProgress(job.index, p) } : {}),
      }),
    );
    meetingsLeft -= job.meetings;
  }
  return results;
}

/**
 * More threads than parts: every part searches in parallel in its own threads, an equal share each
 * and the threads left over to the largest parts (ties: the first part).
 */
export function threadsPerPart(jobs: PartJob[], threads: number): number[] {
  const counts = jobs.map(() => Math.floor(threads / jobs.length));
  const bySize = jobs.map((j, k) => k).sort((a, b) => jobs[b].meetings - jobs[a].meetings || a - b);
  for (let i = 0; i < threads % jobs.length; i++) counts[bySize[i]]++;
  return counts;
}

function partOptions(job: PartJob, timeLimitMs: number, options: SolveOptions, onPart: ((index: number, p: SolverProgress) => void) | undefined): SolveOptions {
  return {
    timeLimitMs,
    seed: job.seed,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.threadClock ? { threadClock: options.threadClock } : {}),
    ...(job.maxIterations !== undefined ? { maxIterations: job.maxIterations } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(onPart ? { onProgress: (p: SolverProgress) => onPart(job.index, p) } : {}),
  };
}

export async function solveParts(input: SolverInput, parts: IndependentPart[], options: SolveOptions, solveWhole: SolveWhole): Promise<SolverResult> {
  const wallStartedAt = performance.now();
  const clock = options.clock ?? (() => performance.now());
  const startedAt = clock();
  const total = parts.reduce((n, p) => n + p.meetings, 0);
  options.onProgress?.({ phase: "checking", fraction: 0, bestHard: Infinity, bestSoft: Infinity, iterations: 0 });
  // The whole term's checks: a part's own would also see the room allotment, which is ours, not the data's.
  const blockers = preflight(input);
  const jobs: PartJob[] = parts.map((part, k) => ({
    index: k,
    input: part.input,
    meetings: part.meetings,
    seed: options.seed + k,
    ...(options.maxIterations !== undefined ? { maxIterations: Math.max(1, Math.round((options.maxIterations * part.meetings) / Math.max(1, total))) } : {}),
  }));

  // Progress of the whole: the parts' latest reports, summed.
  const latest: (SolverProgress | null)[] = parts.map(() => null);
  const onPart = options.onProgress
    ? (index: number, p: SolverProgress) => {
        latest[index] = p;
        const started = latest.filter((x): x is SolverProgress => x !== null);
        options.onProgress!({
          phase: started.every((x) => x.phase === "optimising" || x.phase === "done") ? "optimising" : "constructing",
          fraction: total > 0 ? latest.reduce((f, x, k) => f + (x ? x.fraction * parts[k].meetings : 0), 0) / total : 1,
          bestHard: started.reduce((n, x) => n + x.bestHard, 0),
          bestSoft: started.reduce((n, x) => n + x.bestSoft, 0),
          iterations: started.reduce((n, x) => n + x.iterations, 0),
        });
      }
    : undefined;

  const timeLeft = Math.max(0, options.timeLimitMs - (clock() - startedAt));
  const threads = Math.min(options.threads ?? 1, parts.length);
  const results =
    (options.threads ?? 1) > parts.length
      ? await Promise.all(
          threadsPerPart(jobs, options.threads!).map((count, k) =>
            solveWhole(jobs[k].input, partOptions(jobs[k], timeLeft, options, onPart), { count, clockDivisor: options.threads! }),
          ),
        )
      : threads > 1
        ? await (await import("./solve-parts-threads")).runPartsInThreads(jobs, threads, timeLeft, options.threadClock ?? "wall", options.signal, onPart)
        : await runQueue(jobs, timeLeft, clock, solveWhole, options.signal, onPart);

  const placements = results.flatMap((r) => r.placements);
  const iterations = results.reduce((n, r) => n + r.stats.iterations, 0);
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
      iterations,
      elapsedMs,
      movesPerSecond: elapsedMs > 0 ? Math.round((moves * 1000) / elapsedMs) : 0,
      seed: options.seed,
      parts: parts.length,
      threads: Math.max(threads, options.threads ?? 1),
    },
  };
  options.onProgress?.({ phase: "done", fraction: 1, bestHard: result.hard, bestSoft: result.soft, iterations });
  return result;
}
