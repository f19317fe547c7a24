/**
 * Lookups, labels and placement validity shared by the from-scratch scorer (evaluate*.ts) and the
 * counting checks (preflight*.ts). Deliberately simple: maps built once per call, no caching,
 * because evaluate() is the slow reference the incremental engine is tested against.
 */
import type {
  HardConstraint,
  Placement,
  SoftConstraint,
  SolverFaculty,
  SolverGroup,
  SolverInput,
  SolverOffering,
  SolverRoom,
} from "./types";

export const HARD_CONSTRAINTS: readonly HardConstraint[] = [
  "unplaced",
  "facultyClash",
  "groupClash",
  "roomClash",
  "roomType",
  "facultyUnavailable",
  "roomUnavailable",
  "offeringUnavailable",
  "fixedSlot",
  "facultyMaxPerDay",
  "facultyMaxPerWeek",
];

export const SOFT_CONSTRAINTS = [
  "roomCapacity",
  "minDays",
  "isolated",
  "gaps",
  "roomStability",
  "facultyPreference",
  "backToBack",
  "edgePeriods",
  "dailyBalance",
] as const satisfies readonly SoftConstraint[];
// Every SoftConstraint is listed: a weight added to SoftWeights but not here fails to compile here,
// rather than being silently dropped by the weight parsers and breakdowns built on this list.
const unlistedSoftConstraints: Record<Exclude<SoftConstraint, (typeof SOFT_CONSTRAINTS)[number]>, never> = {};
void unlistedSoftConstraints;

export function emptyHardBreakdown(): Record<HardConstraint, number> {
  return Object.fromEntries(HARD_CONSTRAINTS.map((c) => [c, 0])) as Record<HardConstraint, number>;
}

export function emptySoftBreakdown(): Record<SoftConstraint, number> {
  return Object.fromEntries(SOFT_CONSTRAINTS.map((c) => [c, 0])) as Record<SoftConstraint, number>;
}

export interface EvalContext {
  input: SolverInput;
  offeringById: Map<string, SolverOffering>;
  facultyById: Map<string, SolverFaculty>;
  roomById: Map<string, SolverRoom>;
  groupById: Map<string, SolverGroup>;
  /** Groups each offering belongs to (an offering may sit in several groups). */
  groupsOfOffering: Map<string, SolverGroup[]>;
}

export function buildContext(input: SolverInput): EvalContext {
  const groupsOfOffering = new Map<string, SolverGroup[]>();
  for (const group of input.groups) {
    // A group listing the same offering twice must not make it clash with itself.
    for (const offeringId of new Set(group.offeringIds)) {
      const list = groupsOfOffering.get(offeringId) ?? [];
      list.push(group);
      groupsOfOffering.set(offeringId, list);
    }
  }
  return {
    input,
    offeringById: new Map(input.offerings.map((o) => [o.id, o])),
    facultyById: new Map(input.faculty.map((f) => [f.id, f])),
    roomById: new Map(input.rooms.map((r) => [r.id, r])),
    groupById: new Map(input.groups.map((g) => [g.id, g])),
    groupsOfOffering,
  };
}

export function slotOf(input: SolverInput, day: number, period: number): number {
  return day * input.periodsPerDay + period;
}

/** "Tue 11:00" when display names are given, otherwise "day 2 period 3" (0-based, as in the data). */
export function slotLabel(input: SolverInput, day: number, period: number): string {
  const dayName = input.dayNames?.[day] ?? `day ${day}`;
  const periodName = input.periodNames?.[period] ?? `period ${period}`;
  return `${dayName} ${periodName}`;
}

export function dayLabel(input: SolverInput, day: number): string {
  return input.dayNames?.[day] ?? `day ${day}`;
}

/** True when period p and p+1 are adjacent: same day, no break between them. */
export function adjacentToNext(input: SolverInput, period: number): boolean {
  return period + 1 < input.periodsPerDay && !input.breakAfter[period];
}

/** A meeting of `length` periods starting at `period` lies inside the day and spans no break. */
export function meetingFitsInDay(input: SolverInput, period: number, length: number): boolean {
  if (!Number.isInteger(period) || period < 0 || length < 1 || period + length > input.periodsPerDay) return false;
  for (let p = period; p < period + length - 1; p++) {
    if (input.breakAfter[p]) return false;
  }
  return true;
}

/** Longest run of periods with no break inside: the longest meeting the grid can hold. */
export function longestBreakFreeRun(input: SolverInput): number {
  let best = 0;
  let run = 0;
  for (let p = 0; p < input.periodsPerDay; p++) {
    run++;
    best = Math.max(best, run);
    if (input.breakAfter[p]) run = 0;
  }
  return best;
}

export interface PlacedMeeting {
  placement: Placement;
  offering: SolverOffering;
  room: SolverRoom;
  /** Periods of the day the meeting occupies: period .. period+length-1. */
  periods: number[];
}

export interface PlacementSplit {
  valid: PlacedMeeting[];
  /** Placements that do not count as a meeting: unknown ids, off the grid, wrong length, across a break, duplicates. */
  invalid: Placement[];
}

/**
 * Keeps the placements that are a real meeting of the data, each (offering, meetingIndex) once.
 * Everything else is reported as invalid so the scorer can count it under "unplaced".
 */
export function splitPlacements(ctx: EvalContext, placements: Placement[]): PlacementSplit {
  const { input } = ctx;
  const seen = new Set<string>();
  const valid: PlacedMeeting[] = [];
  const invalid: Placement[] = [];
  for (const placement of placements) {
    const offering = ctx.offeringById.get(placement.offeringId);
    const room = ctx.roomById.get(placement.roomId);
    const key = `${placement.offeringId}#${placement.meetingIndex}`;
    const ok =
      offering !== undefined &&
      room !== undefined &&
      Number.isInteger(placement.meetingIndex) &&
      placement.meetingIndex >= 0 &&
      placement.meetingIndex < offering.meetings &&
      placement.length === offering.length &&
      Number.isInteger(placement.day) &&
      placement.day >= 0 &&
      placement.day < input.days &&
      meetingFitsInDay(input, placement.period, placement.length) &&
      !seen.has(key);
    if (!ok) {
      invalid.push(placement);
      continue;
    }
    seen.add(key);
    const periods = Array.from({ length: placement.length }, (_, i) => placement.period + i);
    valid.push({ placement, offering, room, periods });
  }
  return { valid, invalid };
}

/** Adds `item` to the list stored under `key`, creating it when missing. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
