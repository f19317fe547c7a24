/**
 * Parallel search inside one part, in T worker threads on the same input, formed into teams
 * (teamSizes). A team of several threads shares ONE walk split by days (engine/partitioned-walk.ts:
 * each round every thread moves the meetings of its own days, then they join up); a team of one
 * walks alone. With several teams, each follows the same temperature schedule and their leaders
 * trade the best solution at epoch boundaries (engine/exchange.ts: every team continues from the
 * best). An iteration budget is shared equally among the threads and rounds and epochs then follow
 * iteration counts, so a seed, a thread count and maxIterations fix the timetable. Abort reaches
 * the threads by message (their searches yield every 40 ms) and, for split walks, through their
 * shared memory, as does a thread's death; progress reports the best of the threads and their
 * iterations summed.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ChangeCostOptions } from "./change-cost";
import { betterThan, type BestSolution } from "./engine/exchange";
import { meetingCount } from "./engine/model";
import { canPartitionDays } from "./engine/partitioned-walk";
import { sharedWalkBuffers, stopSharedWalk, type SharedWalkBuffers } from "./engine/shared-walk";
import { threadClock } from "./thread-clock";
import type { Placement, SolverInput, SolverProgress, ThreadClock } from "./types";

/**
 * Epochs per search. One campus, 2 threads x 30 CPU-s, median of 5 seeds: 4 epochs 194, 20 epochs
 * 202, independent searches 200, one thread 196 (bench/results/parallel-search-2026-12-03.md):
 * restarting every walk from the best too often costs more exploration than it gains.
 */
export const EXCHANGE_EPOCHS = 4;

export interface SearchThreadData {
  input: SolverInput;
  seed: number;
  /** The shared memory of the team's walk split by days (engine/partitioned-walk.ts), and this thread's place in the team. */
  partition?: { buffers: SharedWalkBuffers; thread: number; walkSeed: number };
  /** Whether this thread trades its (team's) best with the other teams at epoch boundaries. */
  exchange: boolean;
  maxIterations?: number;
  timeLimitMs: number;
  /** When the budget started, on the threads' clock (thread-clock.ts). */
  startedAt: number;
  epochs: number;
  clock: ThreadClock;
  /** Solver threads running in the process: a "processCpu" clock is process CPU time / this. */
  clockDivisor: number;
  initial?: Placement[];
  changeCost?: ChangeCostOptions;
}
export type ToSearchThread = { type: "adopt"; best: BestSolution } | { type: "abort" };
export interface ThreadOutcome {
  best: BestSolution;
  iterations: number;
  evaluated: number;
  aborted: boolean;
}
export type SearchThreadMessage =
  | { type: "progress"; progress: SolverProgress }
  | { type: "offer"; best: BestSolution }
  | { type: "result"; outcome: ThreadOutcome };

export interface ThreadedSearch {
  input: SolverInput;
  seed: number;
  maxIterations?: number;
  timeLimitMs: number;
  threads: number;
  clock: ThreadClock;
  clockDivisor: number;
  initial?: Placement[];
  changeCost?: ChangeCostOptions;
  signal?: AbortSignal;
  onProgress?: (p: SolverProgress) => void;
}

export interface ThreadedOutcome {
  bestSlot: Int32Array;
  bestRoom: Int32Array;
  iterations: number;
  evaluated: number;
  aborted: boolean;
}

// A runtime path, not new URL(...) in new Worker(): bundlers would try to bundle that as a web worker.
const THREAD_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "search-thread.mjs");

/** Seed of search thread k: the variant's seed for the first, well-spread others after it. */
export function threadSeed(seed: number, k: number): number {
  return k === 0 ? seed : (seed + Math.imul(k, 0x2545f491)) | 0;
}

/** Thread k's share of an iteration budget (equal shares, the first ones take the remainder). */
export function threadIterations(maxIterations: number, threads: number, k: number): number {
  return Math.max(1, Math.floor(maxIterations / threads) + (k < maxIterations % threads ? 1 : 0));
}

/** Index of the best solution (hard, then soft; the lowest index on a tie, so the choice is reproducible). */
export function bestIndex(solutions: ({ hard: number; soft: number } | null)[]): number {
  let best = -1;
  solutions.forEach((s, k) => {
    if (s && (best < 0 || betterThan(s, solutions[best]!))) best = k;
  });
  return best;
}

/**
 * The exchange rounds: a round closes when every thread has offered its best or finished (a
 * finished thread's final best takes part in every later round); the offering threads then all get
 * the best of the round.
 */
export class ExchangeRounds {
  private readonly offers: (BestSolution | null)[];
  private readonly finals: (BestSolution | null)[];
  constructor(private readonly threads: number) {
    this.offers = new Array(threads).fill(null);
    this.finals = new Array(threads).fill(null);
  }

  offer(k: number, best: BestSolution): Map<number, BestSolution> {
    this.offers[k] = best;
    return this.close();
  }

  finish(k: number, best: BestSolution): Map<number, BestSolution> {
    this.finals[k] = best;
    return this.close();
  }

  /** The answers to send (thread -> solution) if the round is complete, else none. */
  private close(): Map<number, BestSolution> {
    const answers = new Map<number, BestSolution>();
    const offered = this.offers.filter((o) => o !== null).length;
    const finished = this.finals.filter((f) => f !== null).length;
    if (offered === 0 || offered + finished < this.threads) return answers;
    const round = this.offers.map((o, k) => o ?? this.finals[k]);
    const best = round[bestIndex(round)]!;
    this.offers.forEach((o, k) => o && answers.set(k, best));
    this.offers.fill(null);
    return answers;
  }
}

