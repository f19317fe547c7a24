/**
 * Test helper: the generated demo university as the worker would see it. It builds the same
 * TermSnapshot that the worker's database loader builds and maps it with the worker's own
 * mapSolverInput(), so the seed's tests check the demo data through the real conversion
 * (ISO weekdays -> day index, break detection, student groups). The worker team owns the real
 * database -> SolverInput path (lib/server/generation/).
 */
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { mapSolverInput, type MappedSolverInput } from "@/lib/server/generation/map-solver-input";
import type { TermSnapshot } from "@/lib/server/generation/term-snapshot";
import type { Placement, SoftWeights } from "@/lib/solver/types";
import type { DemoUniversity } from "./demo-types";

export function demoTermSnapshot(u: DemoUniversity): TermSnapshot {
  const subjectById = new Map(u.subjects.map((s) => [s.id, s]));
  const userById = new Map(u.users.map((x) => [x.id, x]));
  const batchIdsOf = new Map<string, string[]>();
  for (const ob of u.offeringBatches) batchIdsOf.set(ob.offeringId, [...(batchIdsOf.get(ob.offeringId) ?? []), ob.batchId]);
  const extrasOf = new Map<string, string[]>();
  for (const e of u.studentExtraOfferings) extrasOf.set(e.studentId, [...(extrasOf.get(e.studentId) ?? []), e.offeringId]);

  return {
    termId: u.term.id,
    workingDays: u.term.workingDays,
    periods: u.periods.map((p) => ({ index: p.index, startTime: p.startTime, endTime: p.endTime })),
    rooms: u.rooms.map((r) => ({
      id: r.id,
      code: r.code,
      capacity: r.capacity,
      type: r.type,
      unavailable: u.roomUnavailability.filter((x) => x.roomId === r.id).map(({ day, period }) => ({ day, period })),
    })),
    faculty: u.facultyProfiles.map((f) => ({
      id: f.id,
      title: f.title,
      name: userById.get(f.userId)!.name,
      maxPeriodsPerDay: f.maxPeriodsPerDay,
      maxPeriodsPerWeek: f.maxPeriodsPerWeek,
      avoidBackToBack: f.avoidBackToBack,
      slots: u.facultySlots.filter((s) => s.facultyId === f.id).map(({ day, period, preference }) => ({ day, period, preference })),
    })),
    batches: u.batches.map((b) => ({ id: b.id, code: b.code, size: b.size })),
    offerings: u.offerings.map((o) => {
      const subject = subjectById.get(o.subjectId)!;
      return {
        id: o.id,
        subjectCode: subject.code,
        subjectName: subject.name,
        subjectRoomType: subject.roomType,
        roomType: o.roomType,
        facultyId: o.facultyId,
        meetingsPerWeek: o.meetingsPerWeek,
        meetingLength: o.meetingLength,
        minDays: o.minDays,
        expectedSize: o.expectedSize,
        batchIds: batchIdsOf.get(o.id) ?? [],
        unavailable: [],
      };
    }),
    students: u.studentProfiles
      .filter((s) => extrasOf.has(s.id))
      .map((s) => ({ batchId: s.batchId, extraOfferingIds: extrasOf.get(s.id)! })),
    fixedSlots: u.fixedSlots.map(({ offeringId, meetingIndex, day, period, roomId }) => ({ offeringId, meetingIndex, day, period, roomId })),
  };
}

export function demoSolverInput(u: DemoUniversity, weights: SoftWeights = BALANCED_WEIGHTS): MappedSolverInput {
  return mapSolverInput(demoTermSnapshot(u), weights);
}

/** The planted timetable in solver terms (day index over the working days, period position). */
export function demoPlacements(u: DemoUniversity, mapped: MappedSolverInput): Placement[] {
  return u.plantedTimetable.map((m) => {
    const day = mapped.grid.dayIndex(m.day);
    const period = mapped.grid.position(m.period);
    if (day === null || period === null) throw new Error(`planted meeting off the grid: day ${m.day} period ${m.period}`);
    return { offeringId: m.offeringId, meetingIndex: m.meetingIndex, day, period, length: m.length, roomId: m.roomId };
  });
}
