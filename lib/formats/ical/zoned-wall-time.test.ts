import { describe, expect, it } from "vitest";
import { buildVTimezone, findZoneTransitions } from "./vtimezone";
import { isValidTimeZone, utcOffsetMinutesAt, wallClockToInstant } from "./zoned-wall-time";

const at = (iso: string) => new Date(iso);

describe("wallClockToInstant", () => {
  it("converts ordinary local times with the offset in force on that date", () => {
    const nineAm = { hour: 9, minute: 0, second: 0 };
    expect(wallClockToInstant({ year: 2026, month: 7, day: 1, ...nineAm }, "Europe/London").toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(wallClockToInstant({ year: 2026, month: 12, day: 1, ...nineAm }, "Europe/London").toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(wallClockToInstant({ year: 2026, month: 7, day: 1, ...nineAm }, "Asia/Kolkata").toISOString()).toBe("2026-07-01T03:30:00.000Z");
  });

  it("takes the first of the two 01:30s when London clocks go back", () => {
    const instant = wallClockToInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30, second: 0 }, "Europe/London");
    expect(instant.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("moves a time inside the spring-forward gap forward by the gap", () => {
    const instant = wallClockToInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 30, second: 0 }, "Europe/London");
    expect(instant.toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
  });

  it("rejects unknown zone names", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("findZoneTransitions / buildVTimezone", () => {
  it("finds London's 2026 changes to the minute", () => {
    const transitions = findZoneTransitions("Europe/London", at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));
    expect(transitions).toEqual([
      { at: at("2026-03-29T01:00:00Z"), offsetFromMinutes: 0, offsetToMinutes: 60 },
      { at: at("2026-10-25T01:00:00Z"), offsetFromMinutes: 60, offsetToMinutes: 0 },
    ]);
    for (const t of transitions) expect(utcOffsetMinutesAt(t.at, "Europe/London")).toBe(t.offsetToMinutes);
  });

  it("describes each onset in the local time before it, as RFC 5545 requires", () => {
    const vtimezone = buildVTimezone("Europe/London", at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));
    expect(vtimezone).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100");
    expect(vtimezone).toContain("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000");
  });

  it("gives a zone without daylight saving a single STANDARD observance", () => {
    const vtimezone = buildVTimezone("Asia/Kolkata", at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));
    expect(vtimezone.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
    expect(vtimezone).toContain("TZOFFSETTO:+0530");
  });
});
