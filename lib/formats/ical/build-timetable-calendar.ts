// A timetable view as an iCalendar file: one weekly recurring event per meeting, in the term's
// time zone. Deliberately local times with a TZID rather than UTC (the style guide's default):
// a weekly RRULE on a UTC start would move a 09:00 class to 08:00 after a daylight-saving change.
// Non-teaching days are EXDATEs of the weekly event (same local time and TZID as DTSTART), which
// Google Calendar, Outlook, Apple Calendar and node-ical all honour; an event whose first week falls
// on one starts on its first teaching day instead, so no client has to exclude its DTSTART.
import ical, { escape, ICalCalendarMethod, ICalEventRepeatingFreq } from "ical-generator";
import type { TimetableViewRow } from "@/lib/domain/timetable-view";
import { buildVTimezone } from "./vtimezone";
import { plainDateTime, wallClockToInstant, type WallClock } from "./zoned-wall-time";

export type CalendarMeeting = Pick<
  TimetableViewRow,
  "offeringId" | "meetingIndex" | "day" | "startTime" | "endTime" | "subjectCode" | "subjectName" | "batchCodes" | "facultyName" | "roomCode"
>;

export type BuildTimetableCalendarOptions = {
  /** e.g. "CSE-3A · 2026-27 Odd semester" */
  calendarName: string;
  /** Dates as "YYYY-MM-DD"; times of meetings are local to `timezone`. */
  term: { timezone: string; firstDay: string; lastDay: string; nonTeachingDays?: readonly { date: string }[] };
  /** When the timetable was published: drives SEQUENCE and DTSTAMP so re-imports update events. */
  publishedAt: Date | null;
  /** Distinguishes views (e.g. "me-<userId>", "batch-<id>") inside UIDs. */
  scopeKey: string;
  meetings: readonly CalendarMeeting[];
};

// SEQUENCE must grow with every publication and fit a 32-bit integer; seconds since 2020 do both
// (until 2088).
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);
const FEED_REFRESH_SECONDS = 6 * 3600;

type CalendarDate = { year: number; month: number; day: number };

// RFC 5545 TEXT may not hold control characters other than tab; line breaks are escaped by
// ical-generator (as \n), anything else is dropped. Such names are refused at input already
// (lib/validation/fields.ts); this keeps rows written before that, or by hand, from breaking a calendar.
const NON_TEXT_CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A value for a TEXT property: what ical-generator then escapes (\ ; , and line breaks). */
function calendarText(value: string): string {
  return value.replace(NON_TEXT_CONTROL_CHARACTER, "");
}

/**
 * The calendar's name, fully escaped here: ical-generator writes NAME and X-WR-CALNAME as given, so
 * a faculty name with a CR/LF injected whole events into that person's feed.
 */
function calendarName(value: string): string {
  return escape(calendarText(value), false);
}

function parseIsoDate(value: string): CalendarDate {
  const [year, month, day] = value.split("-").map(Number);
  return { year, month, day };
}

function parseClock(value: string): { hour: number; minute: number } {
  const [hour, minute] = value.split(":").map(Number);
  return { hour, minute };
}

/** The first date on or after `from` that falls on ISO weekday `isoDay` (1 = Monday). */
export function firstDateOnWeekday(from: CalendarDate, isoDay: number): CalendarDate {
  const start = new Date(Date.UTC(from.year, from.month - 1, from.day));
  const startIsoDay = ((start.getUTCDay() + 6) % 7) + 1;
  const date = new Date(start.getTime() + (((isoDay - startIsoDay + 7) % 7) * 86_400_000));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + 7 * weeks));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dateKey(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The weekly dates of a meeting from its first date to the term's last day. */
function weeklyDates(first: CalendarDate, lastDay: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let date = first; compareDates(date, lastDay) <= 0; date = addWeeks(date, 1)) dates.push(date);
  return dates;
}

export function meetingUid(meeting: Pick<CalendarMeeting, "offeringId" | "meetingIndex">, scopeKey: string): string {
  return `${meeting.offeringId}-${meeting.meetingIndex}.${scopeKey}@timetabler`;
}

export function meetingSummary(meeting: Pick<CalendarMeeting, "subjectCode" | "subjectName" | "batchCodes">): string {
  const batches = meeting.batchCodes.length > 0 ? ` (${meeting.batchCodes.join(", ")})` : "";
  return `${meeting.subjectCode} ${meeting.subjectName}${batches}`;
}

function meetingDescription(meeting: CalendarMeeting): string {
  return [
    `Faculty: ${meeting.facultyName ?? "to be announced"}`,
    `Batch${meeting.batchCodes.length === 1 ? "" : "es"}: ${meeting.batchCodes.join(", ") || "none"}`,
    `Room: ${meeting.roomCode}`,
  ].join("\n");
}

export function buildTimetableCalendar(options: BuildTimetableCalendarOptions): string {
  const { term, publishedAt, scopeKey } = options;
  const firstDay = parseIsoDate(term.firstDay);
  const lastDay = parseIsoDate(term.lastDay);
  const termStart = wallClockToInstant({ ...firstDay, hour: 0, minute: 0, second: 0 }, term.timezone);
  const termEnd = wallClockToInstant({ ...lastDay, hour: 23, minute: 59, second: 59 }, term.timezone);

  const calendar = ical({
    name: calendarName(options.calendarName),
    prodId: { company: "timetabler", product: "timetable", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: FEED_REFRESH_SECONDS,
    // No calendar-wide zone name: with one, ical-generator writes RRULE UNTIL as local time, which
    // RFC 5545 forbids next to a TZID start. Each event carries the TZID instead.
    timezone: { name: null, generator: (zone) => buildVTimezone(zone, termStart, termEnd) },
  });

  const sequence = publishedAt ? Math.max(0, Math.floor((publishedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000)) : 0;
  const stamp = publishedAt ?? new Date();

  const closed = new Set((term.nonTeachingDays ?? []).map((d) => d.date));
  for (const meeting of options.meetings) {
    const dates = weeklyDates(firstDateOnWeekday(firstDay, meeting.day), lastDay);
    const teaching = dates.filter((date) => !closed.has(dateKey(date)));
    // A term shorter than a week may skip a weekday; a weekday may also fall only on closed days.
    if (teaching.length === 0) continue;
    const firstDate = teaching[0];
    const clock = parseClock(meeting.startTime);
    const excluded = dates.filter((date) => compareDates(date, firstDate) > 0 && closed.has(dateKey(date)));
    const start: WallClock = { ...firstDate, ...clock, second: 0 };
    const end: WallClock = { ...firstDate, ...parseClock(meeting.endTime), second: 0 };
    calendar.createEvent({
      id: meetingUid(meeting, scopeKey),
      sequence,
      stamp,
      start: plainDateTime(start),
      end: plainDateTime(end),
      timezone: term.timezone,
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        until: termEnd,
        ...(excluded.length > 0 ? { exclude: excluded.map((date) => plainDateTime({ ...date, ...clock, second: 0 })) } : {}),
      },
      summary: calendarText(meetingSummary(meeting)),
      description: calendarText(meetingDescription(meeting)),
      location: calendarText(meeting.roomCode),
    });
  }
  return calendar.toString();
}
