/**
 * The search's side of a parallel search (lib/solver/search-threads.ts): at each epoch boundary a
 * search offers its best solution and continues from the best of all searches. Epochs follow the
 * iteration count when there is an iteration budget (so a seed, a thread count and maxIterations
 * fix the result) and the search's clock otherwise.
 */
import type { Annealer } from "./anneal";
import type { State } from "./state";

export interface BestSolution {
  hard: number;
  soft: number;
  slot: Int32Array;
  room: Int32Array;
}

export interface Exchange {
  /** Number of equal epochs the budget is cut into. */
  epochs: number;
  /** Offers this search's best; resolves with the solution to continue from, or null to go on alone. */
  meet(best: BestSolution): Promise<BestSolution | null>;
}

/** Lexicographic (hard, then soft) comparison of two solutions' costs: true when a beats b. */
export function betterThan(a: { hard: number; soft: number }, b: { hard: number; soft: number }): boolean {
  return beats(a.hard, a.soft, b.hard, b.soft);
}

/** betterThan on plain numbers, for the annealer's hot path (no object per accepted move). */
export function beats(hard: number, soft: number, thanHard: number, thanSoft: number): boolean {
  return hard < thanHard || (hard === thanHard && soft < thanSoft - 1e-9);
}

/**
 * A function of (iterations, clock reading) that is true once each time an epoch boundary has been
 * passed: every maxIterations / epochs iterations, else every timeLimitMs / epochs of the clock.
 */
export function epochClock(epochs: number, startedAt: number, timeLimitMs: number, maxIterations: number | undefined): (iterations: number, now: number) => boolean {
  const byIterations = maxIterations !== undefined;
  const every = byIterations ? Math.max(1, Math.ceil(maxIterations / epochs)) : timeLimitMs / epochs;
  let next = byIterations ? every : startedAt + every;
  return (iterations, now) => {
    const at = byIterations ? iterations : now;
    if (at < next) return false;
    while (next <= at) next += every;
    return true;
  };
}

/**
 * Offers the annealer's best and moves its state (and best) to what the exchange answers. The
 * adopted solution's costs are recounted by this search's own State. Single-meeting violations
 * (counted only when State.countAll) come from pins and starting placements, the same for every
 * search of one input, so all the searches count the same things.
 */
export async function adoptBest(
  exchange: Exchange,
  annealer: Annealer,
  restore: (state: State, slot: Int32Array, room: Int32Array) => void,
): Promise<void> {
  const adopted = await exchange.meet({ hard: annealer.bestHard, soft: annealer.bestSoft, slot: annealer.bestSlot, room: annealer.bestRoom });
  if (!adopted) return;
  const state = annealer.state;
  restore(state, adopted.slot, adopted.room);
  annealer.bestSlot.set(adopted.slot);
  annealer.bestRoom.set(adopted.room);
  annealer.bestHard = state.hard;
  annealer.bestSoft = state.soft;
}
