"use client";
/**
 * One day of a personal timetable as a list, for phones: the date, then each class with its time,
 * subject name, room and teacher; a holiday says so. Previous/next move between working days.
 */
import { Button } from "@/components/ui/button";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { isoWeekday } from "@/lib/dates/iso-date";
import { dayKind, longDate, stepWorkingDay } from "./term-dates";
import { subjectColour } from "./week-grid";

export interface DayAgendaProps {
  view: TimetableView;
  date: string;
  today: string;
  /** Where the agenda opened (today, or the next teaching day). */
  home: string;
  onDateChange: (date: string) => void;
}

export function DayAgenda({ view, date, today, home, onDateChange }: DayAgendaProps) {
  const kind = dayKind(view.term, date);
  const previous = stepWorkingDay(view.term, date, -1);
  const next = stepWorkingDay(view.term, date, 1);
  const classes = kind.kind === "teaching" ? view.rows.filter((r) => r.day === isoWeekday(date)).sort((a, b) => a.period - b.period) : [];
  const { scope } = view.view;

  return (
    <section aria-labelledby="agenda-day" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <Button variant="secondary" size="sm" disabled={!previous} onClick={() => previous && onDateChange(previous)}>
          <span aria-hidden="true">‹</span> Previous day
        </Button>
        <div className="text-center">
          <h3 id="agenda-day" className="text-base font-semibold">
            {longDate(date)}
          </h3>
          {date === today ? <p className="text-xs text-muted">Today</p> : null}
        </div>
        <Button variant="secondary" size="sm" disabled={!next} onClick={() => next && onDateChange(next)}>
          Next day <span aria-hidden="true">›</span>
        </Button>
      </div>

      {kind.kind === "closed" ? (
        <p className="rounded-md border border-border bg-subtle px-3 py-4 text-center" role="status">
          <span className="block font-semibold">{kind.label}</span>
          <span className="text-sm text-muted">Non-teaching day: no classes</span>
        </p>
      ) : null}
      {kind.kind === "outsideTerm" ? (
        <p className="text-muted" role="status">
          Outside the term ({view.term.firstDay} to {view.term.lastDay}).
        </p>
      ) : null}
      {kind.kind === "noClasses" || (kind.kind === "teaching" && classes.length === 0) ? <p className="text-muted">No classes on this day.</p> : null}

      {classes.length > 0 ? (
        <ol aria-label={`Classes on ${longDate(date)}`} className="space-y-2">
          {classes.map((row) => (
            <li key={`${row.offeringId}-${row.meetingIndex}`} className={`rounded-md border px-3 py-2 ${subjectColour(row.subjectCode)}`}>
              <p className="text-sm font-medium">
                {row.startTime}–{row.endTime}
              </p>
              <p className="font-semibold">{row.subjectName}</p>
              <p className="text-sm">
                {row.subjectCode}
                {scope !== "room" ? ` · Room ${row.roomCode}` : null}
              </p>
              {scope !== "faculty" && row.facultyName ? <p className="text-sm">{row.facultyName}</p> : null}
              {scope !== "batch" && row.batchCodes.length > 0 ? <p className="text-sm">{row.batchCodes.join(", ")}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {date !== home ? (
        <p className="text-center">
          <Button variant="ghost" size="sm" onClick={() => onDateChange(home)}>
            {home === today ? "Back to today" : "Back to the next teaching day"}
          </Button>
        </p>
      ) : null}
    </section>
  );
}
