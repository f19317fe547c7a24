// Property test: thousands of random editor operations (moves, room changes, swaps, pins, undo,
// trials) on the demo university and on ITC-2007 comp01 keep the session's incremental hard and
// soft totals and its breakdown equal to a from-scratch evaluate() after every step.
import { describe, expect, it } from "vitest";
import { HAVE_ITC, loadInstance } from "@/lib/formats/itc2007/test-instances";
import { toSolverInput } from "@/lib/formats/itc2007/to-solver-input";
import { DEMO_SEED, generateDemoUniversity } from "@/prisma/seed/demo-university";
import { demoPlacements, demoSolverInput } from "@/prisma/seed/to-solver-input";
import { Rng } from "../engine/rng";
import { evaluate } from "../evaluate";
import type { Placement, SoftConstraint, SolverInput } from "../types";
import { EditSession, type MeetingMove } from "./session";

const STEPS = 2_000;

type Undo = { kind: "moves"; moves: MeetingMove[] } | { kind: "pins"; m: number; time: boolean; room: boolean };

function expectMatchesEvaluate(session: EditSession, step: string): void {
  const scored = evaluate(session.input, session.placements());
  expect(session.hard, `hard after ${step}`).toBe(scored.hard);
  expect(session.soft, `soft after ${step}`).toBeCloseTo(scored.soft, 6);
  const breakdown = session.breakdown();
  expect(breakdown.hard, `hard breakdown after ${step}`).toEqual(scored.hardBreakdown);
  for (const [constraint, cost] of Object.entries(scored.softBreakdown)) {
    expect(breakdown.soft[constraint as SoftConstraint], `${constraint} after ${step}`).toBeCloseTo(cost, 6);
  }
}

/** A random start position for meeting m that the grid allows (any room: wrong types are hard violations to count). */
function randomMove(session: EditSession, rng: Rng, m: number): MeetingMove | null {
  const M = session.model;
  const day = rng.int(M.days);
  const period = rng.int(M.periods);
  const room = rng.int(M.nRoom);
  if (session.layoutProblem(m, day, period, room) !== null) return null;
  return { m, slot: day * M.periods + period, room };
}

function current(session: EditSession, m: number): MeetingMove {
  return { m, slot: session.state.meetSlot[m], room: session.state.meetRoom[m] };
}

function runRandomOperations(session: EditSession, seed: number): void {
  const rng = new Rng(seed);
  const M = session.model;
  const history: Undo[] = [];
  expectMatchesEvaluate(session, "loading");
  for (let step = 0; step < STEPS; step++) {
    const roll = rng.int(100);
    const m = rng.int(M.nMeet);
    let done = "nothing";
    if (roll < 15 && history.length > 0) {
      const undo = history.pop()!;
      if (undo.kind === "moves") session.apply(undo.moves);
      else session.setPins(undo.m, undo.time, undo.room);
      done = "undo";
    } else if (roll < 50) {
      const move = randomMove(session, rng, m);
      if (move) {
        const before = session.isPlaced(m) ? [current(session, m)] : [];
        session.apply([move]);
        if (before.length > 0) history.push({ kind: "moves", moves: before });
        done = "move";
      }
    } else if (roll < 60 && session.isPlaced(m)) {
      const room = rng.int(M.nRoom);
      history.push({ kind: "moves", moves: [current(session, m)] });
      session.apply([{ m, slot: session.state.meetSlot[m], room }]);
      done = "room change";
    } else if (roll < 80) {
      const other = rng.int(M.nMeet);
      if (other !== m && session.isPlaced(m) && session.isPlaced(other)) {
        const a = current(session, m);
        const b = current(session, other);
        const swapRooms = rng.int(2) === 0;
        const moves = [
          { m, slot: b.slot, room: swapRooms ? b.room : a.room },
          { m: other, slot: a.slot, room: swapRooms ? a.room : b.room },
        ];
        const fits = moves.every((mv) => session.layoutProblem(mv.m, Math.floor(mv.slot / M.periods), mv.slot % M.periods, mv.room) === null);
        if (fits) {
          session.apply(moves);
          history.push({ kind: "moves", moves: [a, b] });
          done = "swap";
        }
      }
    } else if (roll < 90) {
      history.push({ kind: "pins", m, time: session.pinTime[m] === 1, room: session.pinRoom[m] === 1 });
      session.setPins(m, rng.int(2) === 0, rng.int(2) === 0);
      done = "pin";
    } else {
      const move = randomMove(session, rng, m);
      if (move) {
        const before = session.totals();
        const predicted = session.trial([move]);
        expect(session.totals(), "a trial leaves the session as it was").toEqual(before);
        const scored = evaluate(session.input, [...session.placements().filter((p) => session.meeting(p.offeringId, p.meetingIndex) !== m || !session.isPlaced(m)), placementAt(session, move)]);
        if (session.isPlaced(m)) {
          expect(predicted.hard, "trial hard").toBe(scored.hard);
          expect(predicted.soft, "trial soft").toBeCloseTo(scored.soft, 6);
        }
        done = "trial";
      }
    }
    expectMatchesEvaluate(session, `step ${step} (${done})`);
  }
}

