import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import type { SolverInput } from "../types";
import { construct } from "./construct";
import { KempeChains } from "./kempe";
import { compileModel } from "./model";
import { placementsOf } from "./positions";
import { Rng } from "./rng";
import { State } from "./state";
import { itcShapedInstance, MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

describe("KempeChains", () => {
  it("never creates a group or teacher clash, and undo restores the exact state", () => {
    const input = itcShapedInstance(13, MEDIUM_SIZE);
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
    expect(state.soft).toBeCloseTo(evaluate(input, placementsOf(model, state.meetSlot, state.meetRoom)).soft, 9);
  });
});

describe("KempeChains with labs (multi-period meetings)", () => {
  it("keeps the incremental totals equal to evaluate() through random lab moves and Kempe exchanges, never adds a group or teacher clash, and undoes exactly", () => {
    const input = syntheticInstance(13, MEDIUM_SIZE); // labs of 2-3 periods, breaks, pins, every weight on
    const model = compileModel(input);
    expect(model.maxLen).toBeGreaterThan(1);
    const state = new State(model);
    const rng = new Rng(5);
    construct(state, rng, 1000);
    const kempe = new KempeChains(state);
    const movable = new Uint8Array(model.nMeet);
    for (let m = 0; m < model.nMeet; m++) movable[m] = state.meetSlot[m] >= 0 && model.meetPinSlot[m] < 0 ? 1 : 0;
    const labs = Array.from({ length: model.nMeet }, (_, m) => m).filter((m) => model.offLen[model.meetOff[m]] > 1 && movable[m]);
    expect(labs.length).toBeGreaterThan(10);
    let labChains = 0;
    for (let i = 0; i < 3000; i++) {
      const m = i % 2 === 0 ? labs[rng.int(labs.length)] : rng.int(model.nMeet);
      const o = model.meetOff[m];
      const t2 = model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
      if (i % 5 === 4) {
        // A plain lab move, as the annealer makes them, between the Kempe exchanges.
        const r = model.offRoomList[model.offRoomStart[o] + rng.int(model.offRoomStart[o + 1] - model.offRoomStart[o])];
        if (!movable[m] || model.roomFreeRun[r * model.slots + t2] < model.offLen[o]) continue;
        state.unplace(m);
        state.place(m, t2, r);
        state.flush();
        continue;
      }
      const slotsBefore = Array.from(state.meetSlot).join(",");
      const roomsBefore = Array.from(state.meetRoom).join(",");
      const softBefore = state.soft;
      const clashesBefore = clashesWithoutRooms(input, model, state);
      if (!kempe.apply(m, t2, movable, rng, 1000)) continue;
      if (model.offLen[o] > 1 && kempe.chainLength > 1) labChains++;
      expect(clashesWithoutRooms(input, model, state)).toBeLessThanOrEqual(clashesBefore);
      if (i % 3 === 0) {
        kempe.undo();
        expect(Array.from(state.meetSlot).join(",")).toBe(slotsBefore);
        expect(Array.from(state.meetRoom).join(",")).toBe(roomsBefore);
        expect(state.soft).toBeCloseTo(softBefore, 9);
      }
      if (i % 97 === 0) expectTotalsMatch(input, model, state);
    }
    expect(labChains).toBeGreaterThan(200);
    expectTotalsMatch(input, model, state);
  });
});

function expectTotalsMatch(input: SolverInput, model: ReturnType<typeof compileModel>, state: State): void {
  const scored = evaluate(input, placementsOf(model, state.meetSlot, state.meetRoom));
  expect(state.soft).toBeCloseTo(scored.soft, 6);
  expect(state.hard).toBe(scored.hard);
}


function clashesWithoutRooms(input: SolverInput, model: ReturnType<typeof compileModel>, state: State): number {
  const b = evaluate(input, placementsOf(model, state.meetSlot, state.meetRoom)).hardBreakdown;
  return b.facultyClash + b.groupClash;
}
