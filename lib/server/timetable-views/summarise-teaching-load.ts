/**
 * Each faculty member's teaching in a timetable against their limits: periods a week, the busiest
 * day, classes and teaching days. Pure, so the counting is unit-tested without a database.
 */
import "server-only";
import type { FacultyLoad, LoadFaculty } from "@/lib/domain/department-views";

export interface LoadEntry {
  facultyId: string | null;
  offeringId: string;
  day: number;
  length: number;
}

export function summariseTeachingLoad(faculty: LoadFaculty[], entries: LoadEntry[]): FacultyLoad[] {
  const byFaculty = new Map<string, LoadEntry[]>();
  for (const entry of entries) {
    if (!entry.facultyId) continue;
    const own = byFaculty.get(entry.facultyId);
    if (own) own.push(entry);
    else byFaculty.set(entry.facultyId, [entry]);
  }
  const loads = faculty.map((member): FacultyLoad => {
    const own = byFaculty.get(member.id) ?? [];
    const periodsByDay = new Map<number, number>();
    for (const entry of own) periodsByDay.set(entry.day, (periodsByDay.get(entry.day) ?? 0) + entry.length);
    let busiestDay: FacultyLoad["busiestDay"] = null;
    for (const [day, periods] of [...periodsByDay].sort(([a], [b]) => a - b)) {
      if (!busiestDay || periods > busiestDay.periods) busiestDay = { day, periods };
    }
    const periodsPerWeek = own.reduce((sum, entry) => sum + entry.length, 0);
    return {
      ...member,
      periodsPerWeek,
      busiestDay,
      classes: new Set(own.map((entry) => entry.offeringId)).size,
      teachingDays: periodsByDay.size,
      weeklyShare: member.maxPeriodsPerWeek > 0 ? periodsPerWeek / member.maxPeriodsPerWeek : 0,
    };
  });
  // Most loaded first (the ones a head of department asks about); then by name.
  return loads.sort((a, b) => b.weeklyShare - a.weeklyShare || a.name.localeCompare(b.name));
}
