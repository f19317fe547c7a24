/**
 * TermSnapshot (database shape) -> SolverInput (solver shape), plus the index maps that turn the
 * solver's placements back into TimetableEntry rows. Pure: no Prisma, unit-tested.
 */
import "server-only";
import type { Blocker, SoftWeights, SolverFaculty, SolverFixedSlot, SolverGroup, SolverInput, SolverOffering, SolverRoom } from "@/lib/solver/types";
import { buildStudentGroups } from "./student-groups";
import { isoDayName } from "@/lib/domain/day-names";
import { buildTermGrid, GridIndex } from "./term-grid";
import type { SnapshotBatch, SnapshotFaculty, SnapshotOffering, TermSnapshot } from "./term-snapshot";

export interface MappedSolverInput {
  input: SolverInput;
  grid: GridIndex;
  /** offeringId -> facultyId, copied onto each TimetableEntry so faculty views need no join. */
  facultyIdByOffering: Map<string, string | null>;
  /** Data that cannot even be put on the grid (e.g. a pin on a non-working day). */
  blockers: Blocker[];
}

/** "Dr Asha Rao"; a name already starting with its title is left alone. */
export function facultyDisplayName(title: string | null, name: string): string {
  const trimmedTitle = title?.trim();
  if (!trimmedTitle || name.startsWith(`${trimmedTitle} `)) return name;
  return `${trimmedTitle} ${name}`;
}

/** "CS301 Data Structures (CSE-3A, CSE-3B)": readable in the solver's explanations. */
export function offeringDisplayName(offering: SnapshotOffering, batchCodes: string[]): string {
  const base = `${offering.subjectCode} ${offering.subjectName}`;
  return batchCodes.length > 0 ? `${base} (${batchCodes.join(", ")})` : base;
}

/**
 * The registrar's expectedSize when set, otherwise everyone in the offering's batches plus the
 * students of other batches who take it as an extra offering (an elective's room must seat them).
 */
export function expectedSizeOf(offering: SnapshotOffering, batchSizeById: Map<string, number>, extraStudents = 0): number {
  if (offering.expectedSize !== null) return offering.expectedSize;
  return offering.batchIds.reduce((sum, batchId) => sum + (batchSizeById.get(batchId) ?? 0), 0) + extraStudents;
}

/** offeringId -> students taking it beyond their batch (a student of one of its batches is already counted). */
function extraStudentsByOffering(snapshot: TermSnapshot): Map<string, number> {
  const batchesOf = new Map(snapshot.offerings.map((o) => [o.id, new Set(o.batchIds)]));
  const counts = new Map<string, number>();
  for (const student of snapshot.students) {
    for (const offeringId of new Set(student.extraOfferingIds)) {
      if (batchesOf.get(offeringId)?.has(student.batchId)) continue;
      counts.set(offeringId, (counts.get(offeringId) ?? 0) + 1);
    }
  }
  return counts;
}

function mapFaculty(member: SnapshotFaculty, grid: GridIndex): SolverFaculty {
  return {
    id: member.id,
    name: facultyDisplayName(member.title, member.name),
    maxPeriodsPerDay: member.maxPeriodsPerDay,
    maxPeriodsPerWeek: member.maxPeriodsPerWeek,
    unavailable: grid.slots(member.slots.filter((s) => s.preference === "UNAVAILABLE")),
    preferred: grid.slots(member.slots.filter((s) => s.preference === "PREFERRED")),
    avoidBackToBack: member.avoidBackToBack,
  };
}

function mapBatchGroups(batches: SnapshotBatch[], offeringsByBatch: Map<string, string[]>): SolverGroup[] {
  return batches
    .filter((batch) => (offeringsByBatch.get(batch.id)?.length ?? 0) > 0)
    .map((batch) => ({ id: batch.id, name: batch.code, kind: "batch", offeringIds: offeringsByBatch.get(batch.id)!, compact: true }));
}

/**
 * A pin on a day that is not a working day, or on a period that does not exist, cannot be honoured.
 * It becomes a blocker rather than vanishing, so the registrar learns why their pin was not kept.
 */
