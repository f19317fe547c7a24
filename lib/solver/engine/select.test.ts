import { describe, expect, it } from "vitest";
import type { SolverInput } from "../types";
import { construct } from "./construct";
import { compileModel } from "./model";
import { Rng } from "./rng";
import { meetingSoftCost } from "./select";
import { State } from "./state";
import { MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

function itcShaped(weights: Partial<SolverInput["weights"]>): SolverInput {
  const base = syntheticInstance(8, MEDIUM_SIZE);
  return {
    ...base,
    breakAfter: base.breakAfter.map(() => false),
    offerings: base.offerings.map((o) => ({ ...o, length: 1, roomType: null })),
    fixed: [],
    weights: { roomCapacity: 0, minDays: 0, isolated: 0, gaps: 0, roomStability: 0, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0, ...weights },
  };
}

describe("meetingSoftCost (cost-directed selection)", () => {
  it("splits isolated lectures and room capacity exactly over the meetings that carry them", () => {
    const model = compileModel(itcShaped({ roomCapacity: 1, isolated: 2 }));
    const state = new State(model);
    const rng = new Rng(5);
    construct(state, rng, 1000);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 500; i++) {
        const m = rng.int(model.nMeet);
        const o = model.meetOff[m];
        if (state.meetSlot[m] < 0) continue;
        const s = model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
        const r = model.offRoomList[model.offRoomStart[o] + rng.int(model.offRoomStart[o + 1] - model.offRoomStart[o])];
        state.unplace(m);
        state.place(m, s, r);
      }
      state.flush();
      let sum = 0;
      for (let m = 0; m < model.nMeet; m++) if (state.meetSlot[m] >= 0) sum += meetingSoftCost(state, m);
      expect(sum).toBeCloseTo(state.soft, 9);
    }
  });

  it("charges min-days and room stability only to meetings whose move can remove them", () => {
    const model = compileModel(itcShaped({ minDays: 5, roomStability: 1 }));
    const state = new State(model);
    construct(state, new Rng(6), 1000);
    for (let m = 0; m < model.nMeet; m++) {
      if (state.meetSlot[m] < 0) continue;
      const o = model.meetOff[m];
      const d = Math.floor(state.meetSlot[m] / model.periods);
      const short = state.offDays[o] < model.offMinDays[o] && state.offDayCount[o * model.days + d] > 1;
      const lone = state.offRooms[o] > 1 && state.offRoomCount[o * model.nRoom + state.meetRoom[m]] === 1;
      expect(meetingSoftCost(state, m)).toBe((short ? 5 : 0) + (lone ? 1 : 0));
    }
  });
});
