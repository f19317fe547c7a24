import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileModel } from "./engine/model";
import { placementsOf } from "./engine/positions";
import { search } from "./engine/search";
import { MEDIUM_SIZE, syntheticInstance, UNIVERSITY_SIZE } from "./engine/synthetic-instance";
import { evaluate } from "./evaluate";
import { solve } from "./solve";
import { faculty, group, offering, room, tinyInput } from "./test-input";
import type { Placement, SolverInput } from "./types";
import { ITC_DIR } from "../formats/itc2007/test-instances";

const ITC_COMP01 = path.join(ITC_DIR, "comp01.ctt");

/** 5 days x 4 periods, break after period 1; two batches sharing two teachers. */
function toyInput(): SolverInput {
  return tinyInput({
    days: 5,
    periodsPerDay: 4,
    breakAfter: [false, true, false, false],
    rooms: [room("R1"), room("R2"), room("LAB1", { type: "LAB" })],
    faculty: [faculty("F1"), faculty("F2"), faculty("F3")],
    offerings: [
      offering("A", { facultyId: "F1", meetings: 3, minDays: 3 }),
      offering("B", { facultyId: "F2", meetings: 3, minDays: 3 }),
      offering("C", { facultyId: "F1", meetings: 2, minDays: 2 }),
      offering("D", { facultyId: "F2", meetings: 2, minDays: 2 }),
      offering("LABX", { facultyId: "F3", meetings: 2, length: 2, roomType: "LAB" }),
      offering("LABY", { facultyId: "F3", meetings: 2, length: 2, roomType: "LAB" }),
    ],
    groups: [group("G1", ["A", "B", "LABX"]), group("G2", ["C", "D", "LABY"])],
    weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 1, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
  });
}

const sortPlacements = (ps: Placement[]) => [...ps].sort((a, b) => (a.offeringId + a.meetingIndex).localeCompare(b.offeringId + b.meetingIndex));

describe("solve()", () => {
  it("reaches hard = 0 on a feasible toy problem and reports every meeting", async () => {
    const input = toyInput();
    const result = await solve(input, { timeLimitMs: 2000, seed: 1, maxIterations: 200_000 });
    expect(result.status).toBe("feasible");
    expect(result.hard).toBe(0);
    expect(result.placements).toHaveLength(14);
    expect(result.blockers).toEqual([]);
    expect(result.soft).toBe(evaluate(input, result.placements).soft);
  });

  it("never lets a 2-period lab cross the break", async () => {
    // Labs of length 2 may only start at period 0 or 2 (break after period 1, day ends after 3).
    const result = await solve(toyInput(), { timeLimitMs: 2000, seed: 4, maxIterations: 100_000 });
    const labs = result.placements.filter((p) => p.length === 2);
    expect(labs).toHaveLength(4);
    for (const lab of labs) expect([0, 2]).toContain(lab.period);
  });

  it("keeps fixed meetings exactly where they are pinned", async () => {
    const input = toyInput();
    input.fixed = [
      { offeringId: "A", meetingIndex: 1, day: 4, period: 3, roomId: "R2" },
      { offeringId: "LABY", day: 2, period: 2 },
    ];
    const result = await solve(input, { timeLimitMs: 2000, seed: 2, maxIterations: 100_000 });
    expect(result.hard).toBe(0);
    const a1 = result.placements.find((p) => p.offeringId === "A" && p.meetingIndex === 1);
    expect(a1).toMatchObject({ day: 4, period: 3, roomId: "R2" });
    const laby0 = result.placements.find((p) => p.offeringId === "LABY" && p.meetingIndex === 0);
    expect(laby0).toMatchObject({ day: 2, period: 2 });
  });

  it("with an irreducible clash between two pins, still places everything else clash-free and says why", async () => {
    const input = toyInput();
    // A and C are both taught by F1: pinning both to Monday 09:00 is a clash no search can remove.
    input.fixed = [
      { offeringId: "A", meetingIndex: 0, day: 0, period: 0 },
      { offeringId: "C", meetingIndex: 0, day: 0, period: 0 },
    ];
    const result = await solve(input, { timeLimitMs: 5000, seed: 5, maxIterations: 100_000 });
    expect(result.status).toBe("infeasible");
    expect(result.hard).toBe(1);
    expect(result.hardBreakdown.facultyClash).toBe(1);
    expect(result.placements).toHaveLength(14);
    expect(result.blockers.length).toBeGreaterThan(0);
  });

  it("respects a faculty daily limit even when the soft preference pulls every meeting onto one day", async () => {
    // F1 prefers Monday only (weight 10 per period elsewhere) but may teach at most 2 periods a day,
    // so exactly 2 of the 4 meetings must go to Tuesday.
    const mondaySlots = [0, 1, 2, 3, 4, 5];
    const input = tinyInput({
      days: 2,
      periodsPerDay: 6,
      breakAfter: new Array(6).fill(false),
      rooms: [room("R1"), room("R2")],
      faculty: [faculty("F1", { maxPeriodsPerDay: 2, preferred: mondaySlots })],
      offerings: [offering("A", { facultyId: "F1", meetings: 2 }), offering("B", { facultyId: "F1", meetings: 2 })],
      weights: { ...tinyInput().weights, facultyPreference: 10 },
    });
    const result = await solve(input, { timeLimitMs: 2000, seed: 3, maxIterations: 50_000 });
    expect(result.hard).toBe(0);
    expect(result.hardBreakdown.facultyMaxPerDay).toBe(0);
    for (const day of [0, 1]) expect(result.placements.filter((p) => p.day === day)).toHaveLength(2);
    expect(result.soft).toBe(20);
  });

  it("reaches hard = 0 well within 10 s on a university-size instance (about 300 offerings with labs)", async () => {
    const input = syntheticInstance(3, UNIVERSITY_SIZE);
    expect(input.offerings.length).toBeGreaterThan(250);
    const started = performance.now();
    const result = await solve(input, { timeLimitMs: 10_000, seed: 1, maxIterations: 300_000 });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.hard).toBe(0);
    expect(result.status).toBe("feasible");
  });

  it("is deterministic for the same seed and maxIterations", async () => {
    const input = syntheticInstance(5, MEDIUM_SIZE);
    const options = { timeLimitMs: 30_000, seed: 42, maxIterations: 150_000 };
    const a = await solve(input, options);
    const b = await solve(input, options);
    expect(sortPlacements(b.placements)).toEqual(sortPlacements(a.placements));
    expect(b.soft).toBe(a.soft);
    const c = await solve(input, { ...options, seed: 43 });
    expect(sortPlacements(c.placements)).not.toEqual(sortPlacements(a.placements));
  });

  it("stops within 200 ms of an abort and still returns the best timetable", async () => {
    const input = syntheticInstance(6, MEDIUM_SIZE);
    const controller = new AbortController();
    const started = performance.now();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 300);
    const result = await solve(input, { timeLimitMs: 20_000, seed: 1, signal: controller.signal });
    const stoppedAt = performance.now();
    expect(result.aborted).toBe(true);
    expect(abortedAt).toBeGreaterThan(started);
    expect(stoppedAt - abortedAt).toBeLessThan(200);
    expect(result.placements.length).toBeGreaterThan(0);
  });

  it("reports progress while searching", async () => {
    const seen: string[] = [];
    await solve(syntheticInstance(8, MEDIUM_SIZE), { timeLimitMs: 1200, seed: 1, onProgress: (p) => seen.push(p.phase) });
    expect(seen[0]).toBe("checking");
    expect(seen).toContain("optimising");
    expect(seen.at(-1)).toBe("done");
  });
});

