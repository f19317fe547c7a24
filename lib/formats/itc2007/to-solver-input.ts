/**
 * ITC-2007 instance <-> SolverInput. The mapping makes the solver's weighted soft cost equal the
 * UD2 cost: course -> offering (length 1, any room), teacher -> faculty, curriculum -> compact
 * batch group, course unavailability -> offering.unavailable, and only the four UD2 soft
 * constraints switched on with the UD2 weights.
 */
import type { Placement, SoftWeights, SolverInput } from "../../solver/types";
import { ITC2007_WEIGHTS } from "../../domain/weight-profiles";
import type { CttInstance } from "./parse-ctt";
import type { SolLine } from "./solution-format";

/** UD2: RoomCapacity 1, MinWorkingDays 5, IsolatedLectures 2, RoomStability 1; everything else off. */
export const UD2_WEIGHTS: SoftWeights = ITC2007_WEIGHTS;

/** Every ITC-2007 room is interchangeable apart from its capacity. */
const ITC_ROOM_TYPE = "ROOM";

export function toSolverInput(instance: CttInstance): SolverInput {
  const slot = (day: number, period: number) => day * instance.periodsPerDay + period;
  const unavailableOf = new Map<string, number[]>();
  for (const u of instance.unavailability) {
    unavailableOf.set(u.courseId, [...(unavailableOf.get(u.courseId) ?? []), slot(u.day, u.period)]);
  }
  const teachers = [...new Set(instance.courses.map((c) => c.teacher))];
  return {
    days: instance.days,
    periodsPerDay: instance.periodsPerDay,
    breakAfter: new Array<boolean>(instance.periodsPerDay).fill(false),
    edgePeriods: [],
    rooms: instance.rooms.map((r) => ({ id: r.id, name: r.id, capacity: r.capacity, type: ITC_ROOM_TYPE, unavailable: [] })),
    faculty: teachers.map((t) => ({ id: t, name: t, unavailable: [], preferred: [], avoidBackToBack: false })),
    groups: instance.curricula.map((q) => ({ id: q.id, name: q.id, kind: "batch" as const, offeringIds: q.courseIds, compact: true })),
    offerings: instance.courses.map((c) => ({
      id: c.id,
      name: c.id,
      facultyId: c.teacher,
      meetings: c.lectures,
      length: 1,
      minDays: c.minWorkingDays,
      size: c.students,
      roomType: null,
      unavailable: unavailableOf.get(c.id) ?? [],
    })),
    fixed: [],
    weights: { ...UD2_WEIGHTS },
  };
}

/** One .sol line per placement (ITC lectures are one period long). */
export function placementsToSolution(placements: Placement[]): SolLine[] {
  return placements.map((p) => ({ courseId: p.offeringId, roomId: p.roomId, day: p.day, period: p.period }));
}

/** Reads .sol lines back as placements, numbering each course's lectures in file order. */
export function solutionToPlacements(lines: SolLine[]): Placement[] {
  const nextIndex = new Map<string, number>();
  return lines.map((l) => {
    const meetingIndex = nextIndex.get(l.courseId) ?? 0;
    nextIndex.set(l.courseId, meetingIndex + 1);
    return { offeringId: l.courseId, meetingIndex, day: l.day, period: l.period, length: 1, roomId: l.roomId };
  });
}
