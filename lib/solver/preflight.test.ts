import { describe, expect, it } from "vitest";
import { preflight, preflightWarnings } from "./preflight";
import { faculty, group, offering, room, tinyInput } from "./test-input";

// tinyInput: 2 days x 4 periods = 8 slots, one LECTURE room R1 (50 seats).
const kinds = (input: Parameters<typeof preflight>[0]) => preflight(input).map((b) => b.kind);

describe("preflight", () => {
  it("passes a satisfiable input", () => {
    const input = tinyInput({
      faculty: [faculty("Dr Rao")],
      groups: [group("CSE-3A", ["CS301", "CS302"])],
      offerings: [offering("CS301", { facultyId: "Dr Rao", meetings: 3 }), offering("CS302", { meetings: 2 })],
    });
    expect(preflight(input)).toEqual([]);
  });

  it("noRoomOfType: an offering needs a room type that does not exist", () => {
    const input = tinyInput({ offerings: [offering("CS301 lab", { roomType: "LAB" })] });
    const blockers = preflight(input);
    expect(blockers).toHaveLength(1);
    expect(blockers[0]).toMatchObject({ kind: "noRoomOfType", message: "CS301 lab needs a LAB room; there is none", offeringIds: ["CS301 lab"] });
  });

  it("room capacity shortfall is a warning, not a blocker", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("LAB-1", { type: "LAB", capacity: 40 }), room("LAB-2", { type: "LAB", capacity: 30 })],
      offerings: [offering("CS301 lab", { roomType: "LAB", size: 60 })],
    });
    expect(preflight(input)).toEqual([]);
    const warnings = preflightWarnings(input);
    expect(warnings.map((w) => w.message)).toEqual(["CS301 lab needs a LAB room with 60 seats; the largest has 40"]);
    expect(warnings[0].roomIds).toEqual(["LAB-1"]);
  });

  it("roomTypeOverloaded: more LAB periods than LAB rooms x open slots", () => {
    const labs = (meetingsOfL2: number) =>
      tinyInput({
        rooms: [room("R1"), room("LAB-1", { type: "LAB", unavailable: [0, 1] })],
        offerings: [offering("L1", { roomType: "LAB", length: 2, meetings: 2 }), offering("L2", { roomType: "LAB", length: 2, meetings: meetingsOfL2 })],
      });
    // LAB-1 is open 8 - 2 = 6 periods: 4 + 2 fits exactly, 4 + 4 does not.
    expect(preflight(labs(1))).toEqual([]);
    const found = preflight(labs(2)).filter((b) => b.kind === "roomTypeOverloaded");
    expect(found.map((b) => b.message)).toEqual(["Offerings needing a LAB room take 8 periods a week; the 1 LAB room(s) are open 6"]);
    expect(found[0].roomIds).toEqual(["LAB-1"]);
  });

  it("facultyOverloaded: available periods below teaching load", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      faculty: [faculty("Dr Rao", { unavailable: [0, 1, 2, 3, 4, 5] })],
      offerings: [offering("CS301", { facultyId: "Dr Rao", meetings: 1 }), offering("CS302", { facultyId: "Dr Rao", meetings: 2 })],
    });
    const found = preflight(input).filter((b) => b.kind === "facultyOverloaded");
    expect(found.map((b) => b.message)).toEqual(["Dr Rao is available 2 periods a week but teaches 3"]);
    expect(found[0].offeringIds).toEqual(["CS301", "CS302"]);
  });

  it("facultyOverWeeklyLimit and facultyOverDailyLimit", () => {
    const input = tinyInput({
      faculty: [faculty("Dr Rao", { maxPeriodsPerWeek: 4, maxPeriodsPerDay: 2 })],
      offerings: [offering("CS301", { facultyId: "Dr Rao", meetings: 5 })],
    });
    expect(preflight(input).map((b) => b.message)).toEqual([
      "Dr Rao may teach at most 4 periods a week but teaches 5",
      "Dr Rao may teach at most 2 periods a day (4 a week) but teaches 5",
    ]);
  });

  it("facultyOverDailyLimit: daily limit combined with unavailability, and meetings longer than the limit", () => {
    // Mon fully unavailable, limit 3 a day: at most 3 periods in the week, though 4 slots are free.
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      faculty: [faculty("Dr Rao", { maxPeriodsPerDay: 3, unavailable: [0, 1, 2, 3] })],
      offerings: [offering("CS301", { facultyId: "Dr Rao", meetings: 4 })],
    });
    expect(preflight(input).map((b) => b.message)).toEqual([
      "Dr Rao may teach at most 3 periods a week with at most 3 a day and their unavailability but teaches 4",
    ]);
    const lab = tinyInput({ faculty: [faculty("Dr Rao", { maxPeriodsPerDay: 2 })], offerings: [offering("CS301 lab", { facultyId: "Dr Rao", length: 3 })] });
    expect(preflight(lab).map((b) => b.message)).toEqual(["CS301 lab meetings last 3 periods but Dr Rao may teach at most 2 a day"]);
  });

  it("groupOverloaded: a batch with more weekly periods than the grid", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      groups: [group("CSE-3A", ["A", "B"])],
      offerings: [offering("A", { meetings: 5 }), offering("B", { meetings: 4 })],
    });
    const found = preflight(input).find((b) => b.kind === "groupOverloaded");
    expect(found?.message).toBe("CSE-3A has 9 periods of classes a week; the week has only 8");
    expect(found?.groupIds).toEqual(["CSE-3A"]);
  });

  it("roomsOverloaded: more meeting periods than all rooms together offer", () => {
    const input = tinyInput({ offerings: [offering("A", { meetings: 5 }), offering("B", { meetings: 4 })] });
    expect(preflight(input).map((b) => b.message)).toContain("All offerings take 9 room-periods a week; the 1 room(s) are open 8");
  });

  it("meetingTooLong: a meeting longer than any stretch between breaks", () => {
    const input = tinyInput({ breakAfter: [false, true, false, false], offerings: [offering("CS301 lab", { length: 3 })] });
    expect(preflight(input)).toEqual([
      expect.objectContaining({ kind: "meetingTooLong", message: "CS301 lab meetings last 3 periods; the longest stretch without a break is 2" }),
    ]);
  });

  it("noFeasibleSlot: no start left once offering, teacher and room unavailability is applied", () => {
    const input = tinyInput({
      faculty: [faculty("Dr Rao", { unavailable: [0, 1, 2, 3] })],
      offerings: [offering("CS301", { facultyId: "Dr Rao", unavailable: [4, 5] }), offering("CS302", { unavailable: [0, 1, 2, 3, 4, 5, 6, 7] })],
      rooms: [room("R1", { unavailable: [6, 7] })],
    });
    expect(preflight(input).map((b) => b.message)).toEqual([
      "CS301 has no possible time: every start is blocked by the unavailability of the offering, its teacher or the suitable rooms",
      "CS302 has no possible time: every start is blocked by the unavailability of the offering, its teacher or the suitable rooms",
    ]);
  });

  it("noFeasibleSlot: fewer non-overlapping open times than meetings (2-period lab)", () => {
    // Open periods per day: 0,1,2 (3 is unavailable) -> one 2-period lab per day, 2 in the week.
    const input = tinyInput({ offerings: [offering("L", { length: 2, meetings: 3, unavailable: [3, 7] })] });
    expect(preflight(input).map((b) => b.message)).toEqual([
      "L meets 3 times a week but only 2 non-overlapping times are open once unavailability is applied",
    ]);
  });

  it("fixedSlotUnavailable: a pin where the teacher or room is unavailable", () => {
    const input = tinyInput({
      rooms: [room("R1", { unavailable: [1] })],
      faculty: [faculty("Dr Rao", { unavailable: [1] })],
      offerings: [offering("CS301", { facultyId: "Dr Rao" })],
      fixed: [{ offeringId: "CS301", day: 0, period: 1, roomId: "R1" }],
    });
    const found = preflight(input).find((b) => b.kind === "fixedSlotUnavailable");
    expect(found?.message).toBe("CS301 is pinned to Mon 10:00, when Dr Rao and R1 are unavailable");
    expect(found?.facultyIds).toEqual(["Dr Rao"]);
  });

  it("fixedSlotClash: pins that share a teacher or a group at overlapping times", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2")],
      faculty: [faculty("Dr Rao")],
      groups: [group("CSE-3A", ["L", "B"])],
      offerings: [offering("L", { facultyId: "Dr Rao", length: 2 }), offering("B", { facultyId: "Dr Rao" }), offering("C")],
      fixed: [
        { offeringId: "L", day: 1, period: 0 },
        { offeringId: "B", day: 1, period: 1 },
        { offeringId: "C", day: 1, period: 1 }, // no shared teacher or group: fine
      ],
    });
    expect(preflight(input).map((b) => b.message)).toEqual([
      "L and B are pinned to overlapping times on Tue (Tue 09:00 and Tue 10:00) but both are taught by Dr Rao, CSE-3A attends both",
    ]);
  });

  it("fixedSlotInvalid: more pins than meetings, pins off the grid or across a break", () => {
    const input = tinyInput({
      breakAfter: [false, true, false, false],
      offerings: [offering("A"), offering("L", { length: 2 })],
      fixed: [
        { offeringId: "A", day: 0, period: 0 },
        { offeringId: "A", day: 1, period: 0 },
        { offeringId: "L", day: 0, period: 1 },
      ],
    });
    expect(kinds(input)).toEqual(["fixedSlotInvalid", "fixedSlotInvalid"]);
    expect(preflight(input).map((b) => b.message)).toEqual([
      "A pinned meeting of A cannot be applied: more pins than its 1 meetings per week",
      "L is pinned to day 0 period 1, where a 2-period meeting does not fit",
    ]);
  });

  it("room-only pins: checked for their room, never for a time; a pin of nothing cannot be applied", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("LAB1", { type: "LAB" })],
      offerings: [offering("A"), offering("B"), offering("C", { meetings: 2 })],
      fixed: [
        { offeringId: "A", meetingIndex: 0, roomId: "LAB1" },
        { offeringId: "B", meetingIndex: 0, roomId: "R1" },
        { offeringId: "C", meetingIndex: 0, roomId: "R1" }, // same room as B, no time: no clash
        { offeringId: "C", meetingIndex: 1, day: 1 },
      ],
    });
    expect(preflight(input).map((b) => b.message)).toEqual([
      "A pinned meeting of C cannot be applied: a pinned time needs both a day and a period",
    ]);
    input.offerings[0].roomType = "LECTURE";
    expect(kinds(input)).toContain("fixedSlotRoomType");
  });

  it("unknownReference: offerings and groups pointing at missing ids", () => {
    const input = tinyInput({ groups: [group("G", ["nope"])], offerings: [offering("A", { facultyId: "ghost" })] });
    expect(kinds(input)).toEqual(["unknownReference", "unknownReference"]);
  });
});
