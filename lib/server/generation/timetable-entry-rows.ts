import "server-only";
import type { Placement } from "@/lib/solver/types";
import type { GridIndex } from "./term-grid";

/** A TimetableEntry row without its timetable id. */
export interface TimetableEntryRow {
  offeringId: string;
  meetingIndex: number;
  day: number;
  period: number;
  length: number;
  roomId: string;
  facultyId: string | null;
}

/**
 * The solver's placements as TimetableEntry rows: solver day indices become ISO weekdays and grid
 * periods the term's period indices, and the offering's faculty is copied so faculty views need no join.
 */
export function timetableEntryRows(placements: Placement[], grid: GridIndex, facultyIdByOffering: Map<string, string | null>): TimetableEntryRow[] {
  return placements.map((placement) => ({
    offeringId: placement.offeringId,
    meetingIndex: placement.meetingIndex,
    day: grid.isoDay(placement.day),
    period: grid.periodIndex(placement.period),
    length: placement.length,
    roomId: placement.roomId,
    facultyId: facultyIdByOffering.get(placement.offeringId) ?? null,
  }));
}
