/**
 * Which meeting of one timetable is which meeting of another, for "what would change".
 *
 * Meetings are paired per offering, not by meetingIndex: a new generation may number an offering's
 * meetings differently, and calling that a move would be noise. Per offering, meetings at the same
 * time and room are unchanged, then meetings at the same time are room changes, then the rest pair
 * up in week order as moves; what is left over was added or removed. Pure: used by the diff route
 * and the repair benchmark, unit-tested.
 */
export interface MeetingSpot {
  offeringId: string;
  day: number;
  period: number;
  roomId: string;
}

export interface MeetingPairs<T extends MeetingSpot> {
  unchanged: { before: T; after: T }[];
  moved: { before: T; after: T }[];
  roomChanged: { before: T; after: T }[];
  added: T[];
  removed: T[];
}

const byWeekOrder = (a: MeetingSpot, b: MeetingSpot) => a.day - b.day || a.period - b.period || a.roomId.localeCompare(b.roomId);

function groupByOffering<T extends MeetingSpot>(meetings: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const m of meetings) {
    const list = groups.get(m.offeringId);
    if (list) list.push(m);
    else groups.set(m.offeringId, [m]);
  }
  return groups;
}

/** Removes and returns the pairs for which `same` holds, first match first. */
function takePairs<T extends MeetingSpot>(before: T[], after: T[], same: (a: T, b: T) => boolean): { before: T; after: T }[] {
  const pairs: { before: T; after: T }[] = [];
  for (let i = 0; i < before.length; ) {
    const j = after.findIndex((a) => same(before[i], a));
    if (j < 0) {
      i++;
      continue;
    }
    pairs.push({ before: before[i], after: after[j] });
    before.splice(i, 1);
    after.splice(j, 1);
  }
  return pairs;
}

export function pairMeetings<T extends MeetingSpot>(before: readonly T[], after: readonly T[]): MeetingPairs<T> {
  const result: MeetingPairs<T> = { unchanged: [], moved: [], roomChanged: [], added: [], removed: [] };
  const beforeBy = groupByOffering(before);
  const afterBy = groupByOffering(after);
  for (const offeringId of new Set([...beforeBy.keys(), ...afterBy.keys()])) {
    const was = [...(beforeBy.get(offeringId) ?? [])].sort(byWeekOrder);
    const now = [...(afterBy.get(offeringId) ?? [])].sort(byWeekOrder);
    result.unchanged.push(...takePairs(was, now, (a, b) => a.day === b.day && a.period === b.period && a.roomId === b.roomId));
    result.roomChanged.push(...takePairs(was, now, (a, b) => a.day === b.day && a.period === b.period));
    const n = Math.min(was.length, now.length);
    for (let i = 0; i < n; i++) result.moved.push({ before: was[i], after: now[i] });
    result.removed.push(...was.slice(n));
    result.added.push(...now.slice(n));
  }
  return result;
}

/** Offerings with any change: their students and teachers are the people affected. */
export function changedOfferingIds<T extends MeetingSpot>(pairs: MeetingPairs<T>): Set<string> {
  return new Set([
    ...pairs.moved.map((p) => p.after.offeringId),
    ...pairs.roomChanged.map((p) => p.after.offeringId),
    ...pairs.added.map((m) => m.offeringId),
    ...pairs.removed.map((m) => m.offeringId),
  ]);
}
