/**
 * The demo university, generated deterministically (seeded RNG, no database): one term of a
 * four-department engineering college plus a Science and Humanities service department, with a
 * planted timetable that satisfies every hard constraint. See README.md in this folder.
 */
import { buildNonTeachingDays } from "./calendar";
import { GRID_PERIODS, SEMESTERS, WORKING_DAYS } from "./catalog";
import { buildFacultySlots, buildFixedSlots, buildRoomUnavailability } from "./availability";
import type { DemoPlacement, DemoUniversity } from "./demo-types";
import { EmailRegistry } from "./names";
import { Planter, type PlantedMeeting } from "./planter";
import { createRng } from "./rng";
import { buildStaff, DEMO_FACULTY_EMAIL } from "./staff";
import { buildStructure, type OfferingPlan } from "./structure";
import { buildStudents, DEMO_STUDENT_EMAIL } from "./students";

export const DEMO_SEED = 20260720;
export const DEMO_PASSWORD = "demo1234";

/** breakAfter[p]: a gap between period p's end and period p+1's start is a break. */
export function breakAfterOf(periods: readonly { start: string; end: string }[]): boolean[] {
  return periods.map((p, i) => i + 1 < periods.length && p.end !== periods[i + 1].start);
}

export function generateDemoUniversity(seed: number = DEMO_SEED): DemoUniversity {
  const rng = createRng(seed);
  const emails = new EmailRegistry("demo.edu");
  const structure = buildStructure(rng);
  const staff = buildStaff(rng, emails, structure);

  const planter = new Planter(WORKING_DAYS.length, GRID_PERIODS.length, breakAfterOf(GRID_PERIODS), structure.rooms);
  const meetingsOf = plantTimetable(rng, planter, structure.offerings, staff.facultyProfiles);

  const facultySlots = buildFacultySlots(rng, planter, staff.facultyProfiles);
  const roomUnavailability = buildRoomUnavailability(rng, planter, structure.rooms);
  const students = buildStudents(rng, emails, structure, planter, meetingsOf);
  const departmentCode = new Map(structure.departments.map((d) => [d.id, d.code]));
  const fixedSlots = buildFixedSlots(rng, structure.term.id, structure.offerings, meetingsOf, departmentCode);

  const plantedTimetable: DemoPlacement[] = [...meetingsOf.values()].flat().map((m) => ({
    offeringId: m.offeringId, meetingIndex: m.meetingIndex, day: WORKING_DAYS[m.dayIndex], period: m.period, length: m.length, roomId: m.roomId,
  }));

  return {
    term: structure.term,
    nonTeachingDays: buildNonTeachingDays(structure.term.id, () => rng.id()),
    periods: structure.periods,
    departments: structure.departments,
    rooms: structure.rooms,
    roomUnavailability,
    users: [...staff.users, ...students.users],
    facultyProfiles: staff.facultyProfiles,
    facultySlots,
    subjects: structure.subjects,
    batches: structure.batches,
    studentProfiles: students.studentProfiles,
    offerings: structure.offerings.map((p) => p.offering),
    offeringBatches: structure.offeringBatches,
    studentExtraOfferings: students.studentExtraOfferings,
    fixedSlots,
    plantedTimetable,
    accounts: {
      admin: "admin@demo.edu",
      registrar: "registrar@demo.edu",
      hodCse: "hod.cse@demo.edu",
      hodEce: "hod.ece@demo.edu",
      faculty: DEMO_FACULTY_EMAIL,
      student: DEMO_STUDENT_EMAIL,
    },
  };
}

/**
 * Places every meeting, hardest first: long labs need a break-free run and one of few lab rooms;
 * electives go last so they can be put where other semesters' batches are free (for extras).
 */
function plantTimetable(
  rng: ReturnType<typeof createRng>, planter: Planter, plans: OfferingPlan[], faculty: { id: string; maxPeriodsPerDay: number }[],
): Map<string, PlantedMeeting[]> {
  const maxPerDay = new Map(faculty.map((f) => [f.id, f.maxPeriodsPerDay]));
  const difficulty = (p: OfferingPlan) =>
    (p.course.kind === "theory" ? 0 : 100 + p.course.length * 10) + (p.batchIds.length > 1 ? 50 : 0) - (p.course.elective ? 200 : 0) + p.course.meetings;
  const ordered = rng.shuffle(plans).sort((a, b) => difficulty(b) - difficulty(a));

  const meetingsOf = new Map<string, PlantedMeeting[]>();
  for (const plan of ordered) {
    const facultyId = plan.offering.facultyId;
    if (!facultyId) throw new Error(`${plan.course.code} has no faculty`);
    const wishedFreeFor = plan.course.elective ? electiveTakers(plan, plans) : [];
    const placed: PlantedMeeting[] = [];
    for (let meetingIndex = 0; meetingIndex < plan.offering.meetingsPerWeek; meetingIndex++) {
      const meeting = planter.place(
        {
          offeringId: plan.offering.id,
          meetingIndex,
          length: plan.offering.meetingLength,
          facultyId,
          facultyMaxPerDay: maxPerDay.get(facultyId)!,
          batchIds: plan.batchIds,
          roomType: plan.roomType,
          seats: plan.seats,
          departmentId: plan.studentDepartmentId,
          usedDays: new Set(placed.map((m) => m.dayIndex)),
          previousRoomId: placed[0]?.roomId ?? null,
          wishedFreeFor,
        },
        rng,
      );
      if (!meeting) throw new Error(`could not plant meeting ${meetingIndex} of ${plan.course.code} (${plan.batchIds.length} batches)`);
      placed.push(meeting);
    }
    meetingsOf.set(plan.offering.id, placed);
  }
  return meetingsOf;
}

/** Batches of the same department in the other elective semester: their students may take this elective. */
function electiveTakers(plan: OfferingPlan, plans: OfferingPlan[]): string[] {
  const takers = new Set<string>();
  for (const other of plans) {
    if (other.studentDepartmentId !== plan.studentDepartmentId || other.semester === plan.semester) continue;
    if (!SEMESTERS.includes(other.semester) || !plans.some((p) => p.course.elective && p.semester === other.semester)) continue;
    for (const b of other.batchIds) takers.add(b);
  }
  return [...takers];
}
