/**
 * What a timetable view is as data, for the server that builds it and the browser that shows it:
 * the rows every view returns (JSON, CSV, ICS and the week grid all read them), the whole view, the
 * choices of the view picker, and "what changed since the last publication". Types only.
 */
import type { NonTeachingDate } from "@/lib/domain/non-teaching-days";
import type { TViewScope } from "@/lib/domain/timetable-query";
import type { TimetableStatus } from "@/lib/generated/prisma/enums";

export type TimetableViewRow = {
  offeringId: string;
  meetingIndex: number;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  day: number;
  dayName: string;
  /** First period index (0-based) and how many consecutive periods the meeting takes. */
  period: number;
  length: number;
  /** "HH:MM" local to the term's timezone: start of the first period, end of the last. */
  startTime: string;
  endTime: string;
  subjectCode: string;
  subjectName: string;
  batchCodes: string[];
  facultyName: string | null;
  roomCode: string;
};

export type PeriodTimes = { index: number; startTime: string; endTime: string };

/** One view: the term, the timetable, what is being viewed, the grid's periods and the meetings. */
export type TimetableView = {
  term: { id: string; name: string; timezone: string; firstDay: string; lastDay: string; workingDays: number[]; nonTeachingDays: NonTeachingDate[] };
  timetable: { id: string; name: string; status: TimetableStatus; publishedAt: string | null };
  view: { scope: TViewScope; id: string | null; label: string; scopeKey: string };
  periods: PeriodTimes[];
  rows: TimetableViewRow[];
};

export type ScheduleSlot = Pick<TimetableViewRow, "day" | "dayName" | "startTime" | "endTime" | "roomCode" | "facultyName">;

export type ScheduleChangeSubject = Pick<TimetableViewRow, "offeringId" | "subjectCode" | "subjectName" | "batchCodes">;

export type ScheduleChange =
  | (ScheduleChangeSubject & { kind: "moved"; before: ScheduleSlot; after: ScheduleSlot })
  | (ScheduleChangeSubject & { kind: "added"; after: ScheduleSlot })
  | (ScheduleChangeSubject & { kind: "removed"; before: ScheduleSlot });

/** One view's meetings in the timetable shown against the timetable published before it. */
export type ScheduleChanges = {
  current: { timetableId: string; publishedAt: string | null };
  previous: { timetableId: string; publishedAt: string } | null;
  changes: ScheduleChange[];
};
