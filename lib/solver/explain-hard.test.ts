import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { explainHardViolations } from "./explain-hard";
import { at, faculty, group, offering, room, tinyInput } from "./test-input";

const messages = (...args: Parameters<typeof explainHardViolations>) => explainHardViolations(...args).map((b) => b.message);

describe("explainHardViolations", () => {
  it("says nothing about a timetable without hard violations", () => {
    const input = tinyInput({ faculty: [faculty("Dr Rao")], offerings: [offering("CS301", { facultyId: "Dr Rao", meetings: 2 })] });
    const placements = [at("CS301", 0, 0, 0), at("CS301", 1, 1, 0)];
    expect(evaluate(input, placements).hard).toBe(0);
    expect(explainHardViolations(input, placements)).toEqual([]);
  });

  it("names unplaced meetings and invalid placements", () => {
    const input = tinyInput({ offerings: [offering("CS301", { meetings: 3 })] });
    expect(messages(input, [at("CS301", 0, 0, 0), at("CS301", 0, 1, 0)])).toEqual([
      "CS301 has 2 of 3 weekly meetings unplaced",
      'A placement of CS301 (meeting 0, day 1 period 0, room "R1") is not a valid meeting',
    ]);
  });

  it("names the teacher, batch and room of a clash with the time and the classes", () => {
    const input = tinyInput({
      faculty: [faculty("Dr Rao")],
      groups: [group("CSE-3A", ["CS301", "CS302"])],
      offerings: [offering("CS301", { facultyId: "Dr Rao" }), offering("CS302", { facultyId: "Dr Rao" })],
    });
    const found = explainHardViolations(input, [at("CS301", 0, 1, 2), at("CS302", 0, 1, 2)]);
    expect(found.map((b) => b.message)).toEqual([
      "Dr Rao has 2 classes at Tue 11:00: CS301, CS302",
      "CSE-3A has 2 classes at Tue 11:00: CS301, CS302",
      "R1 holds 2 classes at Tue 11:00: CS301, CS302",
    ]);
    expect(found[0]).toMatchObject({ kind: "facultyClash", facultyIds: ["Dr Rao"], offeringIds: ["CS301", "CS302"] });
  });

  it("names room type, unavailability, broken pins and teaching limits", () => {
    const input = tinyInput({
      rooms: [room("LH-101", { unavailable: [0] })],
      faculty: [faculty("Dr Rao", { unavailable: [0], maxPeriodsPerDay: 1, maxPeriodsPerWeek: 1 })],
      offerings: [offering("CS301 lab", { facultyId: "Dr Rao", roomType: "LAB", length: 2, unavailable: [1] })],
      fixed: [{ offeringId: "CS301 lab", day: 1, period: 0 }],
    });
    expect(messages(input, [at("CS301 lab", 0, 0, 0, "LH-101", 2)])).toEqual([
      "CS301 lab on Mon 09:00: LH-101 is a LECTURE room; a LAB room is needed",
      "CS301 lab on Mon 09:00: Dr Rao is unavailable on Mon 09:00",
      "CS301 lab on Mon 09:00: LH-101 is closed on Mon 09:00",
      "CS301 lab on Mon 09:00: CS301 lab may not be scheduled on Mon 09:00",
      "pinned meeting: CS301 lab is pinned to Tue 09:00 but placed on Mon 09:00 in LH-101",
      "Dr Rao teaches 2 periods on Mon; the limit is 1",
      "Dr Rao teaches 2 periods a week; the limit is 1",
    ]);
  });

  it("names a broken room-only pin by its room", () => {
    const input = tinyInput({
      rooms: [room("LH-101"), room("LH-102")],
      offerings: [offering("CS301")],
      fixed: [{ offeringId: "CS301", meetingIndex: 0, roomId: "LH-101" }],
    });
    expect(messages(input, [at("CS301", 0, 1, 2, "LH-101")])).toEqual([]);
    expect(messages(input, [at("CS301", 0, 1, 2, "LH-102")])).toEqual(["pinned meeting: CS301 is pinned to room LH-101 but placed on Tue 11:00 in LH-102"]);
  });

  it("explains every kind that evaluate() counts, on the same timetable", () => {
    const input = tinyInput({
      rooms: [room("R1"), room("R2", { unavailable: [5] })],
      faculty: [faculty("F", { maxPeriodsPerDay: 1 })],
      groups: [group("G", ["A", "B"])],
      offerings: [offering("A", { facultyId: "F", meetings: 2 }), offering("B", { facultyId: "F" })],
    });
    const placements = [at("A", 0, 1, 1, "R2"), at("B", 0, 1, 1, "R2")];
    const counted = Object.entries(evaluate(input, placements).hardBreakdown).filter(([, n]) => n > 0).map(([k]) => k);
    const explained = [...new Set(explainHardViolations(input, placements).map((b) => b.kind))];
    expect(explained.sort()).toEqual(counted.sort());
  });
});
