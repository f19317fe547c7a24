// One timetable view drawn with the shared WeekGrid. No hooks: used by the interactive page and by
// the server-rendered print page alike.
import type { TimetableView } from "@/lib/server/timetable-views/get-published-entries";
import { isoDayFullName } from "@/lib/domain/day-names";
import { WeekGrid, type WeekGridBlock } from "./week-grid";

export type TimetableWeekProps = { view: TimetableView; className?: string };

/** Working days of the term, plus any day a meeting is on (a weekend lab should not vanish). */
function gridDays(view: TimetableView) {
  const days = new Set([...view.term.workingDays, ...view.rows.map((r) => r.day)]);
  return [...days].sort((a, b) => a - b).map((day) => ({ day, label: isoDayFullName(day) }));
}

export function TimetableWeek({ view, className }: TimetableWeekProps) {
  const blocks: WeekGridBlock[] = view.rows.map((row) => ({
    id: `${row.offeringId}-${row.meetingIndex}`,
    day: row.day,
    period: row.period,
    length: row.length,
    subjectCode: row.subjectCode,
    subjectName: row.subjectName,
    batchLabel: row.batchCodes.join(", "),
    facultyLabel: row.facultyName,
    roomLabel: row.roomCode,
  }));
  const { scope } = view.view;
  return (
    <WeekGrid
      className={className}
      caption={`${view.view.label}, ${view.term.name}`}
      days={gridDays(view)}
      periods={view.periods}
      blocks={blocks}
      // Leave out what the view already says: a batch's week need not repeat the batch on every block.
      hide={{ batch: scope === "batch", faculty: scope === "faculty", room: scope === "room" }}
    />
  );
}
