/**
 * What a head of department's pages show, as data: the department's week as a compact matrix (one
 * row per batch) and each faculty member's teaching load against their limits. Types only; the
 * server builds them (lib/server/timetable-views/department-matrix.ts, summarise-teaching-load.ts).
 */
import type { TimetableViewRow } from "@/lib/domain/timetable-view";

export type MatrixMeeting = Pick<TimetableViewRow, "offeringId" | "meetingIndex" | "subjectCode" | "subjectName" | "roomCode" | "facultyName" | "startTime" | "endTime">;

export interface MatrixCell {
  /** First period (0-based) and how many periods the cell spans. */
  period: number;
  span: number;
  meetings: MatrixMeeting[];
}

export interface MatrixRow {
  batchCode: string;
  /** Per day, in `days` order: the cells covering every period once. */
  days: MatrixCell[][];
}

export interface LoadFaculty {
  id: string;
  name: string;
  maxPeriodsPerDay: number;
  maxPeriodsPerWeek: number;
}

export interface FacultyLoad extends LoadFaculty {
  periodsPerWeek: number;
  busiestDay: { day: number; periods: number } | null;
  /** Distinct offerings taught. */
  classes: number;
  teachingDays: number;
  /** periodsPerWeek / maxPeriodsPerWeek: how close to their weekly limit, for sorting and the bar. */
  weeklyShare: number;
}
