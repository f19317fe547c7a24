/**
 * Several annealing walks ("chains") over copies of one timetable, run in turns in the calling
 * thread on one temperature schedule, so K chains cost what one does: each makes 1/K of the
 * iterations. At each epoch boundary every chain continues from the best solution any chain has
 * found. This is the in-thread form of the parallel search (exchange.ts), for a single core.
 *
 * Why it pays where it does: on ITC-2007's comp05 and comp12 a walk of a third of the budget ends
 * as low as a full one (it freezes with ~30% of the budget left), while walks with different
 * seeds end far apart (comp05: 295-355). Chains that keep the best of each epoch turn that spread
 * into a lower typical result; instances that still gain from every iteration pay for the shorter
 * walks instead, which is why search.ts enables it only where it was measured to win.
 */
import { Annealer, type AnnealParams } from "./anneal";
import { betterThan } from "./exchange";
import { Rng } from "./rng";
import { State } from "./state";

/** Moves the state to these positions (the state's own costs are recounted). */
export type Restore = (state: State, slot: Int32Array, room: Int32Array) => void;

/** What search() drives: one annealer, or a population of them. */
export type Walker = Pick<Annealer, "run" | "iterations" | "evaluated" | "bestHard" | "bestSoft" | "bestSlot" | "bestRoom">;

/** Seed of chain k >= 1: well spread from the search's seed (chain 0 continues the search's own RNG). */
function chainSeed(seed: number, k: number): number {
  return (seed + Math.imul(k, 0x2545f491)) | 0;
}

export class Population implements Walker {
  readonly chains: Annealer[];
  private readonly restore: Restore;
  private turn = 0;
  /** From now on only chain 0 runs (see narrow()). */
  private alone = false;

  /** `first` keeps its state and RNG; the other chains start from a copy of its current state. */
  constructor(first: Annealer, count: number, seed: number, params: AnnealParams, restore: Restore) {
    this.restore = restore;
    this.chains = [first];
    const source = first.state;
    for (let k = 1; k < count; k++) {
      const state = new State(source.model);
      restore(state, source.meetSlot, source.meetRoom);
      // Same rule as search(): a copy of a clean start skips the single-meeting counts too.
      state.countAll = source.countAll;
      this.chains.push(new Annealer(state, new Rng(chainSeed(seed, k)), params));
    }
  }

  /** Runs `count` iterations of the next chain in turn at temperature t. */
  run(count: number, t: number): void {
    if (this.alone) return this.chains[0].run(count, t);
    const chain = this.chains[this.turn];
    this.turn = (this.turn + 1) % this.chains.length;
    chain.run(count, t);
  }

  /** The chain holding the best solution found (hard, then soft; a tie goes to the lowest chain). */
  best(): Annealer {
    let best = this.chains[0];
    for (const chain of this.chains) if (betterThan({ hard: chain.bestHard, soft: chain.bestSoft }, { hard: best.bestHard, soft: best.bestSoft })) best = chain;
    return best;
  }

  /** Every chain, the best one included, continues from the best solution found so far. */
  shareBest(): void {
    const best = this.best();
    const slot = best.bestSlot.slice();
    const room = best.bestRoom.slice();
    for (const chain of this.chains) {
      this.restore(chain.state, slot, room);
      chain.bestSlot.set(slot);
      chain.bestRoom.set(room);
      chain.bestHard = chain.state.hard;
      chain.bestSoft = chain.state.soft;
    }
  }

  /**
   * Only chain 0 runs from now on, with all the iterations: call it right after shareBest(), so
   * the walk that goes on holds the best solution.
   */
  narrow(): void {
    this.alone = true;
  }

  get iterations(): number {
    return this.chains.reduce((sum, chain) => sum + chain.iterations, 0);
  }
  get evaluated(): number {
    return this.chains.reduce((sum, chain) => sum + chain.evaluated, 0);
  }
  get bestHard(): number {
    return this.best().bestHard;
  }
  get bestSoft(): number {
    return this.best().bestSoft;
  }
  get bestSlot(): Int32Array {
    return this.best().bestSlot;
  }
  get bestRoom(): Int32Array {
    return this.best().bestRoom;
  }
}
