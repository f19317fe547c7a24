import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { exportFileName } from "./export-file-name";
import { parseTimetableQuery } from "@/lib/domain/timetable-query";
import { toTimetableViewRows, type ViewEntry } from "./timetable-view-row";

const periods = [
  { index: 0, startTime: "09:00", endTime: "09:50" },
  { index: 1, startTime: "09:50", endTime: "10:40" },
  { index: 2, startTime: "11:00", endTime: "11:50" }, // after a break
];

function entry(overrides: Partial<ViewEntry>): ViewEntry {
  return {
    offeringId: "o1",
    meetingIndex: 0,
    day: 1,
    period: 0,
    length: 1,
    roomCode: "LH-101",
    subjectCode: "CS301",
    subjectName: "Data Structures",
    facultyTitle: "Dr",
    facultyUserName: "Rao",
    batchCodes: ["CSE-3A"],
    ...overrides,
  };
}

describe("toTimetableViewRows", () => {
  it("runs a multi-period meeting from the start of its first period to the end of its last, across a break", () => {
    const [row] = toTimetableViewRows([entry({ period: 1, length: 2 })], periods);
    expect(row).toMatchObject({ startTime: "09:50", endTime: "11:50", dayName: "Monday", facultyName: "Dr Rao" });
  });

  it("sorts by day then period, and leaves an unassigned teacher empty", () => {
    const rows = toTimetableViewRows(
      [entry({ day: 3, period: 0 }), entry({ day: 1, period: 2, meetingIndex: 1, facultyUserName: null, facultyTitle: null })],
      periods,
    );
    expect(rows.map((r) => [r.dayName, r.startTime, r.facultyName])).toEqual([
      ["Monday", "11:00", null],
      ["Wednesday", "09:00", "Dr Rao"],
    ]);
  });

  it("refuses an entry that runs past the term's last period", () => {
    expect(() => toTimetableViewRows([entry({ period: 2, length: 2 })], periods)).toThrow(/missing from the term's grid/);
  });
});

describe("parseTimetableQuery", () => {
  const parse = (qs: string) => parseTimetableQuery(new URLSearchParams(qs));

  it("defaults to one's own week and ignores empty values", () => {
    expect(parse("termId=")).toEqual({ scope: "me" });
  });

  it("names the bad parameter", () => {
    const issuePaths = (qs: string) => {
      try {
        parse(qs);
        return [];
      } catch (error) {
        return (error as ZodError).issues.map((i) => i.path.join("."));
      }
    };
    expect(issuePaths("scope=planet")).toEqual(["scope"]);
    expect(issuePaths("scope=room")).toEqual(["id"]);
    expect(issuePaths(`scope=batch&id=${"x".repeat(65)}`)).toEqual(["id"]);
  });
});

describe("exportFileName", () => {
  it("makes a safe ASCII file name from labels with accents and punctuation", () => {
    expect(exportFileName("Dr Zoë O'Brien", "2026-27 Odd semester", "ics")).toBe("timetable-dr-zoe-obrien-2026-27-odd-semester.ics");
  });
});
