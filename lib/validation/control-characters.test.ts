import { describe, expect, it } from "vitest";
import { findInputProblem, findUrlProblem, MAX_INPUT_DEPTH } from "./control-characters";
import { ZFacultyInputSchema } from "./faculty";
import { fieldErrorsOf } from "./field-errors";
import { ZWeightProfileInputSchema } from "./weight-profile";

describe("findInputProblem", () => {
  it("names the field holding a NUL, however deep", () => {
    expect(findInputProblem({ termId: "ab\u0000cd", variants: 1 })).toEqual({ path: "termId", message: "must not contain control characters" });
    expect(findInputProblem({ batchIds: ["ok", "b\u0000"] })?.path).toBe("batchIds.1");
    expect(findInputProblem("\u0000")?.path).toBe("");
    expect(findInputProblem({ ["k\u0000"]: 1 })?.message).toBe("has a key with control characters");
  });

  it("lets line breaks and tabs through (multi-line text), but not other controls", () => {
    expect(findInputProblem({ periods: "09:00-10:00\r\n10:00-11:00\t" })).toBeNull();
    expect(findInputProblem({ name: "a\u001bb" })?.path).toBe("name");
    expect(findInputProblem({ name: "a\u0085b" })?.path).toBe("name");
  });

  it("refuses nesting deeper than the limit without recursing", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findInputProblem(deep)?.message).toBe(`is nested more than ${MAX_INPUT_DEPTH} levels deep`);
  });

  it("accepts ordinary input", () => {
    expect(findInputProblem({ name: "Zoë O'Brien, Jr.; \\ ü 日本", n: 5, list: [null, true] })).toBeNull();
  });
});

describe("findUrlProblem", () => {
  const check = (url: string) => {
    const parsed = new URL(url, "http://x");
    return findUrlProblem(parsed.pathname, parsed.searchParams);
  };

  it("names the query parameter holding a control character", () => {
    expect(check("/api/timetable?scope=me&termId=%00")).toBe("the query parameter termId contains a control character");
    expect(check("/admin/data/subjects?q=a%0Ab")).toBe("the query parameter q contains a control character");
    expect(check("/x?%00=1")).toBe('the query parameter "\\u0000" contains a control character');
  });

  it("refuses control characters and broken encodings in the path", () => {
    expect(check("/api/calendar/%00.ics")).toBe("the path contains a control character");
    expect(check("/admin/data/rooms/%E0%A4")).toBe("the path is not valid percent-encoding");
  });

  it("refuses a query parameter given twice (pages would get an array)", () => {
    expect(check("/admin/data/offerings?q=%25&q=%25")).toBe("the query parameter q is given more than once");
  });

  it("accepts ordinary URLs", () => {
    expect(check("/timetable?scope=faculty&id=ck123&q=M%C3%BCller+%26+co")).toBeNull();
  });
});

describe("text fields", () => {
  const faculty = { name: "Asha Rao", email: "asha@example.edu", departmentId: "d1", maxPeriodsPerDay: "4", maxPeriodsPerWeek: "18" };
  const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]));

  it("refuse a name with a line break or another control character", () => {
    for (const name of ["Asha\r\nEND:VEVENT", "Asha\nRao", "A\tR", "A\u0000R"]) {
      expect(errorsOf(ZFacultyInputSchema.safeParse({ ...faculty, name })).name).toBe("must not contain line breaks or other control characters");
    }
    expect(errorsOf(ZFacultyInputSchema.safeParse({ ...faculty, title: "Dr\r\n" + "X" })).title).toBe("must not contain line breaks or other control characters");
  });

  it("accept names with commas, semicolons, backslashes and accents", () => {
    expect(ZFacultyInputSchema.parse({ ...faculty, name: "Rao, Asha; Dr. \\ Zoë" }).name).toBe("Rao, Asha; Dr. \\ Zoë");
  });

  it("a one-line weight profile name refuses a line break", () => {
    const result = ZWeightProfileInputSchema.safeParse({ name: "A\nB" });
    expect(errorsOf(result).name).toBe("must not contain line breaks or other control characters");
  });
});
