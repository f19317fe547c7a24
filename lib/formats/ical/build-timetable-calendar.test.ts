// Parses the generated .ics with an independent parser (node-ical) and expands each RRULE, so these
// tests check what a calendar client would show, not the text we happened to write.
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { buildTimetableCalendar, firstDateOnWeekday, type CalendarMeeting } from "./build-timetable-calendar";
import { wallClockAt } from "./zoned-wall-time";

const dataStructures: CalendarMeeting = {
  offeringId: "off-ds",
  meetingIndex: 0,
  day: 3, // Wednesday
  startTime: "09:00",
  endTime: "09:50",
  subjectCode: "CS301",
  subjectName: "Data Structures",
  batchCodes: ["CSE-3A"],
  facultyName: "Dr Rao",
  roomCode: "LH-101",
};

function parseEvents(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
}

function occurrences(event: VEvent, from: string, to: string) {
  return ical.expandRecurringEvent(event, { from: new Date(from), to: new Date(to) });
}

function localDateTime(instant: Date, timeZone: string): string {
  const w = wallClockAt(instant, timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}

describe("buildTimetableCalendar", () => {
  it("keeps a 09:00 London class at 09:00 local across the end of British Summer Time", () => {
    // Term Mon 19 Oct - Fri 6 Nov 2026; clocks go back on Sunday 25 Oct 2026.
    const ics = buildTimetableCalendar({
      calendarName: "CSE-3A",
      term: { timezone: "Europe/London", firstDay: "2026-10-19", lastDay: "2026-11-06" },
      publishedAt: new Date("2026-10-01T10:00:00Z"),
      scopeKey: "me-u1",
      meetings: [dataStructures],
    });
    const [event] = parseEvents(ics);
    const instances = occurrences(event, "2026-09-01", "2027-01-31");

    expect(instances.map((i) => localDateTime(i.start, "Europe/London"))).toEqual([
      "2026-10-21 09:00",
      "2026-10-28 09:00",
      "2026-11-04 09:00",
    ]);
    expect(instances.map((i) => localDateTime(i.end, "Europe/London"))).toEqual([
      "2026-10-21 09:50",
      "2026-10-28 09:50",
      "2026-11-04 09:50",
    ]);
    // The same local time is a different UTC time on either side of the change.
    expect(instances[0].start.toISOString()).toBe("2026-10-21T08:00:00.000Z");
    expect(instances[1].start.toISOString()).toBe("2026-10-28T09:00:00.000Z");
  });

  it("keeps New York classes at local time across the start of daylight time in March", () => {
    const ics = buildTimetableCalendar({
      calendarName: "x",
      term: { timezone: "America/New_York", firstDay: "2027-03-01", lastDay: "2027-03-26" },
      publishedAt: null,
      scopeKey: "room-r1",
      meetings: [{ ...dataStructures, day: 1, startTime: "14:10", endTime: "16:00" }],
    });
    const instances = occurrences(parseEvents(ics)[0], "2027-01-01", "2027-12-31");
    expect(instances.map((i) => localDateTime(i.start, "America/New_York"))).toEqual([
      "2027-03-01 14:10",
      "2027-03-08 14:10",
      "2027-03-15 14:10",
      "2027-03-22 14:10",
    ]);
  });

  it("starts on the first matching weekday on or after the first day and stops on the last day", () => {
    // Asia/Kolkata has no daylight saving: a plain count of Mondays and Saturdays in the term.
    const ics = buildTimetableCalendar({
      calendarName: "x",
      term: { timezone: "Asia/Kolkata", firstDay: "2026-07-15", lastDay: "2026-08-10" }, // Wed .. Mon
      publishedAt: null,
      scopeKey: "me-u1",
      meetings: [
        { ...dataStructures, meetingIndex: 0, day: 1 },
        { ...dataStructures, meetingIndex: 1, day: 6, startTime: "11:00", endTime: "12:40" },
      ],
    });
    const [monday, saturday] = parseEvents(ics).sort((a, b) => a.uid.localeCompare(b.uid));
    const mondays = occurrences(monday, "2026-01-01", "2026-12-31").map((i) => localDateTime(i.start, "Asia/Kolkata"));
    const saturdays = occurrences(saturday, "2026-01-01", "2026-12-31").map((i) => localDateTime(i.start, "Asia/Kolkata"));
    expect(mondays).toEqual(["2026-07-20 09:00", "2026-07-27 09:00", "2026-08-03 09:00", "2026-08-10 09:00"]);
    expect(saturdays).toEqual(["2026-07-18 11:00", "2026-07-25 11:00", "2026-08-01 11:00", "2026-08-08 11:00"]);
  });

  it("writes a stable UID per (offering, meeting, view), the summary, location and a publication SEQUENCE", () => {
    const build = (publishedAt: Date) =>
      parseEvents(
        buildTimetableCalendar({
          calendarName: "x",
          term: { timezone: "Europe/London", firstDay: "2026-10-19", lastDay: "2026-11-06" },
          publishedAt,
          scopeKey: "me-u1",
          meetings: [{ ...dataStructures, batchCodes: ["CSE-3A", "CSE-3B"] }],
        }),
      )[0];
    const first = build(new Date("2026-10-01T10:00:00Z"));
    const republished = build(new Date("2026-10-02T10:00:00Z"));

    expect(first.uid).toBe("off-ds-0.me-u1@timetabler");
    expect(republished.uid).toBe(first.uid);
    expect(Number(republished.sequence)).toBeGreaterThan(Number(first.sequence));
    expect(first.summary).toBe("CS301 Data Structures (CSE-3A, CSE-3B)");
    expect(first.location).toBe("LH-101");
    expect(first.description).toContain("Dr Rao");
    expect(first.description).toContain("CSE-3A, CSE-3B");
  });

  it("declares the zone's transitions in a VTIMEZONE", () => {
    const ics = buildTimetableCalendar({
      calendarName: "x",
      term: { timezone: "Europe/London", firstDay: "2026-10-19", lastDay: "2026-11-06" },
      publishedAt: null,
      scopeKey: "me-u1",
      meetings: [dataStructures],
    });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
    expect(unfolded).toMatch(/BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0000/);
    expect(unfolded).toMatch(/DTSTART;TZID=Europe\/London:20261021T090000/);
    // UNTIL must be UTC when DTSTART has a TZID (RFC 5545 3.3.10).
    expect(unfolded).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=20261106T235959Z/);
  });

  it("leaves out non-teaching days (EXDATE), starts after a closed first week, and drops a weekday that is always closed", () => {
    // Asia/Kolkata, Mon 20 Jul - Fri 14 Aug 2026. Closed: Mon 20 Jul (the first Monday), Wed 29 Jul,
    // and every Friday (a weekday with no teaching left at all).
    const ics = buildTimetableCalendar({
      calendarName: "x",
      term: {
        timezone: "Asia/Kolkata",
        firstDay: "2026-07-20",
        lastDay: "2026-08-14",
        nonTeachingDays: [{ date: "2026-07-20" }, { date: "2026-07-29" }, ...["2026-07-24", "2026-07-31", "2026-08-07", "2026-08-14"].map((date) => ({ date }))],
      },
      publishedAt: null,
      scopeKey: "me-u1",
      meetings: [
        { ...dataStructures, meetingIndex: 0, day: 1 },
        { ...dataStructures, meetingIndex: 1, day: 3, startTime: "14:30", endTime: "15:20" },
        { ...dataStructures, meetingIndex: 2, day: 5 },
      ],
    });
    const events = parseEvents(ics).sort((a, b) => a.uid.localeCompare(b.uid));
    expect(events).toHaveLength(2);
    const [monday, wednesday] = events.map((e) => occurrences(e, "2026-01-01", "2026-12-31").map((i) => localDateTime(i.start, "Asia/Kolkata")));
    expect(monday).toEqual(["2026-07-27 09:00", "2026-08-03 09:00", "2026-08-10 09:00"]);
    expect(wednesday).toEqual(["2026-07-22 14:30", "2026-08-05 14:30", "2026-08-12 14:30"]);
    expect(ics.replace(/\r\n /g, "")).toMatch(/EXDATE;TZID=Asia\/Kolkata:20260729T143000/);
  });

  it("leaves out a weekday that never occurs in a very short term", () => {
    const ics = buildTimetableCalendar({
      calendarName: "x",
      term: { timezone: "UTC", firstDay: "2026-10-19", lastDay: "2026-10-20" }, // Mon, Tue
      publishedAt: null,
      scopeKey: "me-u1",
      meetings: [dataStructures],
    });
    expect(parseEvents(ics)).toHaveLength(0);
  });
});

