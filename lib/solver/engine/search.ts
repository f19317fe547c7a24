/**
 * Runs construction + annealing under a time budget, an optional iteration budget and an
 * AbortSignal. The annealing loop is synchronous, so this yields to the event loop every
 * ~YIELD_MS; that is the only way an abort event or a timer elsewhere in the process gets to run.
 * With maxIterations set, the temperature schedule follows the iteration count (not the clock),
 * which makes the result independent of machine speed and load.
 */
import { Annealer, DEFAULT_PARAMS, type AnnealParams } from "./anneal";
import { maxChangeCost } from "./change-cost";
import { construct } from "./construct";
import { SingleDelta } from "./delta";
import { adoptBest, epochClock, type Exchange } from "./exchange";
import { walkPartitioned } from "./partitioned-walk";
import type { Model } from "./model";
import type { Positions } from "./positions";
import { Rng } from "./rng";
import { polishRooms } from "./room-pass";
import { RuinRecreate } from "./ruin-recreate";
import type { SharedWalk } from "./shared-walk";
import { State } from "./state";
import type { SolverProgress } from "../types";

export interface SearchOptions {
  timeLimitMs: number;
  seed: number;
  maxIterations?: number;
  signal?: AbortSignal;
  onProgress?: (p: SolverProgress) => void;
  /** clock() when solve() started, so the budget covers compile and preflight too. */
  startedAt: number;
  /**
   * Clock the time budget is measured on, in ms; performance.now() by default. Benchmarks on a
   * shared machine pass process CPU time to emulate "one dedicated core for N seconds".
   */
  clock?: () => number;
  params?: Partial<SearchParams>;
  /** Start from these positions (an existing timetable); construction fills in the rest. */
  initial?: Positions;
  /** Parallel search (exchange.ts): trade the best solution with other searches at epoch boundaries. */
  exchange?: Exchange;
  /**
   * One walk split by days among a team of threads (partitioned-walk.ts). Every thread constructs
   * with the same seed; the leader (thread 0) alone repairs, then each walks with its own stream.
   * The leader alone may also have an `exchange` with other teams.
   */
  partition?: { walk: SharedWalk; walkSeed: number };
}

export interface SearchParams extends AnnealParams {
  /** Start and end temperature of the geometric cooling schedule. */
  startTemperature: number;
  endTemperature: number;
}

export const DEFAULT_SEARCH_PARAMS: SearchParams = { ...DEFAULT_PARAMS, startTemperature: 8, endTemperature: 0.05 };

export interface SearchOutcome {
  bestSlot: Int32Array;
  bestRoom: Int32Array;
  bestHard: number;
  bestSoft: number;
  iterations: number;
  evaluated: number;
  aborted: boolean;
  /** The search's own cost of the best solution: tests compare it with evaluate(). */
  state: State;
}

const CHUNK = 1000;
const YIELD_MS = 40;
const PROGRESS_MS = 400;
const REPAIR_T_HIGH = 0.6;
const REPAIR_T_LOW = 0.03;
const REPAIR_COOLING = 0.97;
const REPAIR_MAX_SHARE = 0.5;
const GENTLE_REPAIR_SHARE = 0.25;
const REPAIR_START_SCALE = 0.1;
/**
 * Kempe-chain rate on ITC-shaped instances (SingleDelta.applies): four times the default. Its chains
 * are the plateau moves of the cold end: at T 0.1 about 12% of chains are accepted against 0.4% of
 * moves and 0.02% of swaps (comp05, comp07). Screened at 30 CPU-s, seeds 1-3, comp02/03/05/06/07/
 * 10/12/13 (sum of the 24 runs): 0.04 2873, 0.08 2818. bench:itc at 96 CPU-s, 3 seeds: 0.04 1153
 * (sum of medians), 0.08 1129; 0.12 1130 with 44 more over all 42 runs, so 0.08 stays.
 * Aiming half the chains of an offering short of its minimum working days at a day it lacks was
 * 1.8% lower over 48 runs at 30 s but equal at 96 s (1130, the same 3380 over all runs):
 * bench/results/itc2007-96s-2026-12-04.md.
 */
const ITC_KEMPE_RATE = 0.08;
/**
 * Ruin and recreate on ITC-shaped instances (ruin-recreate.ts): one every RUIN_EVERY chunks of
 * iterations while the walk chooses its basin, from RUIN_FROM to RUIN_UNTIL of the optimise phase
 * (T ~2.9 -> ~0.23): ~23,000 ruins in a 96-s run. Screened at 96 CPU-s, seeds 1-3, comp02/03/05/06/
 * 07/12: sum of the 18 runs 2368 against 2431-2470 for the walk without it (bench/results/
 * itc2007-screen-2026-12-06.md, which names the full table).
 * Measured on ITC-2007 only, so the product's own terms (labs, gaps, balance) do not use it yet.
 */
