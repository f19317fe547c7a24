import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import type { Placement, SolverInput } from "../types";
import { construct } from "./construct";
import { SingleDelta } from "./delta";
import { compileModel, type Model } from "./model";
import { Rng } from "./rng";
import { State } from "./state";
import { MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

function placementsOf(model: Model, state: State): Placement[] {
  const out: Placement[] = [];
  for (let m = 0; m < model.nMeet; m++) {
    const s = state.meetSlot[m];
    if (s < 0) continue;
    const o = model.meetOff[m];
    out.push({
      offeringId: model.input.offerings[o].id,
      meetingIndex: model.meetIndex[m],
      day: Math.floor(s / model.periods),
      period: s % model.periods,
      length: model.offLen[o],
      roomId: model.input.rooms[state.meetRoom[m]].id,
    });
  }
  return out;
}

/** Random moves straight on the State (no acceptance rule), so any bookkeeping slip accumulates. */
function scramble(model: Model, state: State, rng: Rng, moves: number): void {
  for (let i = 0; i < moves; i++) {
    const m = rng.int(model.nMeet);
    if (state.meetSlot[m] < 0 || model.meetPinSlot[m] >= 0) continue;
    const o = model.meetOff[m];
    const s = model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
    const r = model.offRoomList[model.offRoomStart[o] + rng.int(model.offRoomStart[o + 1] - model.offRoomStart[o])];
    if (model.roomFreeRun[r * model.slots + s] < model.offLen[o]) continue;
    state.unplace(m);
    state.place(m, s, r);
    if (i % 3 === 0) state.flush(); // also exercise several changes per flush
  }
  state.flush();
}

function expectMatchesEvaluate(input: SolverInput, model: Model, state: State): void {
  const scored = evaluate(input, placementsOf(model, state));
  expect(state.soft).toBeCloseTo(scored.soft, 6);
  const b = scored.hardBreakdown;
  expect(state.clash).toBe(b.facultyClash + b.groupClash + b.roomClash);
  expect(state.overDay).toBe(b.facultyMaxPerDay);
  expect(state.unplaced).toBe(b.unplaced);
}

describe("State incremental cost", () => {
  it("equals evaluate() after construction and after thousands of random moves (labs, breaks, every weight on)", () => {
    const input = syntheticInstance(7, MEDIUM_SIZE);
    const model = compileModel(input);
    const state = new State(model);
    const rng = new Rng(3);
    construct(state, rng, 1000);
    expectMatchesEvaluate(input, model, state);
    for (let round = 0; round < 5; round++) {
      scramble(model, state, rng, 2000);
      expectMatchesEvaluate(input, model, state);
    }
  });

  it("equals evaluate() on single-period meetings with only isolated on (the ITC-2007 fast path)", () => {
    const base = syntheticInstance(8, MEDIUM_SIZE);
    const input: SolverInput = {
      ...base,
      breakAfter: base.breakAfter.map(() => false),
      offerings: base.offerings.map((o) => ({ ...o, length: 1, roomType: null })),
      fixed: [],
      weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
    };
    const model = compileModel(input);
    expect(model.isolatedOnlySingle).toBe(true);
    const state = new State(model);
    const rng = new Rng(4);
    construct(state, rng, 1000);
    expectMatchesEvaluate(input, model, state);
    for (let round = 0; round < 5; round++) {
      scramble(model, state, rng, 3000);
      expectMatchesEvaluate(input, model, state);
    }
  });

  it("returns to the same cost when a move is undone", () => {
    const input = syntheticInstance(11, MEDIUM_SIZE);
    const model = compileModel(input);
    const state = new State(model);
    construct(state, new Rng(5), 1000);
    const before = { soft: state.soft, clash: state.clash, overDay: state.overDay };
    const rng = new Rng(9);
    for (let i = 0; i < 500; i++) {
      const m = rng.int(model.nMeet);
      if (model.meetPinSlot[m] >= 0) continue;
      const [s0, r0] = [state.meetSlot[m], state.meetRoom[m]];
      const o = model.meetOff[m];
      const s = model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
      state.unplace(m);
      state.place(m, s, r0);
      state.flush();
      state.unplace(m);
      state.place(m, s0, r0);
      state.flush();
    }
    expect(state.soft).toBeCloseTo(before.soft, 9);
    expect(state.clash).toBe(before.clash);
    expect(state.overDay).toBe(before.overDay);
  });
});

describe("SingleDelta (apply-free evaluation, ITC shape)", () => {
  it("predicts exactly the objective change that applying the move or swap produces", () => {
    const base = syntheticInstance(9, MEDIUM_SIZE);
    const input: SolverInput = {
      ...base,
      breakAfter: base.breakAfter.map((b, p) => p === 2),
      offerings: base.offerings.map((o) => ({ ...o, length: 1, roomType: null })),
      faculty: base.faculty.map((f) => ({ ...f, maxPeriodsPerDay: 2 })),
      fixed: [],
      weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
    };
    const model = compileModel(input);
    expect(SingleDelta.applies(model)).toBe(true);
    const state = new State(model);
    const rng = new Rng(21);
    construct(state, rng, 1000);
    const delta = new SingleDelta(state);
    const W = 100;
    let checkedSwaps = 0;
    for (let i = 0; i < 4000; i++) {
      const m = rng.int(model.nMeet);
      const o = model.meetOff[m];
      const before = state.objective(W);
      if (i % 2 === 0) {
        const s = model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
        const r = rng.int(model.nRoom);
        const predicted = delta.move(m, s, r, W);
        const info = `move ${m} ${state.meetSlot[m]}/${state.meetRoom[m]} -> ${s}/${r} clash ${state.clash} over ${state.overDay}`;
        state.unplace(m);
        state.place(m, s, r);
        state.flush();
        expect(state.objective(W) - before, `${info} -> clash ${state.clash} over ${state.overDay}`).toBeCloseTo(predicted, 9);
      } else {
        const m2 = rng.int(model.nMeet);
        const [s1, s2, r1, r2] = [state.meetSlot[m], state.meetSlot[m2], state.meetRoom[m], state.meetRoom[m2]];
        if (model.meetOff[m2] === o || s1 === s2) continue;
        if (!model.offSlotOk[o * model.slots + s2] || !model.offSlotOk[model.meetOff[m2] * model.slots + s1]) continue;
        const keepRooms = rng.next() < 0.5;
        const predicted = delta.swap(m, m2, keepRooms, W);
        state.unplace(m);
        state.unplace(m2);
        state.place(m, s2, keepRooms ? r1 : r2);
        state.place(m2, s1, keepRooms ? r2 : r1);
        state.flush();
        expect(state.objective(W) - before).toBeCloseTo(predicted, 9);
        checkedSwaps++;
      }
    }
    expect(checkedSwaps).toBeGreaterThan(500);
  });
});