function placementAt(session: EditSession, move: MeetingMove): Placement {
  const M = session.model;
  const o = M.meetOff[move.m];
  return {
    offeringId: M.input.offerings[o].id,
    meetingIndex: M.meetIndex[move.m],
    day: Math.floor(move.slot / M.periods),
    period: move.slot % M.periods,
    length: M.offLen[o],
    roomId: M.input.rooms[move.room].id,
  };
}

/** Every meeting at a random valid start in a random room of the right type. */
function randomPlacements(input: SolverInput, seed: number): Placement[] {
  const rng = new Rng(seed);
  const rooms = input.rooms;
  return input.offerings.flatMap((o) =>
    Array.from({ length: o.meetings }, (_, meetingIndex) => ({
      offeringId: o.id,
      meetingIndex,
      day: rng.int(input.days),
      period: rng.int(input.periodsPerDay - o.length + 1),
      length: o.length,
      roomId: rooms[rng.int(rooms.length)].id,
    })),
  );
}

describe("EditSession stays equal to evaluate()", () => {
  it(`on the demo university, over ${STEPS} random operations`, () => {
    const university = generateDemoUniversity(DEMO_SEED);
    const mapped = demoSolverInput(university);
    const session = new EditSession(mapped.input, demoPlacements(university, mapped));
    expect(session.model.maxLen, "the demo has multi-period labs").toBeGreaterThan(1);
    expect(session.input.fixed.length, "the demo has term pins").toBeGreaterThan(0);
    runRandomOperations(session, 11);
  }, 300_000);

  it.runIf(HAVE_ITC)(`on ITC-2007 comp01, over ${STEPS} random operations`, () => {
    const input = toSolverInput(loadInstance("comp01"));
    const session = new EditSession(input, randomPlacements(input, 5));
    runRandomOperations(session, 12);
  }, 300_000);

  it("counts stored placements that are no longer meetings of the data, and fixes them when moved", () => {
    const university = generateDemoUniversity(DEMO_SEED);
    const mapped = demoSolverInput(university);
    const placements = demoPlacements(university, mapped);
    const lab = placements.find((p) => p.length > 1)!;
    const stale = placements.map((p) => (p === lab ? { ...p, length: 1 } : p));
    const extra = { ...placements[0], meetingIndex: 99 };
    const session = new EditSession(mapped.input, [...stale, extra]);
    expectMatchesEvaluate(session, "loading stale placements");
    const m = session.meeting(lab.offeringId, lab.meetingIndex);
    expect(session.isPlaced(m)).toBe(false);
    session.apply([{ m, slot: lab.day * session.model.periods + lab.period, room: session.index.room.get(lab.roomId)! }]);
    expect(session.isPlaced(m)).toBe(true);
    expectMatchesEvaluate(session, "moving the stale lab");
  });
});
