/**
 * Hard-constraint counts, from scratch. Units (what one point of each count means):
 * - unplaced: a required meeting with no valid placement, or a placement that is not a valid meeting
 *   (unknown ids, off the grid, wrong length, across a break, duplicate or out-of-range meetingIndex).
 * - facultyClash / groupClash / roomClash: per slot, each occupant beyond the first
 *   (a group clash is counted in every group that sees it).
 * - roomType: per meeting in a room of the wrong type.
 * - facultyUnavailable / roomUnavailable / offeringUnavailable: per occupied period in an unavailable slot.
 * - fixedSlot: per pinned meeting that is placed but not at its pinned day/period or not in its
 *   pinned room (a pin may fix either or both). A pinned meeting that is not placed at all only
 *   counts as unplaced.
 * - facultyMaxPerDay: per teaching period above the daily limit, per faculty per day.
 * - facultyMaxPerWeek: per teaching period above the weekly limit.
 */
import { keepsPin, resolveFixedSlots } from "./fixed-slots";
import {
  emptyHardBreakdown,
  pushTo,
  slotOf,
  type EvalContext,
  type PlacedMeeting,
  type PlacementSplit,
} from "./evaluate-context";
import type { HardConstraint } from "./types";

export function evaluateHard(ctx: EvalContext, split: PlacementSplit): Record<HardConstraint, number> {
  const counts = emptyHardBreakdown();
  const { input } = ctx;
  const { valid } = split;

  counts.unplaced = countUnplaced(ctx, split);

  // Occupancy per slot, keyed by resource: extra occupants are clashes.
  const facultySlots = new Map<string, number>();
  const groupSlots = new Map<string, number>();
  const roomSlots = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const meeting of valid) {
    const { placement, offering, room } = meeting;
    if (offering.roomType !== null && room.type !== offering.roomType) counts.roomType++;
    const faculty = offering.facultyId === null ? undefined : ctx.facultyById.get(offering.facultyId);
    const groups = ctx.groupsOfOffering.get(offering.id) ?? [];
    for (const period of meeting.periods) {
      const slot = slotOf(input, placement.day, period);
      if (faculty) bump(facultySlots, `${faculty.id}@${slot}`);
      for (const group of groups) bump(groupSlots, `${group.id}@${slot}`);
      bump(roomSlots, `${room.id}@${slot}`);
      if (faculty?.unavailable.includes(slot)) counts.facultyUnavailable++;
      if (room.unavailable.includes(slot)) counts.roomUnavailable++;
      if (offering.unavailable.includes(slot)) counts.offeringUnavailable++;
    }
  }
  const extraOccupants = (map: Map<string, number>) => {
    let extra = 0;
    for (const n of map.values()) extra += Math.max(0, n - 1);
    return extra;
  };
  counts.facultyClash = extraOccupants(facultySlots);
  counts.groupClash = extraOccupants(groupSlots);
  counts.roomClash = extraOccupants(roomSlots);

  counts.fixedSlot = countBrokenPins(ctx, valid);
  const load = facultyLoad(ctx, valid);
  counts.facultyMaxPerDay = load.overDay;
  counts.facultyMaxPerWeek = load.overWeek;
  return counts;
}

function countUnplaced(ctx: EvalContext, split: PlacementSplit): number {
  const placedPerOffering = new Map<string, number>();
  for (const m of split.valid) placedPerOffering.set(m.offering.id, (placedPerOffering.get(m.offering.id) ?? 0) + 1);
  let missing = 0;
  for (const offering of ctx.input.offerings) missing += offering.meetings - (placedPerOffering.get(offering.id) ?? 0);
  return missing + split.invalid.length;
}

function countBrokenPins(ctx: EvalContext, valid: PlacedMeeting[]): number {
  const placedAt = new Map(valid.map((m) => [`${m.offering.id}#${m.placement.meetingIndex}`, m.placement]));
  let broken = 0;
  for (const pin of resolveFixedSlots(ctx.input).pins) {
    const placement = placedAt.get(`${pin.offeringId}#${pin.meetingIndex}`);
    if (!placement) continue; // already counted as unplaced
    if (!keepsPin(pin, placement.day, placement.period, placement.roomId)) broken++;
  }
  return broken;
}

/** Teaching periods over the per-day and per-week limits, summed over faculty. */
export function facultyLoad(ctx: EvalContext, valid: PlacedMeeting[]): { overDay: number; overWeek: number } {
  const meetingsOf = new Map<string, PlacedMeeting[]>();
  for (const m of valid) if (m.offering.facultyId !== null) pushTo(meetingsOf, m.offering.facultyId, m);
  let overDay = 0;
  let overWeek = 0;
  for (const faculty of ctx.input.faculty) {
    const meetings = meetingsOf.get(faculty.id) ?? [];
    if (faculty.maxPeriodsPerDay !== undefined) {
      const perDay = new Array<number>(ctx.input.days).fill(0);
      for (const m of meetings) perDay[m.placement.day] += m.placement.length;
      for (const n of perDay) overDay += Math.max(0, n - faculty.maxPeriodsPerDay);
    }
    if (faculty.maxPeriodsPerWeek !== undefined) {
      const week = meetings.reduce((sum, m) => sum + m.placement.length, 0);
      overWeek += Math.max(0, week - faculty.maxPeriodsPerWeek);
    }
  }
  return { overDay, overWeek };
}
