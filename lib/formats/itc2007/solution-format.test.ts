import { describe, expect, it } from "vitest";
import { formatSolution, parseSolution, SolParseError } from "./solution-format";

describe(".sol format", () => {
  it("round-trips lines, keeping room ids as written", () => {
    const lines = [
      { courseId: "c0001", roomId: "36", day: 0, period: 5 },
      { courseId: "c0002", roomId: "B", day: 4, period: 0 },
    ];
    const text = formatSolution(lines);
    expect(text).toBe("c0001 36 0 5\nc0002 B 4 0\n");
    expect(parseSolution(text)).toEqual(lines);
  });

  it("accepts tabs, extra spaces and blank lines", () => {
    expect(parseSolution("\n c1\t36  1 2 \r\n\n")).toEqual([{ courseId: "c1", roomId: "36", day: 1, period: 2 }]);
  });

  it("rejects malformed lines with their line number", () => {
    expect(() => parseSolution("c1 36 1 2\nc2 36 1\n")).toThrow(SolParseError);
    expect(() => parseSolution("c1 36 1 2\nc2 36 1\n")).toThrow('line 2: expected "CourseID RoomID Day Period"');
    expect(() => parseSolution("c1 36 -1 2\n")).toThrow('line 1: Day must be a non-negative integer, found "-1"');
  });
});