/**
 * How T threads form teams, each one walk (split by days when the team has several threads):
 * one team of all when every thread gets two days; else teams of two (one of three for an odd
 * count when the week has six days or more), and single threads when no two fit.
 */
export function teamSizes(threads: number, days: number): number[] {
  if (canPartitionDays(days, threads)) return [threads];
  if (!canPartitionDays(days, 2)) return new Array(threads).fill(1);
  const teams = new Array(Math.floor(threads / 2)).fill(2);
  if (threads % 2 === 1) {
    if (teams.length > 0 && canPartitionDays(days, 3)) teams[0] = 3;
    else teams.push(1);
  }
  return teams;
}

interface ThreadRole {
  team: number;
  /** 0 for the team's leader. */
  inTeam: number;
  walk: SharedWalkBuffers | null;
}

function threadRoles(teams: number[], meetings: number): ThreadRole[] {
  return teams.flatMap((size, team) => {
    const walk = size > 1 ? sharedWalkBuffers(size, meetings) : null;
    return Array.from({ length: size }, (_, inTeam) => ({ team, inTeam, walk }));
  });
}

export async function searchInThreads(job: ThreadedSearch): Promise<ThreadedOutcome> {
  const { threads } = job;
  const outcomes: (ThreadOutcome | null)[] = new Array(threads).fill(null);
  const progress: (SolverProgress | null)[] = new Array(threads).fill(null);
  const teams = teamSizes(threads, job.input.days);
  const roles = threadRoles(teams, meetingCount(job.input.offerings));
  const leaders = roles.flatMap((role, k) => (role.inTeam === 0 ? [k] : []));
  // Teams trade their best through their leaders: round slot = team.
  const rounds = new ExchangeRounds(teams.length);
  const workers: Worker[] = [];
  const send = (answers: Map<number, BestSolution>) =>
    answers.forEach((best, team) => workers[leaders[team]].postMessage({ type: "adopt", best } satisfies ToSearchThread));
  const stopWalks = () => roles.forEach((role) => role.walk && stopSharedWalk(role.walk));
  const abort = () => {
    stopWalks();
    workers.forEach((w) => w.postMessage({ type: "abort" } satisfies ToSearchThread));
  };
  const report = () => {
    const started = progress.filter((p): p is SolverProgress => p !== null);
    const best = started[bestIndex(started.map((p) => ({ hard: p.bestHard, soft: p.bestSoft })))];
    job.onProgress?.({
      phase: started.length === threads && started.every((p) => p.phase === "optimising" || p.phase === "done") ? "optimising" : "constructing",
      fraction: started.reduce((f, p) => f + p.fraction, 0) / threads,
      bestHard: best.bestHard,
      bestSoft: best.bestSoft,
      iterations: started.reduce((n, p) => n + p.iterations, 0),
    });
  };
  const startedAt = threadClock(job.clock, job.clockDivisor)();
  job.signal?.addEventListener("abort", abort);
  try {
    await Promise.all(
      roles.map(
        ({ team, inTeam, walk }, k) =>
          new Promise<void>((resolve, reject) => {
            const data: SearchThreadData = {
              input: job.input,
              // A team constructs one timetable (its leader's seed), then each thread walks with its own stream.
              seed: threadSeed(job.seed, leaders[team]),
              ...(walk ? { partition: { buffers: walk, thread: inTeam, walkSeed: threadSeed(job.seed, k) } } : {}),
              exchange: inTeam === 0 && teams.length > 1,
              ...(job.maxIterations !== undefined ? { maxIterations: threadIterations(job.maxIterations, threads, k) } : {}),
              timeLimitMs: job.timeLimitMs,
              startedAt,
              epochs: EXCHANGE_EPOCHS,
              clock: job.clock,
              clockDivisor: job.clockDivisor,
              ...(job.initial ? { initial: job.initial } : {}),
              ...(job.changeCost ? { changeCost: job.changeCost } : {}),
            };
            const worker = new Worker(THREAD_FILE, { workerData: data });
            workers.push(worker);
            worker.on("message", (m: SearchThreadMessage) => {
              if (m.type === "progress") {
                progress[k] = m.progress;
                report();
              } else if (m.type === "offer") send(rounds.offer(team, m.best));
              else {
                outcomes[k] = m.outcome;
                if (inTeam === 0) send(rounds.finish(team, m.outcome.best));
              }
            });
            // A split walk's other threads would wait for this one at their next barrier.
            const fail = (error: Error) => {
              stopWalks();
              reject(error);
            };
            worker.on("error", fail);
            worker.on("exit", (code) => (code === 0 && outcomes[k] ? resolve() : fail(new Error(`search thread exited with code ${code}`))));
            if (job.signal?.aborted) worker.postMessage({ type: "abort" } satisfies ToSearchThread);
          }),
      ),
    );
  } finally {
    job.signal?.removeEventListener("abort", abort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const done = outcomes as ThreadOutcome[];
  const best = done[bestIndex(done.map((o) => o.best))];
  return {
    bestSlot: best.best.slot,
    bestRoom: best.best.room,
    iterations: done.reduce((n, o) => n + o.iterations, 0),
    evaluated: done.reduce((n, o) => n + o.evaluated, 0),
    aborted: done.some((o) => o.aborted),
  };
}
