/**
 * The words for hard violations, written once: explainHardViolations() (a whole timetable) and the
 * editor's reasons (one meeting at one candidate cell, lib/solver/edit/) build their messages from
 * these phrases, so a registrar reads the same sentence before a drop and in the violation list after.
 * Arguments are display names ("Dr Asha Rao", "LH-101", "CS301 Data Structures (CSE-3A)", "Tue 11:00").
 */
export const hardPhrase = {
  facultyBusy: (faculty: string, other: string) => `${faculty} teaches ${other} then`,
  groupBusy: (group: string, other: string) => `${group} has ${other} then`,
  roomBusy: (room: string, other: string) => `${room} holds ${other} then`,
  roomType: (room: string, roomType: string, needed: string) => `${room} is a ${roomType} room; a ${needed} room is needed`,
  facultyUnavailable: (faculty: string, when: string) => `${faculty} is unavailable on ${when}`,
  roomClosed: (room: string, when: string) => `${room} is closed on ${when}`,
  offeringUnavailable: (offering: string, when: string) => `${offering} may not be scheduled on ${when}`,
  pinned: (offering: string, where: string) => `pinned meeting: ${offering} is pinned to ${where}`,
  dayLimit: (faculty: string, load: number, day: string, limit: number) => `${faculty} teaches ${load} periods on ${day}; the limit is ${limit}`,
  weekLimit: (faculty: string, load: number, limit: number) => `${faculty} teaches ${load} periods a week; the limit is ${limit}`,
  /** Room capacity is soft, but it is the first thing a registrar checks when choosing a room. */
  seats: (room: string, capacity: number, offering: string, size: number) => `${room} seats ${capacity}, ${offering} has ${size}`,
};

/** "Mon 09:00" or "Mon 09:00 in LH-101": where a pin holds a meeting ("in LH-101" alone for a room-only pin). */
export function pinnedWhere(when: string | null, room: string | null): string {
  if (when === null) return `room ${room ?? "?"}`;
  return room === null ? when : `${when} in ${room}`;
}
