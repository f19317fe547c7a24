/**
 * Independent parts of a term: offerings that share no faculty member and no group (batch or
 * student group) never interact except through rooms. A university of several campuses (or
 * faculties that teach apart) falls into such parts, and a search over one part converges like a
 * term of that size, while a search over the whole term spends its moves spread over all of it
 * and works on tables that grow with its size.
 * Rooms are shared by every offering of their type, so they are allotted: each part gets rooms of
 * each type in proportion to the room-periods its offerings need, largest rooms first to the part
 * whose need is least covered. Pinned rooms go to the pinning part. Since parts share nothing, the
 * joined timetable's cost is the sum of the parts' costs.
 * A small component (a few courses taught apart) is not worth its own search and would get few
 * rooms: components under MIN_PART_MEETINGS join the largest part. (The ITC-2007 instances have
 * several components, but never two of that size: they stay one search, as before.)
 */
import { meetingCount, offeringMeetings } from "./engine/model";
import type { SolverInput, SolverOffering } from "./types";

export const MIN_PART_MEETINGS = 150;

export interface IndependentPart {
  input: SolverInput;
  /** Meetings in the part, for sharing out the budget. */
  meetings: number;
}

/** Union-find over offering indices. */
function components(input: SolverInput): number[] {
  const parent = input.offerings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const index = new Map(input.offerings.map((o, i) => [o.id, i]));
  const firstOfFaculty = new Map<string, number>();
  input.offerings.forEach((o, i) => {
    if (o.facultyId === null) return;
    const first = firstOfFaculty.get(o.facultyId);
    if (first === undefined) firstOfFaculty.set(o.facultyId, i);
    else union(first, i);
  });
  for (const g of input.groups) {
    const members = g.offeringIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const i of members.slice(1)) union(members[0], i);
  }
  return input.offerings.map((_, i) => find(i));
}

const roomPeriods = (o: SolverOffering) => offeringMeetings(o) * Math.max(1, o.length);

/**
 * The term split into independent parts, or null when it is one part or its rooms cannot be
 * allotted (a room pinned by two parts, a part needing a room type no room is left for).
 */
export function independentParts(input: SolverInput): IndependentPart[] | null {
  const root = components(input);
  const size = new Map<number, number>();
  input.offerings.forEach((o, i) => size.set(root[i], (size.get(root[i]) ?? 0) + offeringMeetings(o)));
  const roots = [...size.keys()].filter((r) => size.get(r)! >= MIN_PART_MEETINGS);
  if (roots.length < 2) return null;
  const largest = roots.reduce((a, b) => (size.get(b)! > size.get(a)! ? b : a));
  const partOf = new Map(roots.map((r, k) => [r, k]));
  for (const r of size.keys()) if (!partOf.has(r)) partOf.set(r, partOf.get(largest)!);
  const offeringPart = root.map((r) => partOf.get(r)!);
  const partByOffering = new Map(input.offerings.map((o, i) => [o.id, offeringPart[i]]));
  const nParts = roots.length;

  // Pinned rooms first: they must stay with the part that pins them.
  const roomPart = new Map<string, number>();
  for (const f of input.fixed) {
    if (!f.roomId) continue;
    const part = partByOffering.get(f.offeringId);
    if (part === undefined) continue;
    if ((roomPart.get(f.roomId) ?? part) !== part) return null;
    roomPart.set(f.roomId, part);
  }
  const slots = input.days * input.periodsPerDay;
  const openPeriods = (r: SolverInput["rooms"][number]) => slots - new Set(r.unavailable).size;
  // Room-periods needed and given, per part and room type; offerings of no type take any room and
  // are counted against every type's need.
  const types = [...new Set(input.rooms.map((r) => r.type))];
  for (const type of types) {
    const need = new Array<number>(nParts).fill(0);
    input.offerings.forEach((o, i) => {
      if (o.roomType === type || o.roomType === null) need[offeringPart[i]] += roomPeriods(o);
    });
    const given = new Array<number>(nParts).fill(0);
    const rooms = input.rooms.filter((r) => r.type === type);
    for (const r of rooms) if (roomPart.has(r.id)) given[roomPart.get(r.id)!] += openPeriods(r);
    const free = rooms.filter((r) => !roomPart.has(r.id)).sort((a, b) => b.capacity - a.capacity || a.id.localeCompare(b.id));
    const totalNeed = need.reduce((a, b) => a + b, 0);
    for (const r of free) {
      // The part whose need is least covered; with no need at all, spread the rest evenly.
      let best = 0;
      let bestCover = Infinity;
      for (let k = 0; k < nParts; k++) {
        const cover = totalNeed > 0 ? (need[k] > 0 ? given[k] / need[k] : Infinity) : given[k];
        if (cover < bestCover) {
          bestCover = cover;
          best = k;
        }
      }
      roomPart.set(r.id, best);
      given[best] += openPeriods(r);
    }
    const anyType = input.offerings.some((o) => o.roomType === null);
    for (let k = 0; k < nParts; k++) if (need[k] > 0 && given[k] < need[k] && !anyType) return null;
  }

  const parts = Array.from({ length: nParts }, (_, k): IndependentPart | null => {
    const offerings = input.offerings.filter((_, i) => offeringPart[i] === k);
    const ids = new Set(offerings.map((o) => o.id));
    const facultyIds = new Set(offerings.map((o) => o.facultyId).filter((f): f is string => f !== null));
    const rooms = input.rooms.filter((r) => roomPart.get(r.id) === k);
    if (offerings.some((o) => o.roomType === null) && rooms.length === 0) return null;
    return {
      input: {
        ...input,
        rooms,
        faculty: input.faculty.filter((f) => facultyIds.has(f.id)),
        groups: input.groups.filter((g) => g.offeringIds.some((id) => ids.has(id))),
        offerings,
        fixed: input.fixed.filter((f) => ids.has(f.offeringId)),
      },
      meetings: meetingCount(offerings),
    };
  });
  return parts.every((p) => p !== null) ? parts : null;
}
