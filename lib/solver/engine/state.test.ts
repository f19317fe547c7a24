import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import type { SoftConstraint, SolverInput } from "../types";
import { stateBreakdown } from "./breakdown";
import { construct } from "./construct";
import { SingleDelta } from "./delta";
import { compileModel, type Model } from "./model";
import { fitsInDay, placementsOf } from "./positions";
import { Rng } from "./rng";
import { State } from "./state";
import { MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

const placementsOfState = (model: Model, state: State) => placementsOf(model, state.meetSlot, state.meetRoom);

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
  const scored = evaluate(input, placementsOfState(model, state));
  expect(state.soft).toBeCloseTo(scored.soft, 6);
  const b = scored.hardBreakdown;
  expect(state.clash).toBe(b.facultyClash + b.groupClash + b.roomClash);
  expect(state.overDay).toBe(b.facultyMaxPerDay);
  expect(state.unplaced).toBe(b.unplaced);
  expect(state.hard).toBe(scored.hard);
  const recount = stateBreakdown(state);
  expect(recount.hard).toEqual(b);
  for (const [constraint, cost] of Object.entries(scored.softBreakdown)) {
    expect(recount.soft[constraint as SoftConstraint], constraint).toBeCloseTo(cost, 6);
  }
}

/**
 * Random moves to ANY position where the meeting fits in the day: blocked cells, closed rooms,
 * rooms of the wrong type, away from pins. A timetable edited by hand can be anywhere, and the
 * State must count what evaluate() counts there too.
 */
