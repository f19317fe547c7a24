/**
 * repair(): valid under the changed data, with few moves; nothing to repair means no change.
 */
import { describe, expect, it } from "vitest";
import { evaluateChange } from "./change-cost";
import { MEDIUM_SIZE, syntheticInstance } from "./engine/synthetic-instance";
import { evaluate } from "./evaluate";
import { changeWeightsFor, repair } from "./repair";
import { solve } from "./solve";
import type { Placement, SolverInput } from "./types";

const key = (p: Placement) => `${p.offeringId}#${p.meetingIndex}`;
const sorted = (ps: Placement[]) => [...ps].sort((a, b) => key(a).localeCompare(key(b)));

async function published(seed: number): Promise<{ input: SolverInput; placements: Placement[] }> {
  const input = syntheticInstance(seed, MEDIUM_SIZE);
  const result = await solve(input, { timeLimitMs: 20_000, seed, maxIterations: 150_000 });
  expect(result.hard).toBe(0);
  return { input, placements: result.placements };
}

/** The busiest teacher becomes unavailable on day 0: every meeting of theirs on day 0 is invalidated. */
function teacherOffOnDay0(input: SolverInput, placements: Placement[]): { input: SolverInput; invalidated: number } {
  const count = new Map<string, number>();
  const facultyOf = new Map(input.offerings.map((o) => [o.id, o.facultyId]));
  for (const p of placements) if (p.day === 0 && facultyOf.get(p.offeringId)) count.set(facultyOf.get(p.offeringId)!, (count.get(facultyOf.get(p.offeringId)!) ?? 0) + 1);
  const [facultyId, invalidated] = [...count].sort((a, b) => b[1] - a[1])[0];
  const day0 = Array.from({ length: input.periodsPerDay }, (_, p) => p);
  const faculty = input.faculty.map((f) => (f.id === facultyId ? { ...f, unavailable: [...new Set([...f.unavailable, ...day0])] } : f));
  return { input: { ...input, faculty }, invalidated };
}

describe("repair()", () => {
  it("returns a valid timetable unchanged", async () => {
    const { input, placements } = await published(31);
    const result = await repair(input, placements, { keep: "time-and-room", timeLimitMs: 10_000, seed: 1 });
    expect(sorted(result.placements)).toEqual(sorted(placements));
    expect(result.change).toEqual({ moved: 0, roomChanged: 0, cost: 0 });
    expect(result.soft).toBe(evaluate(input, placements).soft);
  });

  it("moves only a few meetings when a teacher becomes unavailable for a day, where a new solve moves most", async () => {
    const { input: before, placements } = await published(32);
    const { input, invalidated } = teacherOffOnDay0(before, placements);
    expect(evaluate(input, placements).hardBreakdown.facultyUnavailable).toBeGreaterThan(0);
    const repaired = await repair(input, placements, { keep: "time-and-room", timeLimitMs: 20_000, seed: 2, maxIterations: 100_000 });
    expect(repaired.hard).toBe(0);
    expect(repaired.change!.moved).toBeGreaterThanOrEqual(invalidated);
    expect(repaired.change!.moved).toBeLessThanOrEqual(3 * invalidated);
    const fresh = await solve(input, { timeLimitMs: 20_000, seed: 2, maxIterations: 100_000 });
    const freshMoves = evaluateChange(input, { reference: placements, weights: changeWeightsFor("time") }, fresh.placements).moved;
    expect(repaired.change!.moved * 5).toBeLessThan(freshMoves);
  });

  it("places the meetings of a new offering and keeps the pins", async () => {
    const { input: before, placements } = await published(33);
    const template = before.offerings.find((o) => o.length === 1 && o.facultyId !== null)!;
    const added = { ...template, id: "NEW", name: "New elective", meetings: 2 };
    const pinned = placements.filter((p) => p.length === 1).slice(0, 5);
    const input: SolverInput = {
      ...before,
      offerings: [...before.offerings, added],
      groups: before.groups.map((g) => (g.offeringIds.includes(template.id) ? { ...g, offeringIds: [...g.offeringIds, "NEW"] } : g)),
      fixed: [...before.fixed, ...pinned.map((p) => ({ offeringId: p.offeringId, meetingIndex: p.meetingIndex, day: p.day, period: p.period, roomId: p.roomId }))],
    };
    expect(evaluate(input, placements).hardBreakdown.unplaced).toBe(2);
    const repaired = await repair(input, placements, { keep: "time", timeLimitMs: 20_000, seed: 3, maxIterations: 100_000 });
    expect(repaired.hard).toBe(0);
    expect(repaired.placements.filter((p) => p.offeringId === "NEW")).toHaveLength(2);
    const at = new Map(repaired.placements.map((p) => [key(p), p]));
    for (const pin of pinned) expect(at.get(key(pin))).toEqual(pin);
    expect(repaired.change!.moved).toBeLessThanOrEqual(6);
  });
});
