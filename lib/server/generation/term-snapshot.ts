/**
 * Plain data read from the database for one generation run: everything build-solver-input needs,
 * already limited to the job's scope. load-term-snapshot.ts fills it; map-solver-input.ts maps it.
 * Days are ISO weekdays and periods are Period.index, as stored.
 */
import "server-only";
import type { PeriodRow } from "./term-grid";

export interface Cell {
  day: number;
  period: number;
}

export interface SnapshotRoom {
  id: string;
  code: string;
  capacity: number;
  type: string;
  unavailable: Cell[];
}

export interface SnapshotFaculty {
  id: string;
  title: string | null;
  name: string;
  maxPeriodsPerDay: number;
  maxPeriodsPerWeek: number;
  avoidBackToBack: boolean;
  slots: (Cell & { preference: "UNAVAILABLE" | "PREFERRED" })[];
}

export interface SnapshotBatch {
  id: string;
  code: string;
  size: number;
}

export interface SnapshotOffering {
  id: string;
  subjectCode: string;
  subjectName: string;
  subjectRoomType: string;
  /** Null: the subject's room type. */
  roomType: string | null;
  facultyId: string | null;
  meetingsPerWeek: number;
  meetingLength: number;
  minDays: number;
  /** Null: the sum of its batches' sizes. */
  expectedSize: number | null;
  batchIds: string[];
  unavailable: Cell[];
}

/** A student who takes offerings beyond their batch's own. Students with no extras are not loaded. */
export interface SnapshotStudent {
  batchId: string;
  extraOfferingIds: string[];
}

export interface SnapshotFixedSlot {
  offeringId: string;
  meetingIndex: number | null;
  day: number;
  period: number;
  roomId: string | null;
}

export interface TermSnapshot {
  termId: string;
  workingDays: number[];
  periods: PeriodRow[];
  rooms: SnapshotRoom[];
  faculty: SnapshotFaculty[];
  batches: SnapshotBatch[];
  offerings: SnapshotOffering[];
  students: SnapshotStudent[];
  fixedSlots: SnapshotFixedSlot[];
}
