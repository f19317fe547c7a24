import { describe, expect, it } from "vitest";
import { diffScheduleRows } from "./diff-schedule-rows";
import type { TimetableViewRow } from "@/lib/domain/timetable-view";

function row(offeringId: string, meetingIndex: number, day: number, startTime: string, roomCode = "LH-101"): TimetableViewRow {
  return {
    offeringId,
    meetingIndex,
    day,
    dayName: ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day],
    period: 0,
    length: 1,
    startTime,
    endTime: startTime.replace(":00", ":50"),
    subjectCode: offeringId.toUpperCase(),
    subjectName: `Subject ${offeringId}`,
    batchCodes: ["CSE-3A"],
    facultyName: "Dr Rao",
    roomCode,
  };
}

describe("diffScheduleRows", () => {
  it("reports nothing when only the meeting numbering changed", () => {
    const previous = [row("cs301", 0, 1, "09:00"), row("cs301", 1, 3, "10:00")];
    const current = [row("cs301", 0, 3, "10:00"), row("cs301", 1, 1, "09:00")];
    expect(diffScheduleRows(previous, current)).toEqual([]);
  });

  it("pairs a meeting that changed day, time or room as one move", () => {
    const previous = [row("cs301", 0, 1, "09:00"), row("cs301", 1, 3, "10:00")];
    const current = [row("cs301", 0, 1, "09:00"), row("cs301", 1, 4, "11:00", "LH-202")];
    const changes = diffScheduleRows(previous, current);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "moved",
      subjectCode: "CS301",
      before: { dayName: "Wednesday", startTime: "10:00", roomCode: "LH-101" },
      after: { dayName: "Thursday", startTime: "11:00", roomCode: "LH-202" },
    });
  });

  it("reports meetings and offerings that appeared or disappeared", () => {
    const previous = [row("cs301", 0, 1, "09:00"), row("ma201", 0, 2, "09:00")];
    const current = [row("cs301", 0, 1, "09:00"), row("cs301", 1, 5, "14:00"), row("ph101", 0, 2, "11:00")];
    const changes = diffScheduleRows(previous, current);
    expect(changes.map((c) => [c.kind, c.subjectCode])).toEqual([
      ["added", "CS301"],
      ["removed", "MA201"],
      ["added", "PH101"],
    ]);
  });
});
