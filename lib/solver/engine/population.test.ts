// A population of annealing chains must cost what one walk costs (the iterations are shared), keep
// a seed + maxIterations reproducible, and hand every chain the same best solution at an exchange.
import { describe, expect, it } from "vitest";
import { Annealer } from "./anneal";
import { compileModel } from "./model";
import { Population } from "./population";
import { Rng } from "./rng";
import { DEFAULT_SEARCH_PARAMS, search } from "./search";
import { State } from "./state";
import { itcShapedInstance, MEDIUM_SIZE } from "./synthetic-instance";

function restore(state: State, slot: Int32Array, room: Int32Array): void {
  for (let m = 0; m < state.model.nMeet; m++) if (state.meetSlot[m] >= 0) state.unplace(m);
  for (let m = 0; m < state.model.nMeet; m++) if (slot[m] >= 0) state.place(m, slot[m], room[m]);
  state.flush();
}

describe("Population", () => {
  const model = compileModel(itcShapedInstance(4, MEDIUM_SIZE));

  it("gives the same timetable for the same seed and iteration budget, and another for another seed", async () => {
    const run = (seed: number) => search(model, { timeLimitMs: 60_000, maxIterations: 150_000, seed, startedAt: performance.now(), params: { chains: 3 } });
    const [a, b, c] = [await run(5), await run(5), await run(6)];
    expect(Array.from(a.bestSlot)).toEqual(Array.from(b.bestSlot));
    expect(Array.from(a.bestRoom)).toEqual(Array.from(b.bestRoom));
    expect(a.bestSoft).toBe(b.bestSoft);
    expect(Array.from(c.bestSlot)).not.toEqual(Array.from(a.bestSlot));
    expect(a.iterations).toBe(150_000);
  });

  it("takes turns, shares the iterations, moves every chain to the best solution at an exchange, then lets one go on alone", async () => {
    const { state } = await search(model, { timeLimitMs: 60_000, maxIterations: 50_000, seed: 2, startedAt: performance.now(), params: { chains: 1 } });
    state.countAll = false;
    const params = { ...DEFAULT_SEARCH_PARAMS, hardWeight: 10_000 };
    const first = new Annealer(state, new Rng(1), params);
    const population = new Population(first, 3, 1, params, restore);
    for (let i = 0; i < 30; i++) population.run(1000, 2);
    expect(population.chains.map((chain) => chain.iterations)).toEqual([10_000, 10_000, 10_000]);
    expect(population.iterations).toBe(30_000);
    // The walks went their own ways at this temperature.
    expect(new Set(population.chains.map((chain) => chain.state.meetSlot.join(","))).size).toBe(3);

    const best = population.best();
    const bestSoft = best.bestSoft;
    for (const chain of population.chains) expect(bestSoft).toBeLessThanOrEqual(chain.bestSoft);
    const bestSlot = Array.from(best.bestSlot);
    population.shareBest();
    for (const chain of population.chains) {
      expect(Array.from(chain.state.meetSlot)).toEqual(bestSlot);
      // Each chain's own incremental state recounts the adopted solution to the same cost.
      expect(chain.state.soft).toBeCloseTo(bestSoft, 9);
      expect(chain.bestSoft).toBeCloseTo(bestSoft, 9);
      expect(chain.state.hard).toBe(0);
    }
    // Narrowed, chain 0 (holding the best) goes on with every iteration.
    population.narrow();
    for (let i = 0; i < 3; i++) population.run(1000, 0.5);
    expect(population.chains.map((chain) => chain.iterations)).toEqual([13_000, 10_000, 10_000]);
  });
});