function mapFixedSlots(
  snapshot: TermSnapshot,
  grid: GridIndex,
  offeringNames: Map<string, string>,
): { fixed: SolverFixedSlot[]; blockers: Blocker[] } {
  const fixed: SolverFixedSlot[] = [];
  const blockers: Blocker[] = [];
  for (const pin of snapshot.fixedSlots) {
    const name = offeringNames.get(pin.offeringId);
    if (name === undefined) continue; // offering outside this run's scope
    const day = grid.dayIndex(pin.day);
    const period = grid.position(pin.period);
    if (day === null || period === null) {
      blockers.push({
        kind: "fixedSlotOffGrid",
        message: `${name} is pinned to ${isoDayName(pin.day)} period ${pin.period + 1}, which is not in the term's working week`,
        offeringIds: [pin.offeringId],
        facultyIds: [],
        groupIds: [],
        roomIds: pin.roomId ? [pin.roomId] : [],
      });
      continue;
    }
    fixed.push({
      offeringId: pin.offeringId,
      ...(pin.meetingIndex !== null ? { meetingIndex: pin.meetingIndex } : {}),
      day,
      period,
      roomId: pin.roomId,
    });
  }
  return { fixed, blockers };
}

/** An empty timetable would "succeed" and could even be published over a real one: say why instead. */
function noOfferingsBlocker(offeringCount: number): Blocker[] {
  if (offeringCount > 0) return [];
  return [
    {
      kind: "noOfferings",
      message: "The term has no course offerings in the chosen scope: add offerings under Data, or choose other departments",
      offeringIds: [],
      facultyIds: [],
      groupIds: [],
      roomIds: [],
    },
  ];
}

export function mapSolverInput(snapshot: TermSnapshot, weights: SoftWeights): MappedSolverInput {
  const termGrid = buildTermGrid(snapshot.periods, snapshot.workingDays);
  const grid = new GridIndex(termGrid);
  const batchById = new Map(snapshot.batches.map((b) => [b.id, b]));
  const batchSizeById = new Map(snapshot.batches.map((b) => [b.id, b.size]));
  const extraStudents = extraStudentsByOffering(snapshot);
  const offeringIds = new Set(snapshot.offerings.map((o) => o.id));

  const offeringsByBatch = new Map<string, string[]>();
  for (const offering of snapshot.offerings) {
    for (const batchId of offering.batchIds) {
      const list = offeringsByBatch.get(batchId) ?? [];
      list.push(offering.id);
      offeringsByBatch.set(batchId, list);
    }
  }

  const offerings: SolverOffering[] = snapshot.offerings.map((offering) => ({
    id: offering.id,
    name: offeringDisplayName(offering, offering.batchIds.map((id) => batchById.get(id)?.code ?? id)),
    facultyId: offering.facultyId,
    meetings: offering.meetingsPerWeek,
    length: offering.meetingLength,
    minDays: offering.minDays,
    size: expectedSizeOf(offering, batchSizeById, extraStudents.get(offering.id) ?? 0),
    roomType: offering.roomType ?? offering.subjectRoomType,
    unavailable: grid.slots(offering.unavailable),
  }));

  const rooms: SolverRoom[] = snapshot.rooms.map((room) => ({
    id: room.id,
    name: room.code,
    capacity: room.capacity,
    type: room.type,
    unavailable: grid.slots(room.unavailable),
  }));

  const pins = mapFixedSlots(snapshot, grid, new Map(offerings.map((o) => [o.id, o.name])));
  const subjectCodeByOffering = new Map(snapshot.offerings.map((o) => [o.id, o.subjectCode]));
  const studentGroups = buildStudentGroups({
    students: snapshot.students,
    batches: new Map(
      [...offeringsByBatch].map(([batchId, ids]) => [batchId, { code: batchById.get(batchId)?.code ?? batchId, offeringIds: ids }]),
    ),
    offeringIdsInScope: offeringIds,
    offeringLabel: (id) => subjectCodeByOffering.get(id) ?? id,
  });

  const input: SolverInput = {
    days: termGrid.days,
    periodsPerDay: termGrid.periodsPerDay,
    breakAfter: termGrid.breakAfter,
    dayNames: termGrid.dayNames,
    periodNames: termGrid.periodNames,
    edgePeriods: termGrid.edgePeriods,
    rooms,
    faculty: snapshot.faculty.map((member) => mapFaculty(member, grid)),
    groups: [...mapBatchGroups(snapshot.batches, offeringsByBatch), ...studentGroups],
    offerings,
    fixed: pins.fixed,
    weights,
  };

  return {
    input,
    grid,
    facultyIdByOffering: new Map(snapshot.offerings.map((o) => [o.id, o.facultyId])),
    blockers: [...noOfferingsBlocker(offerings.length), ...pins.blockers],
  };
}
