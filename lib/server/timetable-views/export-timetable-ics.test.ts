import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TimetableView } from "@/lib/domain/timetable-view";

const published = vi.hoisted(() => ({ view: null as unknown as TimetableView }));
vi.mock("./get-published-entries", () => ({ getPublishedEntries: async () => published.view }));

vi.mock("@/lib/formats/ical/build-timetable-calendar", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/formats/ical/build-timetable-calendar")>();
  return { ...actual, buildTimetableCalendar: vi.fn(actual.buildTimetableCalendar) };
});

const { buildTimetableCalendar } = await import("@/lib/formats/ical/build-timetable-calendar");
const { exportTimetableIcs } = await import("./export-timetable-ics");
const build = vi.mocked(buildTimetableCalendar);

function view(overrides: { publishedAt?: string | null; roomCode?: string } = {}): TimetableView {
  return {
    term: { id: "t1", name: "Odd 2026", timezone: "Asia/Kolkata", firstDay: "2026-07-20", lastDay: "2026-11-27", workingDays: [1, 2, 3, 4, 5], nonTeachingDays: [] },
    timetable: { id: "tt1", name: "Balanced", status: "PUBLISHED", publishedAt: overrides.publishedAt === undefined ? "2026-07-01T10:00:00.000Z" : overrides.publishedAt },
    view: { scope: "me", id: null, label: "Dr Rao", scopeKey: "me-u1" },
    periods: [{ index: 0, startTime: "09:00", endTime: "09:50" }],
    rows: [
      {
        offeringId: "o1",
        meetingIndex: 0,
        day: 2,
        dayName: "Tuesday",
        period: 0,
        length: 1,
        startTime: "09:00",
        endTime: "09:50",
        subjectCode: "CS301",
        subjectName: "Operating Systems",
        batchCodes: ["CSE-5A"],
        facultyName: "Dr Rao",
        roomCode: overrides.roomCode ?? "LH-204",
      },
    ],
  };
}

const viewer = { id: "u1", role: "FACULTY" as const, departmentId: "d1" };

describe("exportTimetableIcs", () => {
  beforeEach(() => {
    vi.useRealTimers();
    build.mockClear();
  });

  it("builds a view's calendar once, and a changed view's again", async () => {
    published.view = view();
    const first = (await exportTimetableIcs({ viewer, query: { scope: "me" } })).body;
    expect((await exportTimetableIcs({ viewer, query: { scope: "me" } })).body).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    published.view = view({ roomCode: "LH-999" });
    const moved = (await exportTimetableIcs({ viewer, query: { scope: "me" } })).body;
    expect(moved).toContain("LOCATION:LH-999");
    expect(moved).not.toContain("LH-204");
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("stamps a calendar without publishedAt (a draft) with the time its view was built", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    published.view = view({ publishedAt: null });
    vi.setSystemTime(new Date("2026-11-23T09:00:00Z"));
    expect((await exportTimetableIcs({ viewer, query: { scope: "me" } })).body).toContain("DTSTAMP:20261123T090000Z");
    vi.setSystemTime(new Date("2026-11-23T09:05:00Z"));
    expect((await exportTimetableIcs({ viewer, query: { scope: "me" } })).body).toContain("DTSTAMP:20261123T090000Z");
    published.view = view({ publishedAt: null });
    expect((await exportTimetableIcs({ viewer, query: { scope: "me" } })).body).toContain("DTSTAMP:20261123T090500Z");
  });
});
