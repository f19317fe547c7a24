/**
 * Calendar dates of a term for the timetable views: which date "today" is in the term's time zone,
 * which days teach, the dates of a week, and moving between days. Pure, dates as "YYYY-MM-DD".
 */
import { format, parseISO } from "date-fns";
import { addDays, isoWeekday, mondayOf, type IsoDate } from "@/lib/dates/iso-date";
import { wallClockAt } from "@/lib/formats/ical/zoned-wall-time";

export interface TermCalendar {
  firstDay: IsoDate;
  lastDay: IsoDate;
  timezone: string;
  workingDays: number[];
  nonTeachingDays: { date: IsoDate; label: string }[];
}

export type DayKind = { kind: "teaching" } | { kind: "closed"; label: string } | { kind: "noClasses" } | { kind: "outsideTerm" };

/** The date it is now in the term's time zone. */
export function todayIn(timezone: string, now: Date = new Date()): IsoDate {
  const w = wallClockAt(now, timezone);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/** What a date is in the term: a teaching day, a non-teaching day (with its label), a day off, or outside it. */
export function dayKind(term: TermCalendar, date: IsoDate): DayKind {
  if (date < term.firstDay || date > term.lastDay) return { kind: "outsideTerm" };
  const closed = term.nonTeachingDays.find((d) => d.date === date);
  if (closed) return { kind: "closed", label: closed.label };
  return term.workingDays.includes(isoWeekday(date)) ? { kind: "teaching" } : { kind: "noClasses" };
}

/** The first teaching day on or after `date` (or before, with step -1), within the term; null if none. */
export function teachingDayFrom(term: TermCalendar, date: IsoDate, step: 1 | -1 = 1): IsoDate | null {
  for (let d = date; d >= term.firstDay && d <= term.lastDay; d = addDays(d, step)) if (dayKind(term, d).kind === "teaching") return d;
  return null;
}

/** The day a personal agenda opens on: today if it teaches, else the next teaching day, else the term's last. */
export function agendaStartDay(term: TermCalendar, today: IsoDate): IsoDate {
  if (today < term.firstDay) return teachingDayFrom(term, term.firstDay) ?? term.firstDay;
  if (today > term.lastDay) return teachingDayFrom(term, term.lastDay, -1) ?? term.lastDay;
  return teachingDayFrom(term, today) ?? teachingDayFrom(term, today, -1) ?? today;
}

/**
 * The next (or previous) working day within the term: holidays included, so the agenda shows them
 * as such; days with no classes at all (Sundays) are skipped. Null at the term's edge.
 */
export function stepWorkingDay(term: TermCalendar, date: IsoDate, step: 1 | -1): IsoDate | null {
  for (let d = addDays(date, step); d >= term.firstDay && d <= term.lastDay; d = addDays(d, step)) {
    if (term.workingDays.includes(isoWeekday(d))) return d;
  }
  return null;
}

/** The dates of the ISO weekdays of the week `date` falls in. */
export function weekDates(date: IsoDate, isoDays: number[]): Map<number, IsoDate> {
  const monday = mondayOf(date);
  return new Map(isoDays.map((day) => [day, addDays(monday, day - 1)]));
}

// date-fns formats in local time: a date parsed without a zone ("2026-09-21") is local midnight, so
// the day never shifts, and server and browser write the same text.
const localDate = (date: IsoDate) => parseISO(date);

/** "Mon 21 Sep" */
export function shortDate(date: IsoDate): string {
  return format(localDate(date), "EEE d MMM");
}

/** "Monday 21 September 2026" */
export function longDate(date: IsoDate): string {
  return format(localDate(date), "EEEE d MMMM yyyy");
}
