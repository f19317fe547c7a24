// KempeDelta must score a chain exactly as applying it would, choose the same rooms with the same
// random draws, and commit() must leave the state apply() would: the annealer relies on all three
// for trajectories identical to the apply-and-undo path.
import { describe, expect, it } from "vitest";
import { HAVE_ITC, loadInstance } from "@/lib/formats/itc2007/test-instances";
import { toSolverInput } from "@/lib/formats/itc2007/to-solver-input";
import type { SolverInput } from "../types";
import { KempeChains } from "./kempe";
import { KempeDelta } from "./kempe-delta";
import { compileModel } from "./model";
import { Rng } from "./rng";
import { search } from "./search";
import { itcShapedInstance, MEDIUM_SIZE } from "./synthetic-instance";

async function checkChains(input: SolverInput, trials: number): Promise<void> {
  const model = compileModel(input);
  expect(KempeDelta.applies(model)).toBe(true);
  // A clash-free timetable to start from, as the annealer has once repair is over.
  const { state } = await search(model, { timeLimitMs: 60_000, maxIterations: 200_000, seed: 3, startedAt: performance.now() });
  expect(state.hard).toBe(0);
  state.countAll = false;
  const kempe = new KempeChains(state);
  const kempeDelta = new KempeDelta(state, kempe);
  const movable = new Uint8Array(model.nMeet);
  for (let m = 0; m < model.nMeet; m++) movable[m] = state.meetSlot[m] >= 0 && model.meetPinSlot[m] < 0 ? 1 : 0;
  const pick = new Rng(11);
  const W = 1000;
  let scored = 0;
  let roomChanges = 0;
  for (let i = 0; i < trials; i++) {
    expect(kempeDelta.usable()).toBe(true);
    const m = pick.int(model.nMeet);
    const t2 = pick.int(model.slots);
    const n = kempe.prepare(m, t2, movable);
    if (n < 0) continue;
    scored++;
    const delta = kempeDelta.evaluate(n, new Rng(i), W);
    const before = state.objective(W);
    const roomsBefore = Array.from(state.meetRoom);
    expect(kempe.apply(m, t2, movable, new Rng(i), W)).toBe(true);
    expect(state.objective(W) - before).toBeCloseTo(delta, 6);
    const applied = { slots: Array.from(state.meetSlot), rooms: Array.from(state.meetRoom), soft: state.soft, hard: state.hard };
    for (let k = 0; k < n; k++) if (applied.rooms[kempe.chain[k]] !== roomsBefore[kempe.chain[k]]) roomChanges++;
    kempe.undo();
    expect(state.objective(W)).toBeCloseTo(before, 6);
    kempeDelta.commit();
    expect(Array.from(state.meetSlot)).toEqual(applied.slots);
    expect(Array.from(state.meetRoom)).toEqual(applied.rooms);
    expect(state.soft).toBeCloseTo(applied.soft, 6);
    expect(state.hard).toBe(applied.hard);
    // Walk on through the clash-free chains; step back from the rest.
    if (state.hard > 0 || pick.next() < 0.5) kempe.undo();
  }
  expect(scored).toBeGreaterThan(trials / 4);
  expect(roomChanges).toBeGreaterThan(0);
}

describe("KempeDelta", () => {
  it("scores ITC-shaped Kempe chains exactly as applying them, with the same rooms and random draws", async () => {
    await checkChains(itcShapedInstance(13, MEDIUM_SIZE), 3000);
  });

  it.runIf(HAVE_ITC)("does so on ITC-2007 comp07 (20 rooms, 87% of room-periods taken)", async () => {
    await checkChains(toSolverInput(loadInstance("comp07")), 3000);
  });
});
