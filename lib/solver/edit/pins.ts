/**
 * The pins an edited timetable is scored with: the term's fixed slots (data the registrar keeps
 * under Data) and the timetable's own pins (TimetableEntry.pinnedTime / pinnedRoom, set in the
 * editor). A timetable pin holds a meeting where it is, so it is written as a fixed slot at the
 * meeting's current day, period and room.
 *
 * Why the term's pins are resolved to meeting indices first: a term pin without a meetingIndex
 * takes "the next unpinned meeting" (fixed-slots.ts); if a timetable pin were added before it, it
 * would slide onto another meeting and a pin click would break a pin elsewhere. A meeting the term
 * already pins keeps the term's pin; its timetable pin adds nothing.
 */
import { resolveFixedSlots } from "../fixed-slots";
import type { SolverFixedSlot, SolverInput } from "../types";

export interface MeetingPin {
  offeringId: string;
  meetingIndex: number;
  /** Where the meeting is now (solver day index and first period) and its room. */
  day: number;
  period: number;
  roomId: string;
  time: boolean;
  room: boolean;
}

/** The term's fixed slots, each bound to the meeting it pins (meetingIndex always set). */
export function explicitTermPins(input: SolverInput): SolverFixedSlot[] {
  return resolveFixedSlots(input).pins.map((pin) => ({
    offeringId: pin.offeringId,
    meetingIndex: pin.meetingIndex,
    ...(pin.time === null ? {} : { day: pin.time.day, period: pin.time.period }),
    roomId: pin.roomId,
  }));
}

/** Term pins (explicit) followed by the timetable's pins of meetings the term does not pin. */
export function editorFixedSlots(termPins: SolverFixedSlot[], meetingPins: MeetingPin[]): SolverFixedSlot[] {
  const termPinned = new Set(termPins.map((p) => `${p.offeringId}#${p.meetingIndex}`));
  const own = meetingPins
    .filter((p) => (p.time || p.room) && !termPinned.has(`${p.offeringId}#${p.meetingIndex}`))
    .map((p) => ({
      offeringId: p.offeringId,
      meetingIndex: p.meetingIndex,
      ...(p.time ? { day: p.day, period: p.period } : {}),
      roomId: p.room ? p.roomId : null,
    }));
  return [...termPins, ...own];
}
