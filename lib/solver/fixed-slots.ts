/**
 * Resolves SolverInput.fixed into one pin per (offering, meetingIndex).
 * Pins with an explicit meetingIndex claim that meeting; pins without one take the offering's
 * remaining meetings in ascending index order, in the order the pins are listed. Pins that find no
 * meeting (more pins than meetings, unknown offering, duplicate index) or pin nothing (neither a
 * time nor a room) are returned as `unmatched` so preflight can explain them instead of the scorer
 * silently ignoring them.
 */
import type { SolverFixedSlot, SolverInput } from "./types";

export interface PinnedTime {
  day: number;
  period: number;
}

export interface ResolvedPin {
  offeringId: string;
  meetingIndex: number;
  /** Pinned day and first period; null for a room-only pin. */
  time: PinnedTime | null;
  /** Pinned room; null when only the time is pinned. */
  roomId: string | null;
  /** Index of the pin in SolverInput.fixed, for messages. */
  source: number;
}

export interface ResolvedPins {
  pins: ResolvedPin[];
  unmatched: { pin: SolverFixedSlot; source: number; reason: string }[];
}

/** The pinned time of a pin, null when it pins only a room; a half-given time pins nothing. */
function pinnedTime(pin: SolverFixedSlot): PinnedTime | null | "incomplete" {
  if (pin.day === undefined && pin.period === undefined) return null;
  if (pin.day === undefined || pin.period === undefined) return "incomplete";
  return { day: pin.day, period: pin.period };
}

/** Why a pin pins nothing usable, or null when it is well-formed. */
function malformed(pin: SolverFixedSlot): string | null {
  const time = pinnedTime(pin);
  if (time === "incomplete") return "a pinned time needs both a day and a period";
  if (time === null && (pin.roomId === undefined || pin.roomId === null)) return "it pins neither a time nor a room";
  return null;
}

export function resolveFixedSlots(input: SolverInput): ResolvedPins {
  const meetingsOf = new Map(input.offerings.map((o) => [o.id, o.meetings]));
  const claimed = new Map<string, Set<number>>();
  const pins: ResolvedPin[] = [];
  const unmatched: ResolvedPins["unmatched"] = [];
  const claim = (offeringId: string, index: number) => {
    const set = claimed.get(offeringId) ?? new Set<number>();
    set.add(index);
    claimed.set(offeringId, set);
  };
  const toPin = (pin: SolverFixedSlot, meetingIndex: number, source: number): ResolvedPin => ({
    offeringId: pin.offeringId,
    meetingIndex,
    time: pinnedTime(pin) as PinnedTime | null,
    roomId: pin.roomId ?? null,
    source,
  });

  // Explicit indices first, so implicit pins never steal a meeting that is pinned by index.
  input.fixed.forEach((pin, source) => {
    if (pin.meetingIndex === undefined) return;
    const meetings = meetingsOf.get(pin.offeringId);
    const bad = malformed(pin);
    if (meetings === undefined) {
      unmatched.push({ pin, source, reason: "unknown offering" });
    } else if (bad !== null) {
      unmatched.push({ pin, source, reason: bad });
    } else if (pin.meetingIndex < 0 || pin.meetingIndex >= meetings) {
      unmatched.push({ pin, source, reason: `meeting ${pin.meetingIndex} does not exist (${meetings} per week)` });
    } else if (claimed.get(pin.offeringId)?.has(pin.meetingIndex)) {
      unmatched.push({ pin, source, reason: `meeting ${pin.meetingIndex} is pinned twice` });
    } else {
      claim(pin.offeringId, pin.meetingIndex);
      pins.push(toPin(pin, pin.meetingIndex, source));
    }
  });

  input.fixed.forEach((pin, source) => {
    if (pin.meetingIndex !== undefined) return;
    const meetings = meetingsOf.get(pin.offeringId);
    if (meetings === undefined) {
      unmatched.push({ pin, source, reason: "unknown offering" });
      return;
    }
    const bad = malformed(pin);
    if (bad !== null) {
      unmatched.push({ pin, source, reason: bad });
      return;
    }
    const taken = claimed.get(pin.offeringId) ?? new Set<number>();
    let index = 0;
    while (index < meetings && taken.has(index)) index++;
    if (index >= meetings) {
      unmatched.push({ pin, source, reason: `more pins than its ${meetings} meetings per week` });
      return;
    }
    claim(pin.offeringId, index);
    pins.push(toPin(pin, index, source));
  });

  pins.sort((a, b) => a.source - b.source);
  return { pins, unmatched };
}

/**
 * Whether a meeting at (day, period) in roomId keeps its pin. A pin whose time or room cannot be
 * met (off the grid, unknown room) is broken wherever the meeting is, as evaluate() counts it.
 */
export function keepsPin(pin: ResolvedPin, day: number, period: number, roomId: string): boolean {
  const wrongTime = pin.time !== null && (day !== pin.time.day || period !== pin.time.period);
  const wrongRoom = pin.roomId !== null && roomId !== pin.roomId;
  return !wrongTime && !wrongRoom;
}
