/**
 * Resolves SolverInput.fixed into one pin per (offering, meetingIndex).
 * Pins with an explicit meetingIndex claim that meeting; pins without one take the offering's
 * remaining meetings in ascending index order, in the order the pins are listed. Pins that find no
 * meeting (more pins than meetings, unknown offering, duplicate index) are returned as `unmatched`
 * so preflight can explain them instead of the scorer silently ignoring them.
 */
import type { SolverFixedSlot, SolverInput } from "./types";

export interface ResolvedPin {
  offeringId: string;
  meetingIndex: number;
  day: number;
  period: number;
  roomId: string | null;
  /** Index of the pin in SolverInput.fixed, for messages. */
  source: number;
}

export interface ResolvedPins {
  pins: ResolvedPin[];
  unmatched: { pin: SolverFixedSlot; source: number; reason: string }[];
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
    day: pin.day,
    period: pin.period,
    roomId: pin.roomId ?? null,
    source,
  });

  // Explicit indices first, so implicit pins never steal a meeting that is pinned by index.
  input.fixed.forEach((pin, source) => {
    if (pin.meetingIndex === undefined) return;
    const meetings = meetingsOf.get(pin.offeringId);
    if (meetings === undefined) {
      unmatched.push({ pin, source, reason: "unknown offering" });
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
