import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { at, faculty, group, offering, room, tinyInput } from "./test-input";

describe("evaluate: hard constraints", () => {
  it("a clean timetable has no hard violations", () => {
    const input = tinyInput({ offerings: [offering("A", { meetings: 2 })] });
    const result = evaluate(input, [at("A", 0, 0, 0), at("A", 1, 1, 0)]);
    expect(result.hard).toBe(0);
  });

  it("unplaced: counts missing meetings and placements that are not real meetings", () => {
    const input = tinyInput({ offerings: [offering("A", { meetings: 3 }), offering("L", { length: 2 })] });
    // A: 1 of 3 placed (2 missing) + one duplicate index + one index out of range; L: placed over the day's end.
    const result = evaluate(input, [at("A", 0, 0, 0), at("A", 0, 1, 0), at("A", 5, 1, 1), at("L", 0, 0, 3, "R1", 2)]);
    expect(result.hardBreakdown.unplaced).toBe(2 + 1 + 1 + 1 + 1); // missing A x2, dup, out of range, L missing + L invalid
    expect(result.hard).toBe(6);
  });

  it("unplaced: a meeting across a break is invalid", () => {
    const input = tinyInput({ breakAfter: [false, true, false, false], offerings: [offering("L", { length: 2 })] });
    expect(evaluate(input, [at("L", 0, 0, 1, "R1", 2)]).hardBreakdown.unplaced).toBe(2);
    expect(evaluate(input, [at("L", 0, 0, 2, "R1", 2)]).hardBreakdown.unplaced).toBe(0);
  });

  it("facultyClash: one per extra occupant per period", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2"), room("R3")],
      faculty: [faculty("F")],
      offerings: ["A", "B", "C"].map((id) => offering(id, { facultyId: "F" })),
    });
    const result = evaluate(input, [at("A", 0, 0, 0, "R1"), at("B", 0, 0, 0, "R2"), at("C", 0, 0, 0, "R3")]);
    expect(result.hardBreakdown.facultyClash).toBe(2);
  });

  it("facultyClash: a 2-period lab overlapping a lecture clashes once per shared period", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      faculty: [faculty("F")],
      offerings: [offering("L", { facultyId: "F", length: 2 }), offering("A", { facultyId: "F" })],
    });
    expect(evaluate(input, [at("L", 0, 0, 0, "R1", 2), at("A", 0, 0, 1, "R2")]).hardBreakdown.facultyClash).toBe(1);
  });

  it("groupClash: counted in every group that sees it", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      groups: [group("G1", ["A", "B"]), group("G2", ["A", "B"], { kind: "students", compact: false })],
      offerings: [offering("A"), offering("B")],
    });
    const result = evaluate(input, [at("A", 0, 0, 0, "R1"), at("B", 0, 0, 0, "R2")]);
    expect(result.hardBreakdown.groupClash).toBe(2);
    expect(result.hardBreakdown.roomClash).toBe(0);
  });

  it("roomClash: two meetings in one room at one time", () => {
    const input = tinyInput({ offerings: [offering("A"), offering("B")] });
    expect(evaluate(input, [at("A", 0, 0, 0), at("B", 0, 0, 0)]).hardBreakdown.roomClash).toBe(1);
    expect(evaluate(input, [at("A", 0, 0, 0), at("B", 0, 0, 1)]).hardBreakdown.roomClash).toBe(0);
  });

  it("roomType: per meeting in a room of the wrong type", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("LAB1", { type: "LAB" })],
      offerings: [offering("L", { roomType: "LAB", meetings: 2 })],
    });
    expect(evaluate(input, [at("L", 0, 0, 0, "R1"), at("L", 1, 1, 0, "LAB1")]).hardBreakdown.roomType).toBe(1);
  });

  it("facultyUnavailable / roomUnavailable / offeringUnavailable: per occupied period", () => {
    const input = tinyInput({
      rooms: [room("R1", { unavailable: [1] })],
      faculty: [faculty("F", { unavailable: [0, 1] })],
      offerings: [offering("L", { facultyId: "F", length: 2, unavailable: [4 + 2] })],
    });
    // Meeting on Mon periods 0-1: faculty unavailable twice, room once. Tue 2-3: offering unavailable at slot 6.
    const mon = evaluate(input, [at("L", 0, 0, 0, "R1", 2)]);
    expect(mon.hardBreakdown.facultyUnavailable).toBe(2);
    expect(mon.hardBreakdown.roomUnavailable).toBe(1);
    expect(mon.hardBreakdown.offeringUnavailable).toBe(0);
    const tue = evaluate(input, [at("L", 0, 1, 2, "R1", 2)]);
    expect(tue.hardBreakdown.offeringUnavailable).toBe(1);
    expect(tue.hard).toBe(1);
  });

  it("fixedSlot: a pinned meeting elsewhere, or in another pinned room", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      offerings: [offering("A", { meetings: 2 })],
      fixed: [
        { offeringId: "A", day: 0, period: 1 },
        { offeringId: "A", day: 1, period: 2, roomId: "R2" },
      ],
    });
    expect(evaluate(input, [at("A", 0, 0, 1, "R1"), at("A", 1, 1, 2, "R2")]).hardBreakdown.fixedSlot).toBe(0);
    expect(evaluate(input, [at("A", 0, 0, 2, "R1"), at("A", 1, 1, 2, "R1")]).hardBreakdown.fixedSlot).toBe(2);
  });

  it("fixedSlot: an explicit meetingIndex pins that meeting; implicit pins take the rest in order", () => {
    const input = tinyInput({
      offerings: [offering("A", { meetings: 2 })],
      fixed: [
        { offeringId: "A", day: 1, period: 0 },
        { offeringId: "A", meetingIndex: 0, day: 0, period: 0 },
      ],
    });
    expect(evaluate(input, [at("A", 0, 0, 0), at("A", 1, 1, 0)]).hardBreakdown.fixedSlot).toBe(0);
    expect(evaluate(input, [at("A", 1, 0, 0), at("A", 0, 1, 0)]).hardBreakdown.fixedSlot).toBe(2);
  });

  it("fixedSlot: a room-only pin holds the meeting in its room at any time", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      offerings: [offering("A", { meetings: 2 })],
      fixed: [{ offeringId: "A", meetingIndex: 1, roomId: "R2" }],
    });
    expect(evaluate(input, [at("A", 0, 0, 1, "R1"), at("A", 1, 1, 3, "R2")]).hardBreakdown.fixedSlot).toBe(0);
    expect(evaluate(input, [at("A", 0, 0, 1, "R2"), at("A", 1, 1, 3, "R1")]).hardBreakdown.fixedSlot).toBe(1);
  });

  it("fixedSlot: a pin of a room that does not exist is broken wherever the meeting is; a pin of nothing is ignored", () => {
    const input = tinyInput({
      offerings: [offering("A"), offering("B")],
      fixed: [
        { offeringId: "A", roomId: "nowhere" },
        { offeringId: "B", meetingIndex: 0 },
      ],
    });
    const result = evaluate(input, [at("A", 0, 0, 0), at("B", 0, 1, 0)]);
    expect(result.hardBreakdown.fixedSlot).toBe(1);
    expect(result.hard).toBe(1);
  });

  it("facultyMaxPerDay: periods over the daily limit, per day", () => {
    const input = tinyInput({
      rooms: [room("R1")],
      faculty: [faculty("F", { maxPeriodsPerDay: 1 })],
      offerings: [offering("A", { facultyId: "F", meetings: 3 }), offering("L", { facultyId: "F", length: 2 })],
    });
    // Mon: 3 lecture periods (2 over). Tue: lab of 2 periods (1 over).
    const result = evaluate(input, [at("A", 0, 0, 0), at("A", 1, 0, 1), at("A", 2, 0, 2), at("L", 0, 1, 0, "R1", 2)]);
    expect(result.hardBreakdown.facultyMaxPerDay).toBe(3);
  });

  it("facultyMaxPerWeek: periods over the weekly limit", () => {
    const input = tinyInput({
      faculty: [faculty("F", { maxPeriodsPerWeek: 2 })],
      offerings: [offering("A", { facultyId: "F", meetings: 3 })],
    });
    expect(evaluate(input, [at("A", 0, 0, 0), at("A", 1, 0, 1), at("A", 2, 1, 0)]).hardBreakdown.facultyMaxPerWeek).toBe(1);
  });

  it("hard is the sum of its breakdown", () => {
    const input = tinyInput({ faculty: [faculty("F", { unavailable: [0] })], offerings: [offering("A", { facultyId: "F" }), offering("B", { meetings: 2 })] });
    const result = evaluate(input, [at("A", 0, 0, 0), at("B", 0, 0, 0)]);
    expect(result.hardBreakdown.unplaced).toBe(1);
    expect(result.hardBreakdown.roomClash).toBe(1);
    expect(result.hardBreakdown.facultyUnavailable).toBe(1);
    expect(result.hard).toBe(3);
  });
});
