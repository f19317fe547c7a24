/**
 * solve() starting from given placements (an existing timetable) with per-meeting pins: the
 * contract the editor and the repair build on.
 */
import { describe, expect, it } from "vitest";
import { loadInstance, HAVE_ITC } from "../formats/itc2007/test-instances";
import { toSolverInput } from "../formats/itc2007/to-solver-input";
import { MEDIUM_SIZE, syntheticInstance } from "./engine/synthetic-instance";
import { evaluate } from "./evaluate";
import { solve } from "./solve";
import type { Placement, SolverInput } from "./types";

const key = (p: Placement) => `${p.offeringId}#${p.meetingIndex}`;
const sorted = (ps: Placement[]) => [...ps].sort((a, b) => key(a).localeCompare(key(b)));

/** Moves meetings onto positions that break one-meeting rules: blocked times, closed or wrong rooms. */
function handPlacedViolations(input: SolverInput, placements: Placement[]): Placement[] {
  const lab = input.rooms.find((r) => r.type === "LAB")!;
  const lecture = input.rooms.find((r) => r.type === "LECTURE")!;
  return placements.map((p, i) => {
    const offering = input.offerings.find((o) => o.id === p.offeringId)!;
    if (i % 4 === 0) return { ...p, roomId: offering.roomType === "LAB" ? lecture.id : lab.id };
    const faculty = input.faculty.find((f) => f.id === offering.facultyId);
    const blocked = faculty?.unavailable.find((s) => s % input.periodsPerDay === p.period);
    if (i % 4 === 1 && blocked !== undefined) return { ...p, day: Math.floor(blocked / input.periodsPerDay) };
    return p;
  });
}

describe("solve() from given placements", () => {
  it("returns the given timetable unchanged when it has no budget to search", async () => {
    const input = syntheticInstance(21, MEDIUM_SIZE);
    const first = await solve(input, { timeLimitMs: 10_000, seed: 1, maxIterations: 50_000 });
    const again = await solve(input, { timeLimitMs: 10_000, seed: 9, maxIterations: 0, initial: first.placements });
    expect(sorted(again.placements)).toEqual(sorted(first.placements));
    expect(again.soft).toBe(first.soft);
  });

  it("moves hand-placed meetings out of blocked cells, closed and wrong rooms", async () => {
    const input = syntheticInstance(22, MEDIUM_SIZE);
    const first = await solve(input, { timeLimitMs: 10_000, seed: 1, maxIterations: 100_000 });
    expect(first.hard).toBe(0);
    const start = handPlacedViolations(input, first.placements);
    const scoredStart = evaluate(input, start);
    expect(scoredStart.hardBreakdown.roomType).toBeGreaterThan(5);
    expect(scoredStart.hardBreakdown.facultyUnavailable).toBeGreaterThan(0);
    const repaired = await solve(input, { timeLimitMs: 20_000, seed: 2, maxIterations: 200_000, initial: start });
    expect(repaired.hardBreakdown).toEqual(zeroHard(repaired));
    expect(repaired.hard).toBe(0);
  });

  it("keeps time pins, room pins and room-only pins, over the starting placements", async () => {
    const input = syntheticInstance(23, MEDIUM_SIZE);
    const first = await solve(input, { timeLimitMs: 10_000, seed: 1, maxIterations: 50_000 });
    const lectures = first.placements.filter((p) => p.length === 1);
    const lectureRooms = input.rooms.filter((r) => r.type === "LECTURE").map((r) => r.id);
    // Room-only pins to a room the meeting is NOT in at the start: the search must move it there.
    const roomOnly = lectures.slice(0, 6).map((p, i) => ({ offeringId: p.offeringId, meetingIndex: p.meetingIndex, roomId: lectureRooms.filter((r) => r !== p.roomId)[i % 3] }));
    const timed = lectures[10];
    const pinnedTime = { offeringId: timed.offeringId, meetingIndex: timed.meetingIndex, day: (timed.day + 1) % input.days, period: timed.period };
    const pinned: SolverInput = { ...input, fixed: [...roomOnly, pinnedTime] };
    const result = await solve(pinned, { timeLimitMs: 20_000, seed: 3, maxIterations: 150_000, initial: first.placements });
    const at = new Map(result.placements.map((p) => [key(p), p]));
    for (const pin of roomOnly) expect(at.get(key({ ...pin } as Placement))?.roomId).toBe(pin.roomId);
    expect(at.get(key(pinnedTime as Placement))).toMatchObject({ day: pinnedTime.day, period: pinnedTime.period });
    expect(result.hardBreakdown.fixedSlot).toBe(0);
    expect(result.hard).toBe(evaluate(pinned, result.placements).hard);
  });

  it.runIf(HAVE_ITC)("on ITC-2007 comp01, leaves the course-unavailable periods it starts in (the single-period delta path)", async () => {
    const input = toSolverInput(loadInstance("comp01"));
    const first = await solve(input, { timeLimitMs: 20_000, seed: 1, maxIterations: 100_000 });
    const blockedStart = first.placements.map((p) => {
      const offering = input.offerings.find((o) => o.id === p.offeringId)!;
      const s = offering.unavailable[p.meetingIndex % Math.max(1, offering.unavailable.length)];
      return s === undefined ? p : { ...p, day: Math.floor(s / input.periodsPerDay), period: s % input.periodsPerDay };
    });
    expect(evaluate(input, blockedStart).hardBreakdown.offeringUnavailable).toBeGreaterThan(20);
    const repaired = await solve(input, { timeLimitMs: 20_000, seed: 2, maxIterations: 300_000, initial: blockedStart });
    expect(repaired.hardBreakdown.offeringUnavailable).toBe(0);
    expect(repaired.hard).toBe(0);
  });
});

function zeroHard(result: { hardBreakdown: Record<string, number> }): Record<string, number> {
  return Object.fromEntries(Object.keys(result.hardBreakdown).map((k) => [k, 0]));
}
