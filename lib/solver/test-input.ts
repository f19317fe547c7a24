/**
 * Tiny hand-made inputs for the evaluate/preflight unit tests. Every weight defaults to 0 so each
 * test switches on exactly the constraint it is about and the expected cost can be worked out by hand.
 */
import type { Placement, SoftWeights, SolverFaculty, SolverGroup, SolverInput, SolverOffering, SolverRoom } from "./types";

export const ZERO_WEIGHTS: SoftWeights = {
  roomCapacity: 0,
  minDays: 0,
  isolated: 0,
  gaps: 0,
  roomStability: 0,
  facultyPreference: 0,
  backToBack: 0,
  edgePeriods: 0,
  dailyBalance: 0,
};

export function room(id: string, extra: Partial<SolverRoom> = {}): SolverRoom {
  return { id, name: id, capacity: 50, type: "LECTURE", unavailable: [], ...extra };
}

export function faculty(id: string, extra: Partial<SolverFaculty> = {}): SolverFaculty {
  return { id, name: id, unavailable: [], preferred: [], avoidBackToBack: false, ...extra };
}

export function offering(id: string, extra: Partial<SolverOffering> = {}): SolverOffering {
  return { id, name: id, facultyId: null, meetings: 1, length: 1, minDays: 1, size: 10, roomType: null, unavailable: [], ...extra };
}

export function group(id: string, offeringIds: string[], extra: Partial<SolverGroup> = {}): SolverGroup {
  return { id, name: id, kind: "batch", offeringIds, compact: true, ...extra };
}

/** 2 days ("Mon", "Tue") x 4 periods ("09:00".."12:00"), no breaks, one lecture room, no weights. */
export function tinyInput(extra: Partial<SolverInput> = {}): SolverInput {
  return {
    days: 2,
    periodsPerDay: 4,
    breakAfter: [false, false, false, false],
    dayNames: ["Mon", "Tue"],
    periodNames: ["09:00", "10:00", "11:00", "12:00"],
    edgePeriods: [],
    rooms: [room("R1")],
    faculty: [],
    groups: [],
    offerings: [],
    fixed: [],
    weights: { ...ZERO_WEIGHTS },
    ...extra,
  };
}

/** Placement shorthand: meeting `meetingIndex` of `offeringId` at (day, period) in `roomId`. */
export function at(offeringId: string, meetingIndex: number, day: number, period: number, roomId = "R1", length = 1): Placement {
  return { offeringId, meetingIndex, day, period, length, roomId };
}
