import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CttParseError, parseCtt } from "./parse-ctt";
import { HAVE_ITC, ITC_DIR, TINY_CTT, instanceFiles } from "./test-instances";

describe("parseCtt", () => {
  it("parses a small instance, keeping ids as written", () => {
    const instance = parseCtt(TINY_CTT);
    expect(instance.name).toBe("Tiny");
    expect(instance.days).toBe(2);
    expect(instance.periodsPerDay).toBe(3);
    expect(instance.courses[0]).toEqual({ id: "cA", teacher: "tX", lectures: 2, minWorkingDays: 2, students: 30 });
    expect(instance.rooms).toEqual([
      { id: "36", capacity: 20 },
      { id: "R2", capacity: 40 },
    ]);
    expect(instance.curricula).toEqual([{ id: "q0", courseIds: ["cA", "cC"] }]);
    expect(instance.unavailability).toEqual([
      { courseId: "cA", day: 0, period: 0 },
      { courseId: "cC", day: 1, period: 2 },
    ]);
  });

  const broken: [string, string, string][] = [
    ["a non-numeric lecture count", TINY_CTT.replace("cB tX 1 1 10", "cB tX one 1 10"), "line 11: #Lectures must be a non-negative integer"],
    ["a missing field", TINY_CTT.replace("R2\t40", "R2"), 'line 16: expected "RoomID Capacity" (2 fields)'],
    ["a wrong curriculum size", TINY_CTT.replace("q0 2 cA cC", "q0 3 cA cC"), 'line 19: curriculum "q0" declares 3 courses but lists 2'],
    ["an unknown course", TINY_CTT.replace("cC 1 2", "cZ 1 2"), 'line 23: unavailability for unknown course "cZ"'],
    ["a period off the grid", TINY_CTT.replace("cC 1 2", "cC 1 3"), "line 23: period 3 is outside 0..2"],
    ["a header count larger than the section", TINY_CTT.replace("Courses: 3", "Courses: 4"), 'line 14: expected "CourseID Teacher #Lectures MinWorkingDays #Students"'],
    ["a header count smaller than the section", TINY_CTT.replace("Constraints: 2", "Constraints: 1"), 'line 23: expected "END."'],
    ["a missing header", TINY_CTT.replace("Days: 2\n", ""), 'line 4: expected "Days: <value>"'],
    ["a capacity too large for its column", TINY_CTT.replace("R2\t40", "R2\t99999999999"), "line 16: Capacity must be at most 100000, found 99999999999"],
    ["a student count too large", TINY_CTT.replace("cB tX 1 1 10", "cB tX 1 1 2147483648"), "line 11: #Students must be at most 100000"],
    ["more lectures than periods in the week", TINY_CTT.replace("cB tX 1 1 10", "cB tX 7 1 10"), "line 11: #Lectures must be at most 6, found 7"],
    ["a header count too large", TINY_CTT.replace("Courses: 3", "Courses: 99999999999"), "line 2: header Courses must be at most 100000"],
    ["a NUL in a course id", TINY_CTT.replace("cB tX 1 1 10", "c\u0000B tX 1 1 10"), "line 11: contains a control character"],
    ["a NUL in the name", TINY_CTT.replace("Name: Tiny", "Name: Ti\u0000ny"), "line 1: contains a control character"],
    ["an id longer than 64 characters", TINY_CTT.replace("cB tX 1 1 10", `cB ${"t".repeat(65)} 1 1 10`), "line 11: \"tttttttttttttttttttt...\" is longer than 64 characters"],
    ["a truncated file", TINY_CTT.slice(0, TINY_CTT.indexOf("END.")), "unexpected end of file"],
  ];
  for (const [what, text, message] of broken) {
    it(`rejects ${what} with a line number`, () => {
      expect(() => parseCtt(text)).toThrow(CttParseError);
      expect(() => parseCtt(text)).toThrow(message);
    });
  }

  describe.skipIf(!HAVE_ITC)("the 14 public instances", () => {
    it("finds all 14", () => {
      expect(instanceFiles()).toHaveLength(14);
    });
    for (const file of instanceFiles()) {
      it(`${file}: section sizes match the header`, () => {
        const text = fs.readFileSync(path.join(ITC_DIR, file), "utf8");
        // Read the header independently of the parser.
        const header = (key: string) => Number(new RegExp(`^${key}:\\s*(\\d+)`, "m").exec(text)![1]);
        const instance = parseCtt(text);
        expect(instance.courses).toHaveLength(header("Courses"));
        expect(instance.rooms).toHaveLength(header("Rooms"));
        expect(instance.curricula).toHaveLength(header("Curricula"));
        expect(instance.unavailability).toHaveLength(header("Constraints"));
        expect(instance.days).toBe(header("Days"));
        expect(instance.periodsPerDay).toBe(header("Periods_per_day"));
      });
    }
  });
});
