/**
 * Placements (ids, day, period) <-> per-meeting positions (slot, room index) of a compiled Model,
 * for a search that starts from an existing timetable and for the editor's State. A placement that
 * is not a real meeting of the data (unknown ids, off the grid, wrong length, across a break, a
 * second placement of one meeting) is returned as invalid, exactly the ones evaluate() counts as
 * unplaced (evaluate-context.ts splitPlacements), so the State and evaluate() agree.
 */
import type { Placement } from "../types";
import type { Model } from "./model";

export interface Positions {
  /** Start slot per meeting, -1 when the meeting has no valid placement. */
  slot: Int32Array;
  /** Room index per meeting, -1 when the meeting has no valid placement. */
  room: Int32Array;
}

export interface PositionIndex {
  offering: Map<string, number>;
  room: Map<string, number>;
}

export function positionIndex(model: Model): PositionIndex {
  return {
    offering: new Map(model.input.offerings.map((o, i) => [o.id, i])),
    room: new Map(model.input.rooms.map((r, i) => [r.id, i])),
  };
}

/** Whether a meeting of `length` periods may start at period p: inside the day and across no break. */
export function fitsInDay(model: Model, period: number, length: number): boolean {
  if (!Number.isInteger(period) || period < 0 || length < 1 || period + length > model.periods) return false;
  for (let k = 0; k < length - 1; k++) if (model.boundaryAfter[period + k]) return false;
  return true;
}

/** The meeting id of (offering, meetingIndex), or -1 when there is no such meeting. */
export function meetingOf(model: Model, index: PositionIndex, offeringId: string, meetingIndex: number): number {
  const o = index.offering.get(offeringId);
  if (o === undefined || !Number.isInteger(meetingIndex) || meetingIndex < 0) return -1;
  const m = model.offFirstMeet[o] + meetingIndex;
  return m < model.offFirstMeet[o + 1] ? m : -1;
}

export function positionsOf(model: Model, placements: Placement[], index = positionIndex(model)): { positions: Positions; invalid: Placement[] } {
  const slot = new Int32Array(model.nMeet).fill(-1);
  const room = new Int32Array(model.nMeet).fill(-1);
  const invalid: Placement[] = [];
  for (const p of placements) {
    const m = meetingOf(model, index, p.offeringId, p.meetingIndex);
    const r = index.room.get(p.roomId);
    const o = m < 0 ? -1 : model.meetOff[m];
    const ok =
      m >= 0 &&
      r !== undefined &&
      slot[m] < 0 &&
      p.length === model.input.offerings[o].length &&
      Number.isInteger(p.day) &&
      p.day >= 0 &&
      p.day < model.days &&
      fitsInDay(model, p.period, p.length);
    if (!ok) {
      invalid.push(p);
      continue;
    }
    slot[m] = p.day * model.periods + p.period;
    room[m] = r;
  }
  return { positions: { slot, room }, invalid };
}

/** The inverse: meeting m at start slot s in room index r, as evaluate() takes it. */
export function placementAt(model: Model, m: number, s: number, r: number): Placement {
  const o = model.meetOff[m];
  return {
    offeringId: model.input.offerings[o].id,
    meetingIndex: model.meetIndex[m],
    day: Math.floor(s / model.periods),
    period: s % model.periods,
    length: model.offLen[o],
    roomId: model.input.rooms[r].id,
  };
}

/** Every placed meeting (slot >= 0) of per-meeting slot and room arrays, as evaluate() takes them. */
export function placementsOf(model: Model, slot: Int32Array, room: Int32Array): Placement[] {
  const out: Placement[] = [];
  for (let m = 0; m < model.nMeet; m++) if (slot[m] >= 0) out.push(placementAt(model, m, slot[m], room[m]));
  return out;
}
