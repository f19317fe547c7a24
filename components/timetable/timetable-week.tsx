// One timetable view drawn with the shared WeekGrid. No hooks: used by the interactive page and by
// the server-rendered print page alike.
import type { TimetableView } from "@/lib/domain/timetable-view";
import { isoDayFullName } from "@/lib/domain/day-names";
import { dayKind, shortDate, weekDates } from "./term-dates";
import { WeekGrid, type WeekGridBlock, type WeekGridDay } from "./week-grid";

export type TimetableWeekProps = {
  view: TimetableView;
  /** A date of the week being looked at: days get their dates, and non-teaching days are marked. */
  weekOf?: string;
  className?: string;
};

/** Working days of the term, plus any day a meeting is on (a weekend lab should not vanish). */
function gridDays(view: TimetableView, weekOf: string | undefined): WeekGridDay[] {
  const days = [...new Set([...view.term.workingDays, ...view.rows.map((r) => r.day)])].sort((a, b) => a - b);
  const dates = weekOf ? weekDates(weekOf, days) : null;
  return days.map((day) => {
    const date = dates?.get(day);
    if (!date) return { day, label: isoDayFullName(day) };
    const kind = dayKind(view.term, date);
    return { day, label: shortDate(date), closedLabel: kind.kind === "closed" ? kind.label : kind.kind === "outsideTerm" ? "Outside the term" : undefined };
  });
}

export function TimetableWeek({ view, weekOf, className }: TimetableWeekProps) {
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
      days={gridDays(view, weekOf)}
      periods={view.periods}
      blocks={blocks}
      // Leave out what the view already says: a batch's week need not repeat the batch on every block.
      hide={{ batch: scope === "batch", faculty: scope === "faculty", room: scope === "room" }}
    />
  );
}
