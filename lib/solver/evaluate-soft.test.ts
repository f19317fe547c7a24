import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { at, faculty, group, offering, room, tinyInput, ZERO_WEIGHTS } from "./test-input";

const weights = (w: Partial<typeof ZERO_WEIGHTS>) => ({ ...ZERO_WEIGHTS, ...w });

describe("evaluate: soft constraints", () => {
  it("roomCapacity: weight x students over capacity, per meeting", () => {
    const input = tinyInput({
      rooms: [room("LH-101", { capacity: 40 })],
      offerings: [offering("CS301", { size: 45, meetings: 2 })],
      weights: weights({ roomCapacity: 3 }),
    });
    const result = evaluate(input, [at("CS301", 0, 0, 0, "LH-101"), at("CS301", 1, 1, 2, "LH-101")]);
    expect(result.soft).toBe(2 * 3 * 5);
    expect(result.violations[0].message).toBe("CS301 (45 students) is in LH-101 with 40 seats on Mon 09:00: 5 over");
  });

  it("minDays: weight x days short", () => {
    const input = tinyInput({ offerings: [offering("A", { meetings: 3, minDays: 2 })], weights: weights({ minDays: 5 }) });
    expect(evaluate(input, [at("A", 0, 0, 0), at("A", 1, 0, 1), at("A", 2, 0, 2)]).softBreakdown.minDays).toBe(5);
    expect(evaluate(input, [at("A", 0, 0, 0), at("A", 1, 0, 1), at("A", 2, 1, 2)]).soft).toBe(0);
    // Unplaced meetings also leave days short: nothing placed is 2 days short.
    expect(evaluate(input, []).softBreakdown.minDays).toBe(10);
  });

  it("isolated: per meeting with no neighbour of its group on the same day (UD2)", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      groups: [group("CSE-3A", ["CS301", "CS302"])],
      offerings: [offering("CS301", { meetings: 2 }), offering("CS302", { meetings: 2 })],
      weights: weights({ isolated: 2 }),
    });
    // Mon: CS301 at 09:00 and CS302 at 10:00 are adjacent. Tue: CS301 at 09:00 and CS302 at 11:00 are both isolated.
    const result = evaluate(input, [at("CS301", 0, 0, 0), at("CS302", 0, 0, 1), at("CS301", 1, 1, 0), at("CS302", 1, 1, 2)]);
    expect(result.softBreakdown.isolated).toBe(4);
    expect(result.violations.map((v) => v.message)).toEqual([
      "CSE-3A has an isolated class: CS301 on Tue 09:00",
      "CSE-3A has an isolated class: CS302 on Tue 11:00",
    ]);
  });

  it("isolated: a break between two periods makes them non-adjacent; non-compact groups are ignored", () => {
    const offerings = [offering("A"), offering("B")];
    const placements = [at("A", 0, 0, 1), at("B", 0, 0, 2)];
    const withBreak = tinyInput({ breakAfter: [false, true, false, false], groups: [group("G", ["A", "B"])], offerings, weights: weights({ isolated: 1 }) });
    expect(evaluate(withBreak, placements).soft).toBe(2);
    const loose = tinyInput({ breakAfter: [false, true, false, false], groups: [group("G", ["A", "B"], { compact: false })], offerings, weights: weights({ isolated: 1 }) });
    expect(evaluate(loose, placements).soft).toBe(0);
  });

  it("isolated: two clashing meetings alone in their period are both isolated (UD2 counts lectures)", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      groups: [group("G", ["A", "B"])],
      offerings: [offering("A"), offering("B")],
      weights: weights({ isolated: 1 }),
    });
    expect(evaluate(input, [at("A", 0, 0, 1, "R1"), at("B", 0, 0, 1, "R2")]).softBreakdown.isolated).toBe(2);
  });

  it("gaps: weight x empty periods between a compact group's first and last meeting of a day", () => {
    const input = tinyInput({
      groups: [group("G", ["A", "B"])],
      offerings: [offering("A"), offering("B")],
      weights: weights({ gaps: 4 }),
    });
    const result = evaluate(input, [at("A", 0, 0, 0), at("B", 0, 0, 3)]);
    expect(result.soft).toBe(8);
    expect(result.violations[0].message).toBe("G has 2 free period(s) between classes on Mon");
  });

  it("roomStability: weight x (distinct rooms - 1)", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2"), room("R3")],
      offerings: [offering("A", { meetings: 3 })],
      weights: weights({ roomStability: 1 }),
    });
    expect(evaluate(input, [at("A", 0, 0, 0, "R1"), at("A", 1, 0, 1, "R2"), at("A", 2, 1, 0, "R3")]).soft).toBe(2);
    expect(evaluate(input, [at("A", 0, 0, 0, "R1"), at("A", 1, 0, 1, "R1"), at("A", 2, 1, 0, "R1")]).soft).toBe(0);
  });

  it("facultyPreference: per teaching period outside preferred slots; no preferences means no cost", () => {
    const input = tinyInput({
      faculty: [faculty("Dr Rao", { preferred: [0, 1] }), faculty("Dr Iyer")],
      offerings: [offering("L", { facultyId: "Dr Rao", length: 2 }), offering("B", { facultyId: "Dr Iyer" })],
      weights: weights({ facultyPreference: 1 }),
    });
    // Lab on Mon 10:00-11:00: period 1 preferred, period 2 not.
    const result = evaluate(input, [at("L", 0, 0, 1, "R1", 2), at("B", 0, 1, 3)]);
    expect(result.soft).toBe(1);
    expect(result.violations[0].message).toContain("Dr Rao teaches L on Mon 10:00, outside their preferred times");
  });

  it("backToBack: per pair of consecutive meetings, not across a break", () => {
    const f = faculty("Dr Rao", { avoidBackToBack: true });
    const offerings = [offering("A", { facultyId: "Dr Rao" }), offering("B", { facultyId: "Dr Rao" }), offering("C", { facultyId: "Dr Rao" })];
    const placements = [at("A", 0, 0, 0), at("B", 0, 0, 1), at("C", 0, 0, 2)];
    const input = tinyInput({ faculty: [f], offerings, weights: weights({ backToBack: 3 }) });
    expect(evaluate(input, placements).soft).toBe(6); // A-B and B-C
    const withBreak = tinyInput({ faculty: [f], offerings, breakAfter: [true, false, false, false], weights: weights({ backToBack: 3 }) });
    expect(evaluate(withBreak, placements).soft).toBe(3); // only B-C
    const relaxed = tinyInput({ faculty: [{ ...f, avoidBackToBack: false }], offerings, weights: weights({ backToBack: 3 }) });
    expect(evaluate(relaxed, placements).soft).toBe(0);
  });

  it("edgePeriods: per teaching period in an edge period", () => {
    const input = tinyInput({
      edgePeriods: [0, 3],
      offerings: [offering("L", { length: 2, meetings: 2 })],
      weights: weights({ edgePeriods: 2 }),
    });
    expect(evaluate(input, [at("L", 0, 0, 0, "R1", 2), at("L", 1, 1, 1, "R1", 2)]).soft).toBe(2);
    expect(evaluate(input, [at("L", 0, 0, 2, "R1", 2), at("L", 1, 1, 1, "R1", 2)]).soft).toBe(2);
  });

  it("dailyBalance: periods a compact group's day exceeds ceil(weekly load / days)", () => {
    const input = tinyInput({
      groups: [group("G", ["A"])],
      offerings: [offering("A", { meetings: 4 })],
      weights: weights({ dailyBalance: 1 }),
    });
    // Weekly load 4 over 2 days: share 2. Mon 3, Tue 1 costs 1; Mon 4 costs 2.
    expect(evaluate(input, [at("A", 0, 0, 0), at("A", 1, 0, 1), at("A", 2, 0, 2), at("A", 3, 1, 0)]).soft).toBe(1);
    expect(evaluate(input, [at("A", 0, 0, 0), at("A", 1, 0, 1), at("A", 2, 0, 2), at("A", 3, 0, 3)]).soft).toBe(2);
  });

  it("weight 0 switches a constraint off entirely (no cost, no message)", () => {
    const input = tinyInput({ rooms: [room("R1", { capacity: 1 })], offerings: [offering("A", { size: 99 })] });
    const result = evaluate(input, [at("A", 0, 0, 0)]);
    expect(result.soft).toBe(0);
    expect(result.violations).toEqual([]);
  });

  it("soft equals the sum of violation costs and of the breakdown", () => {
    const input = tinyInput({
      rooms: [room("R1", { capacity: 5 }), room("R2")],
      groups: [group("G", ["A", "B"])],
      offerings: [offering("A", { meetings: 2, minDays: 2 }), offering("B", { size: 8 })],
      weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 1, roomStability: 1, facultyPreference: 1, backToBack: 1, edgePeriods: 1, dailyBalance: 1 },
    });
    const result = evaluate(input, [at("A", 0, 0, 0, "R2"), at("A", 1, 0, 3, "R1"), at("B", 0, 1, 2, "R1")]);
    const sumViolations = result.violations.reduce((s, v) => s + v.cost, 0);
    const sumBreakdown = Object.values(result.softBreakdown).reduce((s, v) => s + v, 0);
    expect(result.soft).toBe(sumViolations);
    expect(result.soft).toBe(sumBreakdown);
    // capacity: A in R1 5 over, B in R1 3 over = 8; minDays: A on one day = 5; isolated: 3 meetings x 2 = 6;
    // gaps: Mon 0..3 has 2 empty = 2; roomStability: A in 2 rooms = 1; dailyBalance: load 3 / 2 days -> share 2, no day over = 0.
    expect(result.softBreakdown).toMatchObject({ roomCapacity: 8, minDays: 5, isolated: 6, gaps: 2, roomStability: 1, dailyBalance: 0 });
    expect(result.soft).toBe(22);
  });
});
