import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { Annealer, DEFAULT_PARAMS } from "./anneal";
import { construct } from "./construct";
import { compileModel } from "./model";
import { placementsOf } from "./positions";
import { Rng } from "./rng";
import { RuinRecreate } from "./ruin-recreate";
import { State } from "./state";
import { itcShapedInstance, MEDIUM_SIZE, syntheticInstance } from "./synthetic-instance";

const W = 1000;

function setUp(input: ReturnType<typeof itcShapedInstance>, seed: number) {
  const model = compileModel(input);
  const state = new State(model);
  const rng = new Rng(seed);
  construct(state, rng, W);
  // What search() passes: the annealer's rule for a meeting whose slot may change.
  const { slotMovable } = new Annealer(state, rng, { ...DEFAULT_PARAMS, hardWeight: W });
  return { model, state, rng, ruin: new RuinRecreate(state, rng, W, slotMovable) };
}

describe("RuinRecreate", () => {
  it("keeps the incremental totals equal to evaluate(), and a step it does not keep leaves every meeting where it was", () => {
    const input = itcShapedInstance(21, MEDIUM_SIZE);
    const { model, state, ruin } = setUp(input, 3);
    let rejected = 0;
    for (let i = 0; i < 400; i++) {
      const slots = Array.from(state.meetSlot).join(",");
      const rooms = Array.from(state.meetRoom).join(",");
      const objective = state.objective(W);
      // Cold steps are kept only when they do not worsen the objective; hot ones almost always.
      const t = i % 2 === 0 ? 0.01 : 5;
      if (ruin.step(t)) {
        if (t === 0.01) expect(state.objective(W)).toBeLessThanOrEqual(objective + 1e-9);
        continue;
      }
      rejected++;
      expect(Array.from(state.meetSlot).join(",")).toBe(slots);
      expect(Array.from(state.meetRoom).join(",")).toBe(rooms);
      expect(state.objective(W)).toBeCloseTo(objective, 9);
    }
    expect(ruin.tried).toBeGreaterThan(300);
    expect(ruin.kept).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(20);
    const scored = evaluate(input, placementsOf(model, state.meetSlot, state.meetRoom));
    expect(state.hard).toBe(scored.hard);
    expect(state.soft).toBeCloseTo(scored.soft, 9);
  });

  it("lowers a freshly constructed timetable's cost when only improvements are kept", () => {
    const input = itcShapedInstance(22, MEDIUM_SIZE);
    const { state, ruin } = setUp(input, 4);
    const start = state.objective(W);
    for (let i = 0; i < 300; i++) ruin.step(1e-6);
    expect(state.objective(W)).toBeLessThan(start);
  });

  it("with labs and pins: never moves a pinned meeting, keeps room-only pins in their room, and the totals stay equal to evaluate()", () => {
    const base = syntheticInstance(13, MEDIUM_SIZE); // labs of 2-3 periods, breaks, pins, every weight on
    // Room-only pins (time free, room fixed) on a few single-period meetings, to the room the
    // construction would pick for them or not: the ruin may move them in time only.
    const lectureRooms = base.rooms.filter((r) => r.type === "LECTURE").map((r) => r.id);
    const roomOnly = base.offerings
      .filter((o) => o.length === 1 && o.roomType === "LECTURE" && !base.fixed.some((f) => f.offeringId === o.id))
      .slice(0, 8)
      .map((o, i) => ({ offeringId: o.id, meetingIndex: 0, roomId: lectureRooms[i % lectureRooms.length] }));
    expect(roomOnly.length).toBe(8);
    const input = { ...base, fixed: [...base.fixed, ...roomOnly] };
    const { model, state, ruin } = setUp(input, 5);
    const roomPinned = Array.from({ length: model.nMeet }, (_, m) => m).filter((m) => model.meetPinSlot[m] < 0 && model.meetPinRoom[m] >= 0);
    expect(roomPinned.length).toBe(8);
    const roomPinnedSlots = roomPinned.map((m) => state.meetSlot[m]);
    expect(model.maxLen).toBeGreaterThan(1);
    const pinned = Array.from({ length: model.nMeet }, (_, m) => m).filter((m) => model.meetPinSlot[m] >= 0 && state.meetSlot[m] >= 0);
    expect(pinned.length).toBeGreaterThan(0);
    const pinnedAt = pinned.map((m) => state.meetSlot[m]);
    // As in search(): a clean start stops counting single-meeting rules, broken pins included, so
    // only the ruin's own rule can keep a pinned meeting in place.
    expect(state.meetHard).toBe(0);
    state.countAll = false;
    for (let i = 0; i < 200; i++) ruin.step(i % 3 === 0 ? 3 : 0.05);
    expect(ruin.kept).toBeGreaterThan(10);
    expect(pinned.map((m) => state.meetSlot[m])).toEqual(pinnedAt);
    expect(roomPinned.map((m) => state.meetRoom[m])).toEqual(roomPinned.map((m) => model.meetPinRoom[m]));
    expect(roomPinned.some((m, i) => state.meetSlot[m] !== roomPinnedSlots[i])).toBe(true); // moved in time
    const scored = evaluate(input, placementsOf(model, state.meetSlot, state.meetRoom));
    expect(state.hard).toBe(scored.hard);
    expect(state.soft).toBeCloseTo(scored.soft, 6);
  });
});
