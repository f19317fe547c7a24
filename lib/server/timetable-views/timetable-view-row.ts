// The entry a timetable view's row is made from, and the mapping between the two (pure, so it is
// unit-tested). The row itself is a contract shared with the browser: lib/domain/timetable-view.ts.
import "server-only";
import { isoDayFullName } from "@/lib/domain/day-names";
import type { PeriodTimes, TimetableViewRow } from "@/lib/domain/timetable-view";

/** One entry as load-view-entries.ts reads it (flat, joined in SQL). */
export type ViewEntry = {
  offeringId: string;
  meetingIndex: number;
  day: number;
  period: number;
  length: number;
  roomCode: string;
  subjectCode: string;
  subjectName: string;
  facultyTitle: string | null;
  facultyUserName: string | null;
  batchCodes: string[];
};

export function facultyDisplayName(faculty: { title: string | null; user: { name: string } } | null): string | null {
  if (!faculty) return null;
  return faculty.title ? `${faculty.title} ${faculty.user.name}` : faculty.user.name;
}

/** Sorted by day, then period, then subject code, so every export lists meetings in week order. */
export function toTimetableViewRows(entries: readonly ViewEntry[], periods: readonly PeriodTimes[]): TimetableViewRow[] {
  const byIndex = new Map(periods.map((p) => [p.index, p]));
  const rows = entries.map((entry): TimetableViewRow => {
    const first = byIndex.get(entry.period);
    const last = byIndex.get(entry.period + entry.length - 1);
    // An entry outside the term's grid means the periods were edited after generation; failing
    // loudly beats exporting a meeting at a made-up time.
    if (!first || !last) {
      throw new Error(`Entry ${entry.offeringId}#${entry.meetingIndex} uses periods missing from the term's grid`);
    }
    return {
      offeringId: entry.offeringId,
      meetingIndex: entry.meetingIndex,
      day: entry.day,
      dayName: isoDayFullName(entry.day),
      period: entry.period,
      length: entry.length,
      startTime: first.startTime,
      endTime: last.endTime,
      subjectCode: entry.subjectCode,
      subjectName: entry.subjectName,
      batchCodes: entry.batchCodes,
      facultyName: entry.facultyUserName ? facultyDisplayName({ title: entry.facultyTitle, user: { name: entry.facultyUserName } }) : null,
      roomCode: entry.roomCode,
    };
  });
  return rows.sort(
    (a, b) => a.day - b.day || a.period - b.period || a.subjectCode.localeCompare(b.subjectCode) || a.meetingIndex - b.meetingIndex,
  );
}
