/**
 * The engine's incremental change cost agrees with the from-scratch evaluateChange(): after any
 * sequence of moves, State.soft === evaluate().soft + evaluateChange().cost.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHANGE_WEIGHTS, evaluateChange } from "../change-cost";
import { evaluate } from "../evaluate";
import { solve } from "../solve";
import { compileChangeCost } from "./change-cost";
import { construct } from "./construct";
import { compileModel, type Model } from "./model";
import { placementsOf, positionsOf } from "./positions";
import { Rng } from "./rng";
import { State } from "./state";
import { MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

const placementsOfState = (model: Model, state: State) => placementsOf(model, state.meetSlot, state.meetRoom);

describe("change cost: engine vs evaluateChange()", () => {
  it.each([1, 2, 3])("agrees after random moves (seed %i)", async (seed) => {
    const input = syntheticInstance(40 + seed, MEDIUM_SIZE);
    const reference = (await solve(input, { timeLimitMs: 10_000, seed, maxIterations: 20_000 })).placements;
    const weights = seed === 2 ? { ...DEFAULT_CHANGE_WEIGHTS, roomChangedPerMeeting: 0, roomChangedPerPerson: 0 } : DEFAULT_CHANGE_WEIGHTS;
    const model = compileModel(input);
    compileChangeCost(model, { reference, weights });
    const state = new State(model);
    const rng = new Rng(seed);
    construct(state, rng, 1000, positionsOf(model, reference).positions);
    const expectAgreement = () => {
      const placements = placementsOfState(model, state);
      const change = evaluateChange(input, { reference, weights }, placements);
      expect(state.soft).toBeCloseTo(evaluate(input, placements).soft + change.cost, 6);
      return change;
    };
    expect(expectAgreement()).toEqual({ moved: 0, roomChanged: 0, cost: 0 });

    let sawMove = false;
    let sawRoomOnly = false;
    for (let i = 0; i < 400; i++) {
      const m = rng.int(model.nMeet);
      if (state.meetSlot[m] < 0 || model.meetPinSlot[m] >= 0) continue;
      const o = model.meetOff[m];
      const roomOnly = rng.next() < 0.3;
      const s = roomOnly ? state.meetSlot[m] : model.offSlotList[model.offSlotStart[o] + rng.int(model.offSlotStart[o + 1] - model.offSlotStart[o])];
      const r = model.offRoomList[model.offRoomStart[o] + rng.int(model.offRoomStart[o + 1] - model.offRoomStart[o])];
      if (model.roomFreeRun[r * model.slots + s] < model.offLen[o]) continue;
      state.unplace(m);
      state.place(m, s, r);
      if (i % 3 === 0) state.flush();
      if (i % 50 === 0) {
        state.flush();
        const change = expectAgreement();
        sawMove ||= change.moved > 0;
        sawRoomOnly ||= change.roomChanged > 0;
      }
    }
    state.flush();
    expectAgreement();
    expect(sawMove).toBe(true);
    if (seed !== 2) expect(sawRoomOnly).toBe(true);
  });
});
