import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { faculty, offering, room, tinyInput, ZERO_WEIGHTS } from "../test-input";
import type { SolverInput } from "../types";
import { construct } from "./construct";
import { compileModel, type Model } from "./model";
import { placementsOf } from "./positions";
import { Rng } from "./rng";
import { polishRooms } from "./room-pass";
import { State } from "./state";
import { itcShapedInstance, MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

const HARD_WEIGHT = 1e6;

const placementsOfState = (model: Model, state: State) => placementsOf(model, state.meetSlot, state.meetRoom);

/** Places meeting i of each listed offering at (slot, room index). */
function stateWith(input: SolverInput, layout: [offeringIndex: number, slot: number, room: number][]): { model: Model; state: State } {
  const model = compileModel(input);
  const state = new State(model);
  const next = new Map<number, number>();
  for (const [o, s, r] of layout) {
    const k = next.get(o) ?? 0;
    next.set(o, k + 1);
    state.place(model.offFirstMeet[o] + k, s, r);
  }
  state.flush();
  return { model, state };
}

describe("polishRooms", () => {
  it("moves two offerings that share two rooms crosswise each into one room, and never into a room of the wrong type", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2"), room("LAB", { type: "LAB" })],
      faculty: [faculty("F1"), faculty("F2")],
      offerings: [offering("A", { facultyId: "F1", meetings: 2 }), offering("B", { facultyId: "F2", meetings: 2 })],
      weights: { ...ZERO_WEIGHTS, roomStability: 1 },
    });
    // A: slot 0 in R1, slot 1 in R2; B: slot 0 in R2, slot 1 in R1. Two rooms each: stability costs 2.
    const { model, state } = stateWith(input, [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]);
    expect(state.soft).toBe(2);
    expect(polishRooms(state, HARD_WEIGHT)).toBeGreaterThan(0);
    const scored = evaluate(input, placementsOfState(model, state));
    expect(scored.hard).toBe(0);
    expect(scored.soft).toBe(0);
    expect(state.soft).toBe(0);
    const roomsOf = (id: string) => new Set(placementsOfState(model, state).filter((p) => p.offeringId === id).map((p) => p.roomId));
    expect(roomsOf("A").size).toBe(1);
    expect(roomsOf("B").size).toBe(1);
    expect([...roomsOf("A"), ...roomsOf("B")]).not.toContain("LAB");
  });

  it("swaps labs between rooms only where a lab holds exactly the same periods", () => {
    const lab = (id: string, f: string) => offering(id, { facultyId: f, meetings: 2, length: 2, roomType: "LAB" });
    const input = tinyInput({
      rooms: [room("L1", { type: "LAB" }), room("L2", { type: "LAB" })],
      faculty: [faculty("F1"), faculty("F2")],
      offerings: [lab("LA", "F1"), lab("LB", "F2")],
      weights: { ...ZERO_WEIGHTS, roomStability: 1 },
    });
    // Same periods crosswise (slots 0-1 and 4-5): both labs end in one room each.
    const aligned = stateWith(input, [[0, 0, 0], [0, 4, 1], [1, 0, 1], [1, 4, 0]]);
    expect(polishRooms(aligned.state, HARD_WEIGHT)).toBeGreaterThan(0);
    expect(evaluate(input, placementsOfState(aligned.model, aligned.state))).toMatchObject({ hard: 0, soft: 0 });
    // LB one period later (slots 1-2 and 5-6): no swap frees a whole lab's periods, so nothing moves.
    const shifted = stateWith(input, [[0, 0, 0], [0, 4, 1], [1, 1, 1], [1, 5, 0]]);
    expect(polishRooms(shifted.state, HARD_WEIGHT)).toBe(0);
    expect(evaluate(input, placementsOfState(shifted.model, shifted.state))).toMatchObject({ hard: 0, soft: 2 });
  });

  it("leaves a timetable with a hard violation alone", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      offerings: [offering("A", { meetings: 2 }), offering("B", { meetings: 2 })],
      weights: { ...ZERO_WEIGHTS, roomStability: 1 },
    });
    // B's second meeting clashes with A's in R1 at slot 1.
    const { state } = stateWith(input, [[0, 0, 0], [0, 1, 0], [1, 0, 1], [1, 1, 0]]);
    expect(state.hard).toBeGreaterThan(0);
    expect(polishRooms(state, HARD_WEIGHT)).toBe(0);
  });

  it.each([
    ["ITC-shaped instances", itcShapedInstance],
    ["university instances with 2-3 period labs", syntheticInstance],
  ])("on %s never raises the cost, and the incremental cost still equals evaluate()", (_, instance) => {
    let polished = 0;
    for (const seed of [1, 2, 3]) {
      const input = instance(seed, MEDIUM_SIZE);
      const model = compileModel(input);
      const state = new State(model);
      construct(state, new Rng(seed), HARD_WEIGHT);
      if (state.hard > 0) continue; // the pass only polishes clean timetables
      const before = evaluate(input, placementsOfState(model, state)).soft;
      const kept = polishRooms(state, HARD_WEIGHT);
      const after = evaluate(input, placementsOfState(model, state));
      expect(after.hard).toBe(0);
      expect(state.soft).toBeCloseTo(after.soft, 6);
      expect(after.soft).toBeLessThanOrEqual(before);
      if (kept > 0) expect(after.soft).toBeLessThan(before);
      if (kept > 0) polished++;
    }
    expect(polished).toBeGreaterThan(0); // the instances do exercise the pass
  });
});