const RUIN_EVERY = 8;
const RUIN_FROM = 0.2;
const RUIN_UNTIL = 0.7;
/**
 * Most the room polish after the search (room-pass.ts) may add to a timed budget, as a share of
 * it: the polish takes a few ms on ITC-2007 and about 0.1 s on the demo term, but a full sweep of
 * eight demo terms as one search (2,576 offerings x 368 rooms) takes ~7 s, and it stops there.
 * After the deadline rather than within it: the coldest end of the walk is not given up for it.
 */
const POLISH_SHARE = 0.01;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function search(model: Model, options: SearchOptions): Promise<SearchOutcome> {
  const itcShaped = SingleDelta.applies(model);
  const itc = itcShaped ? { kempeRate: ITC_KEMPE_RATE } : {};
  const params: SearchParams = { ...DEFAULT_SEARCH_PARAMS, ...itc, ...options.params };
  // A hard violation must outweigh anything one move can gain on soft constraints, whatever the
  // weight profile (a huge class in a tiny room can cost hundreds per meeting).
  params.hardWeight = Math.max(params.hardWeight, 10 * softDeltaBound(model));
  const rng = new Rng(options.seed);
  const state = new State(model);
  const { startedAt, timeLimitMs, maxIterations, signal, onProgress } = options;
  const deadline = startedAt + timeLimitMs;
  // The room polish after a timed search may overrun the budget by POLISH_SHARE; one with an
  // iteration budget polishes to the end, so that its result stays reproducible.
  const polishUntil = deadline + POLISH_SHARE * timeLimitMs;
  const clock = options.clock ?? (() => performance.now());

  construct(state, rng, params.hardWeight, options.initial);
  // A clean start stays clean on single-meeting rules: skip counting them (see State.countAll).
  if (state.meetHard === 0) state.countAll = false;
  const partition = options.partition;
  const annealer = new Annealer(state, partition ? new Rng(partition.walkSeed) : rng, params);
  const leader = !partition || partition.walk.thread === 0;

  let lastYield = performance.now();
  let lastProgress = 0;
  let aborted = signal?.aborted ?? false;
  const report = (phase: SolverProgress["phase"], fraction: number) =>
    onProgress?.({ phase, fraction, bestHard: annealer.bestHard, bestSoft: annealer.bestSoft, iterations: annealer.iterations });
  report("constructing", Math.min(1, (clock() - startedAt) / timeLimitMs));

  const epochDue = options.exchange ? epochClock(options.exchange.epochs, startedAt, timeLimitMs, maxIterations) : null;
  const budgetLeft = (now: number) =>
    Math.min(deadline - now, maxIterations !== undefined ? maxIterations - annealer.iterations : Infinity);
  /** Runs one chunk at temperature t; returns false when the search must stop. */
  const step = async (t: number, phase: SolverProgress["phase"], count = maxIterations !== undefined ? Math.min(CHUNK, maxIterations - annealer.iterations) : CHUNK): Promise<boolean> => {
    annealer.run(count, t);
    let after = performance.now();
    const spent = clock();
    if (!partition && epochDue?.(annealer.iterations, spent)) {
      await adoptBest(options.exchange!, annealer, restoreBest);
      after = lastYield = performance.now();
      aborted = signal?.aborted ?? false;
    }
    if (after - lastYield >= YIELD_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
      aborted = signal?.aborted ?? false;
    }
    if (onProgress && after - lastProgress >= PROGRESS_MS) {
      lastProgress = after;
      report(phase, Math.min(1, (spent - startedAt) / timeLimitMs));
    }
    return !aborted && budgetLeft(spent) > 0;
  };

  // Phase 1, repair: while clashes remain, anneal at temperatures on the scale of ONE hard
  // violation, so the walk can climb out of local minima of the hard count; soft cost is noise here.
  // Cycles of cooling with reheats keep it from freezing on tight instances.
  const W = params.hardWeight;
  let repairT = REPAIR_T_HIGH;
  // Give up on repair after half the budget: clashes between pinned meetings can be irreducible, and
  // the optimiser below still removes any clash it can since hard violations dominate its objective.
  const repairUntil = startedAt + REPAIR_MAX_SHARE * timeLimitMs;
  const repairIterations = maxIterations !== undefined ? REPAIR_MAX_SHARE * maxIterations : Infinity;
  // A minimal-change repair first tries to remove the hard violations at temperatures on the scale
  // of the soft score (which includes the change cost): a walk at the scale of a hard violation
  // would wander far from the timetable it must stay close to. Only if that has not removed them
  // in the first part of the budget does it fall back to the hard-scale walk that climbs out of
  // local minima of the hard count.
  const gentleUntil = model.changeOn ? startedAt + GENTLE_REPAIR_SHARE * timeLimitMs : -Infinity;
  const gentleIterations = model.changeOn && maxIterations !== undefined ? GENTLE_REPAIR_SHARE * maxIterations : model.changeOn ? Infinity : 0;
  const repairTemperature = (t: number) =>
    clock() < gentleUntil && annealer.iterations < gentleIterations ? params.startTemperature * (t / REPAIR_T_HIGH) : W * t;
  while (
    leader &&
    !aborted &&
    state.movableHard > 0 &&
    budgetLeft(clock()) > 0 &&
    clock() < repairUntil &&
    annealer.iterations < repairIterations
  ) {
    if (!(await step(repairTemperature(repairT), "constructing"))) break;
    repairT = repairT > REPAIR_T_LOW ? repairT * REPAIR_COOLING : REPAIR_T_HIGH;
  }

  // Phase 2, optimise: geometric cooling over whatever budget is left.
  // A repair polishes near its reference: a cool start keeps the walk from wandering off it.
  const t0 = model.changeOn ? params.startTemperature * REPAIR_START_SCALE : params.startTemperature;
  const ratio = params.endTemperature / t0;
  const phaseStart = clock();
  const phaseStartIteration = annealer.iterations;
  const temperature = (fraction: number) => t0 * Math.pow(ratio, fraction);
  const fractionAt = (now: number) =>
    maxIterations !== undefined
      ? (annealer.iterations - phaseStartIteration) / (maxIterations - phaseStartIteration)
      : (now - phaseStart) / (deadline - phaseStart);
  if (partition) {
    const iterationsLeft = () => (maxIterations !== undefined ? maxIterations - annealer.iterations : Infinity);
    const walked = await walkPartitioned(annealer, partition.walk, options.seed, {
      // The clock's place in the schedule; with an iteration budget the walk places its rounds by
      // the team's iterations instead and goes on while any thread has some left.
      next: () => {
        const now = clock();
        if (aborted || (annealer.bestHard === 0 && annealer.bestSoft <= 0)) return null;
        if (maxIterations === undefined && budgetLeft(now) <= 0) return null;
        return Math.min(1, fractionAt(now));
      },
      // A team of a split walk trades its best between rounds, through its leader (partitioned-walk.ts).
      epochDue: () => epochDue?.(annealer.iterations, clock()) ?? false,
      adoptBest: () => adoptBest(options.exchange!, annealer, restoreBest),
      iterationsLeft,
      run: async (count, fraction) => {
        for (let left = count; left > 0 && !aborted; left -= CHUNK) await step(temperature(fraction), "optimising", Math.min(CHUNK, left));
        return !aborted;
      },
    });
    aborted ||= !walked;
  }
  const ruin = !partition && itcShaped ? new RuinRecreate(state, rng, W, annealer.slotMovable) : null;
  let chunks = 0;
  while (!aborted && !partition) {
    const now = clock();
    if (budgetLeft(now) <= 0) break;
    const fraction = fractionAt(now);
    if (fraction >= 1) break;
    if (annealer.bestHard === 0 && annealer.bestSoft <= 0) break; // cannot improve on perfect
    if (ruin && ++chunks % RUIN_EVERY === 0 && fraction >= RUIN_FROM && fraction < RUIN_UNTIL) {
      ruin.step(temperature(fraction));
      annealer.noteState();
    }
    if (!(await step(temperature(fraction), "optimising"))) break;
  }
  // Leave the state on the best solution so its incremental cost describes what is returned.
  restoreBest(state, annealer.bestSlot, annealer.bestRoom);
  const polishStops = () => (signal?.aborted ?? false) || (maxIterations === undefined && clock() >= polishUntil);
  const roomsPolished = polishRooms(state, W, polishStops) > 0;
  return {
    bestSlot: annealer.bestSlot,
    bestRoom: roomsPolished ? Int32Array.from(state.meetRoom) : annealer.bestRoom,
    bestHard: annealer.bestHard,
    bestSoft: roomsPolished ? state.soft : annealer.bestSoft,
    iterations: annealer.iterations,
    evaluated: annealer.evaluated,
    aborted,
    state,
  };
}

function restoreBest(state: State, slot: Int32Array, room: Int32Array): void {
  for (let m = 0; m < state.model.nMeet; m++) if (state.meetSlot[m] >= 0) state.unplace(m);
  for (let m = 0; m < state.model.nMeet; m++) if (slot[m] >= 0) state.place(m, slot[m], room[m]);
  state.flush();
}

/** Upper bound on the soft-cost change of moving one meeting (any offering). */
function softDeltaBound(M: Model): number {
  let bound = 0;
  for (let o = 0; o < M.nOff; o++) {
    let cap = 0;
    for (let r = 0; r < M.nRoom; r++) cap = Math.max(cap, M.capCost[o * M.nRoom + r]);
    let slot = 0;
    for (let s = 0; s < M.slots; s++) slot = Math.max(slot, M.slotCost[o * M.slots + s]);
    const groups = M.offGroupStart[o + 1] - M.offGroupStart[o];
    const perGroup = 3 * M.wIsolated + M.periods * M.wGaps + M.offLen[o] * M.wBalance;
    bound = Math.max(bound, cap + slot + M.wMinDays + M.wRoomStability + groups * perGroup + 2 * M.periods * M.wBackToBack);
  }
  return bound + maxChangeCost(M);
}