describe("engine cost after search equals evaluate()", () => {
  const expectEngineMatches = async (input: SolverInput, maxIterations: number) => {
    const model = compileModel(input);
    const outcome = await search(model, { timeLimitMs: 60_000, seed: 7, maxIterations, startedAt: performance.now() });
    const placements = placementsOf(model, outcome.bestSlot, outcome.bestRoom);
    const scored = evaluate(input, placements);
    expect(outcome.state.soft).toBeCloseTo(scored.soft, 6);
    expect(outcome.bestSoft).toBeCloseTo(scored.soft, 6);
    expect(outcome.state.clash + outcome.state.overDay).toBe(
      scored.hardBreakdown.facultyClash + scored.hardBreakdown.groupClash + scored.hardBreakdown.roomClash + scored.hardBreakdown.facultyMaxPerDay,
    );
    // Every hard constraint, including those the search skips counting from a clean start (State.countAll).
    expect(outcome.state.hard).toBe(scored.hard);
  };

  it("on single-period meetings with closed rooms and pins (Kempe chains on, rooms following their meetings)", async () => {
    const base = syntheticInstance(13, MEDIUM_SIZE);
    const input: SolverInput = {
      ...base,
      breakAfter: base.breakAfter.map(() => false),
      offerings: base.offerings.map((o) => ({ ...o, length: 1 })),
      rooms: base.rooms.map((r, i) => ({ ...r, unavailable: i % 2 === 0 ? [0, 1, 2, 3, 7, 8] : [] })),
      faculty: base.faculty.map((f) => ({ ...f, maxPeriodsPerWeek: 3 })),
      weights: { ...base.weights, gaps: 0, dailyBalance: 0, backToBack: 0, facultyPreference: 0, edgePeriods: 0 },
    };
    await expectEngineMatches(input, 200_000);
  });

  it("on a random medium instance", async () => {
    await expectEngineMatches(syntheticInstance(12, MEDIUM_SIZE), 300_000);
  });

  it("on ITC-2007 comp01", async () => {
    const { parseCtt } = await import("../formats/itc2007/parse-ctt");
    const { toSolverInput } = await import("../formats/itc2007/to-solver-input");
    const input = toSolverInput(parseCtt(readFileSync(ITC_COMP01, "utf8")));
    await expectEngineMatches(input, 300_000);
  });
});
