import { describe, expect, it } from "vitest";
import { ZFacultyInputSchema } from "./faculty";
import { fieldErrorsOf } from "./field-errors";
import { ZOfferingInputSchema } from "./offering";
import { ZRoomInputSchema } from "./room";
import { ZAvailabilityInputSchema } from "./availability";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);

describe("room schema", () => {
  it("accepts form strings and converts them", () => {
    const parsed = ZRoomInputSchema.parse({ id: "", code: " LH-101 ", building: "Main", capacity: "120", type: "lab", departmentId: "" });
    expect(parsed).toEqual({ id: null, code: "LH-101", building: "Main", capacity: 120, type: "LAB", departmentId: null });
  });

  it("reports each bad field by name", () => {
    const result = ZRoomInputSchema.safeParse({ code: "LH 101", building: "", capacity: "lots", type: "GYM" });
    expect(errorsOf(result)).toEqual({
      code: "may contain only letters, digits and . _ : / -",
      building: "is required",
      capacity: "must be a number",
      type: "must be one of LECTURE, LAB, SEMINAR",
    });
  });

  it("distinguishes a missing number from a fractional or negative one", () => {
    expect(errorsOf(ZRoomInputSchema.safeParse({ code: "A", building: "B", type: "LAB", capacity: "" })).capacity).toBe("is required");
    expect(errorsOf(ZRoomInputSchema.safeParse({ code: "A", building: "B", type: "LAB", capacity: "2.5" })).capacity).toBe("must be a whole number");
    expect(errorsOf(ZRoomInputSchema.safeParse({ code: "A", building: "B", type: "LAB", capacity: "0" })).capacity).toBe("must be at least 1");
  });
});

describe("faculty schema", () => {
  const valid = { name: "Asha Rao", email: "Asha.Rao@Example.edu", departmentId: "d1", maxPeriodsPerDay: "4", maxPeriodsPerWeek: "18", avoidBackToBack: "yes" };

  it("lower-cases the email and reads yes as true", () => {
    const parsed = ZFacultyInputSchema.parse(valid);
    expect(parsed.email).toBe("asha.rao@example.edu");
    expect(parsed.avoidBackToBack).toBe(true);
    expect(parsed.title).toBeNull();
  });

  it("rejects a weekly limit below the daily one, on the weekly field", () => {
    expect(errorsOf(ZFacultyInputSchema.safeParse({ ...valid, maxPeriodsPerWeek: "3" }))).toEqual({ maxPeriodsPerWeek: "must be at least the daily limit" });
  });

  it("rejects a malformed email", () => {
    expect(errorsOf(ZFacultyInputSchema.safeParse({ ...valid, email: "not-an-email" })).email).toBe("must be an email address");
  });
});

describe("offering schema", () => {
  const valid = { termId: "t", subjectId: "s", batchIds: ["b1", "b2"], meetingsPerWeek: "3", meetingLength: "1", minDays: "3", expectedSize: "", roomType: "" };

  it("keeps optional fields null when left empty", () => {
    const parsed = ZOfferingInputSchema.parse(valid);
    expect(parsed).toMatchObject({ facultyId: null, expectedSize: null, roomType: null, meetingsPerWeek: 3 });
  });

  it("needs at least one batch and minDays within the meetings", () => {
    const errors = errorsOf(ZOfferingInputSchema.safeParse({ ...valid, batchIds: [], minDays: "4" }));
    expect(errors.batchIds).toBe("choose at least one batch");
    // The cross-field rule runs only once the fields themselves are valid.
    expect(errorsOf(ZOfferingInputSchema.safeParse({ ...valid, minDays: "4" }))).toEqual({ minDays: "cannot exceed the meetings per week" });
  });
});

describe("availability schema", () => {
  it("rejects a cell listed twice and days outside 1-7", () => {
    expect(ZAvailabilityInputSchema.safeParse({ ownerId: "f", cells: [{ day: 1, period: 0, preference: "UNAVAILABLE" }, { day: 1, period: 0, preference: "PREFERRED" }] }).success).toBe(false);
    expect(ZAvailabilityInputSchema.safeParse({ ownerId: "f", cells: [{ day: 8, period: 0, preference: "UNAVAILABLE" }] }).success).toBe(false);
    expect(ZAvailabilityInputSchema.safeParse({ ownerId: "f", cells: [{ day: 7, period: 3, preference: "PREFERRED" }] }).success).toBe(true);
  });
});

describe("term schema", () => {
  const valid = {
    name: "2027 Spring",
    academicYear: "2026-27",
    semester: "Even",
    firstDay: "2027-01-04",
    lastDay: "2027-05-28",
    timezone: "Asia/Kolkata",
    workingDays: ["3", "1", "2", "1"],
    periods: "09:00-09:50\n 09:50 - 10:40 \n\n11:00-11:50",
  };

  it("parses periods one per line and sorts working days", async () => {
    const { ZTermInputSchema } = await import("./term");
    const parsed = ZTermInputSchema.parse(valid);
    expect(parsed.workingDays).toEqual([1, 2, 3]);
    expect(parsed.periods).toEqual([
      { startTime: "09:00", endTime: "09:50" },
      { startTime: "09:50", endTime: "10:40" },
      { startTime: "11:00", endTime: "11:50" },
    ]);
    expect(parsed.firstDay.toISOString()).toBe("2027-01-04T00:00:00.000Z");
  });

  it("names the bad period line, an unknown time zone and a last day before the first", async () => {
    const { ZTermInputSchema } = await import("./term");
    expect(errorsOf(ZTermInputSchema.safeParse({ ...valid, periods: "09:00-09:50\n09:30-10:20" })).periods).toBe("line 2: starts before the previous period ends");
    expect(errorsOf(ZTermInputSchema.safeParse({ ...valid, periods: "9am-10am" })).periods).toBe("line 1: write it as HH:MM-HH:MM");
    expect(errorsOf(ZTermInputSchema.safeParse({ ...valid, timezone: "Mars/Olympus" })).timezone).toBe("must be an IANA time zone, e.g. Asia/Kolkata");
    expect(errorsOf(ZTermInputSchema.safeParse({ ...valid, lastDay: "2026-12-01" }))).toEqual({ lastDay: "must be on or after the first day" });
  });
});