function scrambleAnywhere(model: Model, state: State, rng: Rng, moves: number): void {
  for (let i = 0; i < moves; i++) {
    const m = rng.int(model.nMeet);
    if (state.meetSlot[m] < 0) continue;
    const len = model.offLen[model.meetOff[m]];
    const day = rng.int(model.days);
    const period = rng.int(model.periods);
    if (!fitsInDay(model, period, len)) continue;
    state.unplace(m);
    state.place(m, day * model.periods + period, rng.int(model.nRoom));
    if (i % 3 === 0) state.flush();
  }
  state.flush();
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

  it("counts every hard constraint evaluate() counts, at any position (blocked cells, closed rooms, wrong room types, broken pins, weekly limits)", () => {
    const base = syntheticInstance(12, MEDIUM_SIZE);
    const input: SolverInput = {
      ...base,
      faculty: base.faculty.map((f, i) => ({ ...f, maxPeriodsPerWeek: i % 3 === 0 ? 4 : undefined })),
      offerings: base.offerings.map((o, i) => ({ ...o, unavailable: i % 5 === 0 ? [0, 1, 7] : [] })),
      rooms: base.rooms.map((r, i) => ({ ...r, unavailable: i % 2 === 0 ? [2, 3, 9, 10] : r.unavailable })),
      fixed: [
        ...base.fixed,
        { offeringId: base.offerings[3].id, meetingIndex: 0, roomId: base.rooms[1].id },
        { offeringId: base.offerings[4].id, meetingIndex: 0, roomId: "no-such-room" },
        { offeringId: base.offerings[5].id, meetingIndex: 0, day: 9, period: 0 },
      ],
    };
    const model = compileModel(input);
    const state = new State(model);
    const rng = new Rng(13);
    construct(state, rng, 1000);
    expectMatchesEvaluate(input, model, state);
    for (let round = 0; round < 5; round++) {
      scrambleAnywhere(model, state, rng, 1500);
      expectMatchesEvaluate(input, model, state);
    }
    const b = stateBreakdown(state).hard;
    for (const kind of ["roomType", "facultyUnavailable", "roomUnavailable", "offeringUnavailable", "fixedSlot", "facultyMaxPerWeek"] as const) {
      expect(b[kind], kind).toBeGreaterThan(0);
    }
  });

  it("weighs single-meeting violations like clashes in the search objective, so a search moves meetings out of them", () => {
    const input: SolverInput = {
      ...syntheticInstance(14, MEDIUM_SIZE),
      weights: { roomCapacity: 0, minDays: 0, isolated: 0, gaps: 0, roomStability: 0, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
    };
    input.rooms[0].unavailable = [0];
    const model = compileModel(input);
    const state = new State(model);
    const m = model.offFirstMeet[1];
    state.place(m, 1, 0);
    state.flush();
    expect(state.objective(1000)).toBe(0);
    state.unplace(m);
    state.place(m, 0, 0); // room 0 is closed at slot 0
    state.flush();
    expect(state.objective(1000)).toBe(1000);
    expect(state.movableHard).toBe(1);
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
        if (model.roomFreeRun[r * model.slots + s] < 1) continue; // the search never proposes a closed room
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
        if (keepRooms && (model.roomFreeRun[r1 * model.slots + s2] < 1 || model.roomFreeRun[r2 * model.slots + s1] < 1)) continue;
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

  it("with rejectHard, stops at a candidate's first clash from a clash-free state, and is exact otherwise", () => {
    const base = syntheticInstance(9, MEDIUM_SIZE);
    const input: SolverInput = {
      ...base,
      breakAfter: base.breakAfter.map((b, p) => p === 2),
      offerings: base.offerings.map((o) => ({ ...o, length: 1, roomType: null })),
      fixed: [],
      weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
    };
    const model = compileModel(input);
    expect(SingleDelta.applies(model)).toBe(true);
    const state = new State(model);
    const rng = new Rng(23);
    construct(state, rng, 1000);
    const delta = new SingleDelta(state);
    const W = 1000;
    // Walk only through candidates that add no hard violation, so the state gets and stays clash-free.
    let rejected = 0;
    let exact = 0;
    for (let i = 0; i < 6000; i++) {
      const m = rng.int(model.nMeet);
      const o = model.meetOff[m];
      const s = model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
      const r = rng.int(model.nRoom);
      const [s0, r0] = [state.meetSlot[m], state.meetRoom[m]];
      if ((s === s0 && r === r0) || model.roomFreeRun[r * model.slots + s] < 1) continue;
      const clean = state.movableHard === 0;
      delta.rejectHard = i % 3 !== 0;
      const predicted = delta.move(m, s, r, W);
      const before = { objective: state.objective(W), hard: state.movableHard };
      state.unplace(m);
      state.place(m, s, r);
      state.flush();
      const hardAdded = state.movableHard - before.hard;
      if (delta.rejected) {
        expect(delta.rejectHard && clean).toBe(true);
        // Scored as far as its first clash: a whole number of hard violations, at least one.
        expect(hardAdded).toBeGreaterThan(0);
        expect(predicted % W).toBe(0);
        expect(predicted).toBeGreaterThanOrEqual(W);
        expect(predicted).toBeLessThanOrEqual(W * hardAdded);
        rejected++;
      } else {
        expect(state.objective(W) - before.objective).toBeCloseTo(predicted, 9);
        if (clean) exact++;
      }
      if (hardAdded > 0) {
        state.unplace(m);
        state.place(m, s0, r0);
        state.flush();
      }
    }
    expect(rejected).toBeGreaterThan(100);
    expect(exact).toBeGreaterThan(100);
  });

  it("counts leaving a hand-placed violation (blocked cell, closed room, wrong room type, broken pin) as a gain", () => {
    const base = syntheticInstance(10, MEDIUM_SIZE);
    const input: SolverInput = {
      ...base,
      breakAfter: base.breakAfter.map(() => false),
      offerings: base.offerings.map((o, i) => ({ ...o, length: 1, roomType: i % 2 === 0 ? "LECTURE" : null, unavailable: i % 4 === 0 ? [0, 5, 11] : [] })),
      rooms: base.rooms.map((r, i) => ({ ...r, unavailable: i % 2 === 0 ? [1, 2, 8] : [] })),
      fixed: [{ offeringId: base.offerings[2].id, meetingIndex: 0, roomId: base.rooms[0].id }],
      weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
    };
    const model = compileModel(input);
    expect(SingleDelta.applies(model)).toBe(true);
    const state = new State(model);
    const rng = new Rng(22);
    construct(state, rng, 1000);
    scrambleAnywhere(model, state, rng, 3000);
    expect(state.meetHard).toBeGreaterThan(0);
    const delta = new SingleDelta(state);
    const W = 100;
    for (let i = 0; i < 3000; i++) {
      const m = rng.int(model.nMeet);
      const before = state.objective(W);
      const s = rng.int(model.slots);
      const r = rng.int(model.nRoom);
      if (s === state.meetSlot[m] && r === state.meetRoom[m]) continue;
      const predicted = delta.move(m, s, r, W);
      state.unplace(m);
      state.place(m, s, r);
      state.flush();
      expect(state.objective(W) - before).toBeCloseTo(predicted, 9);
    }
    expectMatchesEvaluate(input, model, state);
  });
});
