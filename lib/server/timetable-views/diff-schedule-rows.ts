// What changed between two versions of one view's week, for "what changed since the last
// publication". Pure, so the pairing rules are unit-tested.
//
// Meetings are compared per offering rather than by meetingIndex: a regenerated timetable may swap
// which meeting is "0" and which is "1", and reporting that as two moves would be noise.
import "server-only";
import type { ScheduleChange, ScheduleChangeSubject, ScheduleSlot, TimetableViewRow } from "@/lib/domain/timetable-view";

function slotOf(row: TimetableViewRow): ScheduleSlot {
  return {
    day: row.day,
    dayName: row.dayName,
    startTime: row.startTime,
    endTime: row.endTime,
    roomCode: row.roomCode,
    facultyName: row.facultyName,
  };
}

function subjectOf(row: TimetableViewRow): ScheduleChangeSubject {
  return { offeringId: row.offeringId, subjectCode: row.subjectCode, subjectName: row.subjectName, batchCodes: row.batchCodes };
}

function slotKey(row: TimetableViewRow): string {
  return [row.day, row.startTime, row.endTime, row.roomCode, row.facultyName ?? ""].join("|");
}

function groupByOffering(rows: readonly TimetableViewRow[]): Map<string, TimetableViewRow[]> {
  const groups = new Map<string, TimetableViewRow[]>();
  for (const row of rows) {
    const group = groups.get(row.offeringId) ?? [];
    group.push(row);
    groups.set(row.offeringId, group);
  }
  return groups;
}

const byWeekOrder = (a: TimetableViewRow, b: TimetableViewRow) => a.day - b.day || a.startTime.localeCompare(b.startTime);

/** Changes ordered by subject code, then by the day they (used to) happen. */
export function diffScheduleRows(previous: readonly TimetableViewRow[], current: readonly TimetableViewRow[]): ScheduleChange[] {
  const previousByOffering = groupByOffering(previous);
  const currentByOffering = groupByOffering(current);
  const offeringIds = new Set([...previousByOffering.keys(), ...currentByOffering.keys()]);
  const changes: ScheduleChange[] = [];

  for (const offeringId of offeringIds) {
    const before = [...(previousByOffering.get(offeringId) ?? [])].sort(byWeekOrder);
    const after = [...(currentByOffering.get(offeringId) ?? [])].sort(byWeekOrder);
    // Meetings that kept their day, time, room and teacher are not changes, whatever their index.
    const unmatchedAfter = [...after];
    const unmatchedBefore = before.filter((row) => {
      const same = unmatchedAfter.findIndex((candidate) => slotKey(candidate) === slotKey(row));
      if (same === -1) return true;
      unmatchedAfter.splice(same, 1);
      return false;
    });
    // The rest pair up in week order as moves; what is left over was added or removed.
    const pairs = Math.min(unmatchedBefore.length, unmatchedAfter.length);
    for (let i = 0; i < pairs; i++) {
      changes.push({ ...subjectOf(unmatchedAfter[i]), kind: "moved", before: slotOf(unmatchedBefore[i]), after: slotOf(unmatchedAfter[i]) });
    }
    for (const row of unmatchedAfter.slice(pairs)) changes.push({ ...subjectOf(row), kind: "added", after: slotOf(row) });
    for (const row of unmatchedBefore.slice(pairs)) changes.push({ ...subjectOf(row), kind: "removed", before: slotOf(row) });
  }

  const dayOf = (change: ScheduleChange) => (change.kind === "added" ? change.after.day : change.before.day);
  return changes.sort((a, b) => a.subjectCode.localeCompare(b.subjectCode) || dayOf(a) - dayOf(b));
}
