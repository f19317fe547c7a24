/**
 * Seeded generator of realistic university instances (lectures plus 2-3 period labs, batches,
 * elective student groups, faculty limits and preferences, a lunch break, a few pinned meetings).
 * Used by the engine's tests and by the realistic-size benchmark; it is not ITC-2007 shaped on purpose.
 */
import { Rng } from "./rng";
import type { SolverFaculty, SolverGroup, SolverInput, SolverOffering, SolverRoom } from "../types";

export interface SyntheticSize {
  batches: number;
  faculty: number;
  lectureRooms: number;
  labRooms: number;
  days: number;
  periodsPerDay: number;
  /** Period after which lunch breaks the day. */
  lunchAfter: number;
}

export const UNIVERSITY_SIZE: SyntheticSize = {
  batches: 40,
  faculty: 120,
  lectureRooms: 25,
  labRooms: 10,
  days: 6,
  periodsPerDay: 8,
  lunchAfter: 3,
};

export const MEDIUM_SIZE: SyntheticSize = {
  batches: 8,
  faculty: 24,
  lectureRooms: 6,
  labRooms: 3,
  days: 5,
  periodsPerDay: 6,
  lunchAfter: 2,
};

export function syntheticInstance(seed: number, size: SyntheticSize): SolverInput {
  const rng = new Rng(seed);
  const { days, periodsPerDay: P } = size;
  const slots = days * P;
  const randomSlots = (n: number) => Array.from({ length: n }, () => rng.int(slots));

  const rooms: SolverRoom[] = [];
  for (let i = 0; i < size.lectureRooms; i++) {
    rooms.push({ id: `LH${i}`, name: `LH-${100 + i}`, capacity: 40 + 10 * rng.int(9), type: "LECTURE", unavailable: rng.next() < 0.2 ? randomSlots(3) : [] });
  }
  for (let i = 0; i < size.labRooms; i++) {
    rooms.push({ id: `LAB${i}`, name: `LAB-${i}`, capacity: 30 + 5 * rng.int(3), type: "LAB", unavailable: rng.next() < 0.2 ? randomSlots(2) : [] });
  }

  const faculty: SolverFaculty[] = [];
  for (let i = 0; i < size.faculty; i++) {
    faculty.push({
      id: `F${i}`,
      name: `Prof ${i}`,
      maxPeriodsPerDay: 4 + rng.int(3),
      unavailable: rng.next() < 0.4 ? randomSlots(4) : [],
      preferred: rng.next() < 0.2 ? Array.from({ length: slots }, (_, s) => s).filter((s) => s % P < P - 2) : [],
      avoidBackToBack: rng.next() < 0.3,
    });
  }
  // Round-robin teaching assignment keeps every faculty member's weekly load similar.
  let nextFaculty = rng.int(size.faculty);
  const teacher = () => faculty[nextFaculty++ % size.faculty].id;

  const offerings: SolverOffering[] = [];
  const groups: SolverGroup[] = [];
  for (let b = 0; b < size.batches; b++) {
    const sizeOfBatch = 30 + rng.int(50);
    const ids: string[] = [];
    const lectures = 4 + rng.int(3);
    for (let k = 0; k < lectures; k++) {
      const meetings = 2 + rng.int(3);
      const id = `B${b}-L${k}`;
      ids.push(id);
      offerings.push({ id, name: `Course ${k} (B${b})`, facultyId: teacher(), meetings, length: 1, minDays: Math.min(meetings, 3), size: sizeOfBatch, roomType: "LECTURE", unavailable: [] });
    }
    const labs = 1 + rng.int(2);
    for (let k = 0; k < labs; k++) {
      const id = `B${b}-LAB${k}`;
      ids.push(id);
      const length = 2 + rng.int(2);
      offerings.push({ id, name: `Lab ${k} (B${b})`, facultyId: teacher(), meetings: 1, length, minDays: 1, size: Math.min(sizeOfBatch, 35), roomType: "LAB", unavailable: [] });
    }
    groups.push({ id: `G${b}`, name: `Batch ${b}`, kind: "batch", offeringIds: ids, compact: true });
  }
  // Students taking an elective from a neighbouring batch: clash-only groups.
  for (let b = 0; b + 1 < size.batches; b += 4) {
    const mine = groups[b].offeringIds;
    const elective = groups[b + 1].offeringIds[0];
    groups.push({ id: `S${b}`, name: `Electives ${b}`, kind: "students", offeringIds: [...mine, elective], compact: false });
  }
  const lunch = Array.from({ length: P }, (_, p) => p === size.lunchAfter);
  const fixed = [
    { offeringId: offerings[0].id, day: 0, period: 1 },
    { offeringId: offerings[offerings.length - 1].id, day: 1, period: size.lunchAfter + 1, roomId: rooms[rooms.length - 1].id },
  ];
  // Pins must be satisfiable: free the pinned periods in the teacher's and room's calendars.
  for (const pin of fixed) {
    const o = offerings.find((x) => x.id === pin.offeringId)!;
    const pinned = Array.from({ length: o.length }, (_, k) => pin.day * P + pin.period + k);
    const f = faculty.find((x) => x.id === o.facultyId)!;
    f.unavailable = f.unavailable.filter((s) => !pinned.includes(s));
    const r = rooms.find((x) => x.id === pin.roomId);
    if (r) r.unavailable = r.unavailable.filter((s) => !pinned.includes(s));
  }
  return {
    days,
    periodsPerDay: P,
    breakAfter: lunch,
    edgePeriods: [0, P - 1],
    rooms,
    faculty,
    groups,
    offerings,
    fixed,
    weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 1, roomStability: 1, facultyPreference: 1, backToBack: 1, edgePeriods: 1, dailyBalance: 1 },
  };
}

/**
 * The synthetic university reduced to the ITC-2007 shape: single periods, no breaks, closed rooms,
 * daily teaching limits or pins, and the UD2 weights (tests of the single-period Kempe chains).
 */
export function itcShapedInstance(seed: number, size: SyntheticSize): SolverInput {
  const base = syntheticInstance(seed, size);
  return {
    ...base,
    breakAfter: base.breakAfter.map(() => false),
    offerings: base.offerings.map((o) => ({ ...o, length: 1, roomType: null })),
    fixed: [],
    rooms: base.rooms.map((r) => ({ ...r, unavailable: [] })),
    faculty: base.faculty.map((f) => ({ ...f, maxPeriodsPerDay: undefined })),
    weights: { roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1, facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0 },
  };
}
