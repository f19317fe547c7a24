import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { Annealer, DEFAULT_PARAMS } from "./anneal";
import { compileModel, type Model } from "./model";
import { adoptPlacements, canPartitionDays, dealDays, markOwnedSlots, publishPlacements, ROUND_ITERATIONS, roundLength } from "./partitioned-walk";
import { placementsOf } from "./positions";
import { Rng } from "./rng";
import { search } from "./search";
import { State } from "./state";
import { itcShapedInstance, MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

describe("dealDays", () => {
  it("gives every day to one thread, the days evenly, the same deal for the same seed and round", () => {
    const counts = new Map<string, number>();
    for (let round = 0; round < 200; round++) {
      const owner = dealDays(6, 2, 11, round);
      expect([...owner].filter((k) => k === 0)).toHaveLength(3);
      expect([...owner].filter((k) => k === 1)).toHaveLength(3);
      expect(dealDays(6, 2, 11, round)).toEqual(owner);
      counts.set(owner.join(""), (counts.get(owner.join("")) ?? 0) + 1);
    }
    // C(6,3) = 20 deals: over 200 rounds every one turns up, so any two days meet in one thread.
    expect(counts.size).toBe(20);
    expect([...dealDays(5, 2, 1, 0)].sort()).toEqual([0, 0, 0, 1, 1]);
  });

  it("cuts a small iteration budget into at least 200 rounds (of 1,000 iterations or more), a large one into rounds of ROUND_ITERATIONS", () => {
    expect(roundLength(100_000, 2)).toBe(1_000);
    expect(roundLength(2_000_000, 2)).toBe(5_000);
    expect(roundLength(48_000_000, 2)).toBe(ROUND_ITERATIONS);
  });

  it("splits only weeks with at least two days per thread", () => {
    expect(canPartitionDays(6, 2)).toBe(true);
    expect(canPartitionDays(6, 3)).toBe(true);
    expect(canPartitionDays(5, 3)).toBe(false);
    expect(canPartitionDays(6, 1)).toBe(false);
  });
});

/** A clash-free timetable of the instance, as two identical States. */
async function twoCopies(model: Model, seed: number): Promise<[State, State]> {
  const found = await search(model, { timeLimitMs: 600_000, seed, maxIterations: 300_000, startedAt: performance.now() });
  expect(found.bestHard).toBe(0);
  return [0, 1].map(() => {
    const state = new State(model);
    for (let m = 0; m < model.nMeet; m++) if (found.bestSlot[m] >= 0) state.place(m, found.bestSlot[m], found.bestRoom[m]);
    state.flush();
    return state;
  }) as [State, State];
}

describe.each([
  ["with labs", syntheticInstance(4, MEDIUM_SIZE)],
  ["ITC-shaped", itcShapedInstance(4, MEDIUM_SIZE)],
])("two threads walking their own days (%s)", (_, input) => {
  it("move only meetings of their days, within them, and join into the same timetable with no new clash, scored as evaluate() scores it", async () => {
    const model = compileModel(input);
    const states = await twoCopies(model, 5);
    const owner = dealDays(model.days, 2, 5, 1);
    const owns = [0, 1].map((k) => {
      const ownsSlot = new Uint8Array(model.slots);
      markOwnedSlots(owner, model.periods, k, ownsSlot);
      return ownsSlot;
    });
    const before = Int32Array.from(states[0].meetSlot);
    states.forEach((state, k) => {
      const annealer = new Annealer(state, new Rng(40 + k), { ...DEFAULT_PARAMS, kempeRate: 0.08 });
      annealer.restrictTo(owns[k]);
      annealer.run(60_000, 3); // warm: many changes, some of them worse
      annealer.restrictTo(null);
    });
    let changed = 0;
    states.forEach((state, k) => {
      for (let m = 0; m < model.nMeet; m++) {
        if (before[m] < 0) continue;
        if (!owns[k][before[m]]) expect(state.meetSlot[m]).toBe(before[m]);
        else expect(owns[k][state.meetSlot[m]]).toBe(1);
        if (state.meetSlot[m] !== before[m]) changed++;
      }
    });
    expect(changed).toBeGreaterThan(20);

    const slots = new Int32Array(model.nMeet).fill(-9);
    const rooms = new Int32Array(model.nMeet).fill(-9);
    states.forEach((state, k) => publishPlacements(state, owns[k], slots, rooms, 0));
    states.forEach((state, k) => adoptPlacements(state, owns[k], slots, rooms, 0));
    expect(states[1].meetSlot).toEqual(states[0].meetSlot);
    expect(states[1].meetRoom).toEqual(states[0].meetRoom);
    const scored = evaluate(input, placementsOf(model, states[0].meetSlot, states[0].meetRoom));
    expect(scored.hard).toBe(states[0].hard);
    // Hard rules are about one slot, one day or a week's count, which no move inside a thread's days changes.
    expect(scored.hardBreakdown.facultyClash + scored.hardBreakdown.groupClash + scored.hardBreakdown.roomClash).toBe(0);
    for (const state of states) expect(state.soft).toBeCloseTo(scored.soft, 6);
  });
});
