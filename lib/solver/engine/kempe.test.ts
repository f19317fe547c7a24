import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import type { Placement, SolverInput } from "../types";
import { construct } from "./construct";
import { KempeChains } from "./kempe";
import { compileModel } from "./model";
import { Rng } from "./rng";
import { State } from "./state";
import { MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

function singlePeriodInput(): SolverInput {
  const base = syntheticInstance(13, MEDIUM_SIZE);
  return {
    ...base,
    breakAfter: base.breakAfter.map(() => false),
    offerings: base.offerings.map((o) => ({ ...o, length: 1, roomType: null })),
    fixed: [],
    weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
  };
}

describe("KempeChains", () => {
  it("never creates a group or teacher clash, and undo restores the exact state", () => {
    const input = singlePeriodInput();
    const model = compileModel(input);
    const state = new State(model);
    const rng = new Rng(2);
    construct(state, rng, 1000);
    const kempe = new KempeChains(state);
    const movable = new Uint8Array(model.nMeet).fill(1);
    let applied = 0;
    for (let i = 0; i < 1200; i++) {
      const m = rng.int(model.nMeet);
      const t2 = rng.int(model.slots);
      const snapshot = Array.from(state.meetSlot).join(",");
      const softBefore = state.soft;
      const teacherAndGroupClashesBefore = clashesWithoutRooms(input, model, state);
      if (!kempe.apply(m, t2, movable, rng, 1000)) continue;
      applied++;
      expect(clashesWithoutRooms(input, model, state)).toBe(teacherAndGroupClashesBefore);
      if (i % 2 === 0) {
        kempe.undo();
        expect(Array.from(state.meetSlot).join(",")).toBe(snapshot);
        expect(state.soft).toBeCloseTo(softBefore, 9);
      }
    }
    expect(applied).toBeGreaterThan(80);
    expect(state.soft).toBeCloseTo(evaluate(input, placements(input, model, state)).soft, 9);
  });
});

function placements(input: SolverInput, model: ReturnType<typeof compileModel>, state: State): Placement[] {
  return Array.from({ length: model.nMeet }, (_, m) => ({
    offeringId: input.offerings[model.meetOff[m]].id,
    meetingIndex: model.meetIndex[m],
    day: Math.floor(state.meetSlot[m] / model.periods),
    period: state.meetSlot[m] % model.periods,
    length: 1,
    roomId: input.rooms[state.meetRoom[m]].id,
  }));
}

function clashesWithoutRooms(input: SolverInput, model: ReturnType<typeof compileModel>, state: State): number {
  const b = evaluate(input, placements(input, model, state)).hardBreakdown;
  return b.facultyClash + b.groupClash;
}