describe("buildTimetableCalendar with hostile names", () => {
  // What a faculty CSV import could store before names were checked: line breaks that start a new
  // event, and every character iCalendar TEXT must escape.
  const injected = "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected@x\r\nSUMMARY:Free beer\r\nDTSTART:20261021T090000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT";
  const hostile: CalendarMeeting[] = [
    { ...dataStructures, offeringId: "a", facultyName: injected, subjectName: "Rao, Asha; \\ back\\slash" },
    { ...dataStructures, offeringId: "b", day: 4, subjectName: "Line\nbreak\rand\u0000NUL", roomCode: "LH;1,2\\3", batchCodes: ["A,B", "C;D"] },
  ];

  it("parses with a real parser into exactly the expected events and calendar name", () => {
    const ics = buildTimetableCalendar({
      calendarName: `Dr ${injected}; \\, x`,
      term: { timezone: "Europe/London", firstDay: "2026-10-19", lastDay: "2026-11-06" },
      publishedAt: new Date("2026-10-01T10:00:00Z"),
      scopeKey: "me-u1",
      meetings: hostile,
    });
    const parsed = ical.sync.parseICS(ics);
    const events = parseEvents(ics);
    expect(events.map((e) => e.uid).sort()).toEqual(["a-0.me-u1@timetabler", "b-0.me-u1@timetabler"]);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const a = byUid.get("a-0.me-u1@timetabler")!;
    expect(a.summary).toBe("CS301 Rao, Asha; \\ back\\slash (CSE-3A)");
    expect(a.description).toBe(`Faculty: ${injected.replaceAll("\r\n", "\n")}\nBatch: CSE-3A\nRoom: LH-101`);
    const b = byUid.get("b-0.me-u1@timetabler")!;
    // CR alone and LF both become line breaks; the NUL is dropped (TEXT may not hold it).
    expect(b.summary).toBe("CS301 Line\nbreak\nandNUL (A,B, C;D)");
    expect(b.location).toBe("LH;1,2\\3");
    // Only our two events' lines start a component: the injected text stayed inside values.
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
    expect(ics).not.toMatch(/^SUMMARY:Free beer/m);
    const calendar = Object.values(parsed).find((c) => c?.type === "VCALENDAR") as unknown as Record<string, unknown>;
    expect(calendar["WR-CALNAME"]).toBe(`Dr ${injected.replaceAll("\r\n", "\n")}; \\, x`);
  });
});

describe("firstDateOnWeekday", () => {
  it("returns the date itself when it already falls on the weekday, else the next one", () => {
    expect(firstDateOnWeekday({ year: 2026, month: 10, day: 19 }, 1)).toEqual({ year: 2026, month: 10, day: 19 });
    expect(firstDateOnWeekday({ year: 2026, month: 10, day: 19 }, 7)).toEqual({ year: 2026, month: 10, day: 25 });
    expect(firstDateOnWeekday({ year: 2026, month: 12, day: 30 }, 1)).toEqual({ year: 2027, month: 1, day: 4 });
  });
});
