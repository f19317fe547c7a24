import { describe, expect, it } from "vitest";
import { buildDepartmentMatrix } from "./department-matrix";

const row = (over: Partial<Parameters<typeof buildDepartmentMatrix>[0][number]>) => ({
  offeringId: "o",
  meetingIndex: 0,
  day: 1,
  period: 0,
  length: 1,
  batchCodes: ["A"],
  subjectCode: "CS301",
  subjectName: "Data Structures",
  roomCode: "LH-1",
  facultyName: "Dr Rao",
  startTime: "09:00",
  endTime: "09:50",
  ...over,
});

describe("buildDepartmentMatrix", () => {
  it("gives every batch a row covering each period once, spanning multi-period meetings", () => {
    const matrix = buildDepartmentMatrix(
      [
        row({ offeringId: "lab", period: 1, length: 3, subjectCode: "CS391", roomCode: "LAB-1" }),
        row({ offeringId: "combined", day: 2, period: 0, batchCodes: ["A", "B"] }),
      ],
      ["A", "B"],
      [1, 2],
      5,
    );
    expect(matrix.map((r) => r.batchCode)).toEqual(["A", "B"]);
    const [monday, tuesday] = matrix[0].days;
    expect(monday.map((c) => [c.period, c.span, c.meetings.map((m) => m.subjectCode)])).toEqual([
      [0, 1, []],
      [1, 3, ["CS391"]],
      [4, 1, []],
    ]);
    expect(tuesday[0].meetings.map((m) => m.offeringId)).toEqual(["combined"]);
    expect(matrix[1].days[0].every((c) => c.meetings.length === 0)).toBe(true);
    expect(matrix[1].days[1][0].meetings.map((m) => m.offeringId)).toEqual(["combined"]);
  });

  it("lists every meeting of a cell that has several, without spanning", () => {
    const matrix = buildDepartmentMatrix(
      [row({ offeringId: "x", length: 2 }), row({ offeringId: "y", period: 1, subjectCode: "HS101" })],
      ["A"],
      [1],
      3,
    );
    expect(matrix[0].days[0].map((c) => [c.period, c.span, c.meetings.map((m) => m.offeringId)])).toEqual([
      [0, 1, ["x"]],
      [1, 1, ["x", "y"]],
      [2, 1, []],
    ]);
  });
});
