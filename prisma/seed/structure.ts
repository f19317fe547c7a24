/**
 * The academic structure of the demo university: term and grid, departments, rooms, subjects,
 * sections (batches) and the term's offerings. No people and no timetable yet.
 */
import type { RoomType } from "@/lib/generated/prisma/enums";
import {
  DEPARTMENTS, GRID_PERIODS, LECTURE_HALLS, SEMESTERS, SEMINAR_ROOMS, WORKING_DAYS, curriculumOf,
  type CourseSpec,
} from "./catalog";
import type {
  DemoBatch, DemoDepartment, DemoOffering, DemoOfferingBatch, DemoPeriod, DemoRoom, DemoSubject, DemoTerm,
} from "./demo-types";
import type { Rng } from "./rng";

export const DEMO_TERM_NAME = "2026-27 Odd semester";

/** An offering with what the generator needs to know about it beyond its row. */
export interface OfferingPlan {
  offering: DemoOffering;
  course: CourseSpec;
  batchIds: string[];
  /** Department of the students (for extras and lab rooms of the own department). */
  studentDepartmentId: string;
  /** Department whose faculty teach it. */
  teachingDepartmentId: string;
  semester: number;
  roomType: RoomType;
  /** Seats its room must have: students, plus headroom for extra students on electives. */
  seats: number;
}

export interface Structure {
  term: DemoTerm;
  periods: DemoPeriod[];
  departments: DemoDepartment[];
  rooms: DemoRoom[];
  subjects: DemoSubject[];
  batches: DemoBatch[];
  offerings: OfferingPlan[];
  offeringBatches: DemoOfferingBatch[];
  departmentByCode: Map<string, DemoDepartment>;
}

/** Extra students an elective can take on top of its batch: reserved as empty seats in its room. */
export const ELECTIVE_HEADROOM = 8;

const ROOM_TYPE_OF: Record<CourseSpec["kind"], RoomType> = { theory: "LECTURE", lab: "LAB", seminar: "SEMINAR" };

export function buildStructure(rng: Rng): Structure {
  const term: DemoTerm = {
    id: rng.id(),
    name: DEMO_TERM_NAME,
    academicYear: "2026-27",
    semester: "Odd",
    firstDay: new Date("2026-07-20T00:00:00.000Z"),
    lastDay: new Date("2026-11-27T00:00:00.000Z"),
    timezone: "Asia/Kolkata",
    workingDays: [...WORKING_DAYS],
  };
  const periods = GRID_PERIODS.map((p, index) => ({ id: rng.id(), termId: term.id, index, startTime: p.start, endTime: p.end }));
  const departments = DEPARTMENTS.map((d) => ({ id: rng.id(), code: d.code, name: d.name }));
  const departmentByCode = new Map(departments.map((d) => [d.code, d]));
  const rooms = buildRooms(rng, departmentByCode);

  const subjectByCode = new Map<string, DemoSubject>();
  const subjectFor = (course: CourseSpec, ownDepartmentCode: string) => {
    let subject = subjectByCode.get(course.code);
    if (!subject) {
      const departmentId = departmentByCode.get(course.taughtBy ?? ownDepartmentCode)!.id;
      subject = { id: rng.id(), code: course.code, name: course.name, departmentId, credits: course.credits, roomType: ROOM_TYPE_OF[course.kind] };
      subjectByCode.set(course.code, subject);
    }
    return subject;
  };

  const batches: DemoBatch[] = [];
  const offerings: OfferingPlan[] = [];
  const offeringBatches: DemoOfferingBatch[] = [];
  for (const spec of DEPARTMENTS) {
    if (spec.sections === 0) continue;
    const department = departmentByCode.get(spec.code)!;
    for (const semester of SEMESTERS) {
      const sections = Array.from({ length: spec.sections }, (_, i) => {
        const letter = String.fromCharCode(65 + i);
        // A and B attend combined lectures together, so together they must fit a 120-seat hall.
        const size = letter === "C" ? rng.int(55, 70) : rng.int(45, 60);
        const batch: DemoBatch = { id: rng.id(), code: `${spec.code}-${semester}${letter}`, departmentId: department.id, semesterNumber: semester, size };
        batches.push(batch);
        return batch;
      });
      for (const course of curriculumOf(spec.code, semester)) {
        const subject = subjectFor(course, spec.code);
        const groups = course.combined && sections.length >= 2 ? [sections.slice(0, 2), ...sections.slice(2).map((s) => [s])] : sections.map((s) => [s]);
        for (const group of groups) {
          const plan = planOffering(rng, term.id, subject, course, group, department.id, semester);
          offerings.push(plan);
          for (const batch of group) offeringBatches.push({ offeringId: plan.offering.id, batchId: batch.id });
        }
      }
    }
  }
  return { term, periods, departments, rooms, subjects: [...subjectByCode.values()], batches, offerings, offeringBatches, departmentByCode };
}

function planOffering(
  rng: Rng, termId: string, subject: DemoSubject, course: CourseSpec, batches: DemoBatch[], studentDepartmentId: string, semester: number,
): OfferingPlan {
  const students = batches.reduce((sum, b) => sum + b.size, 0);
  // Seminars run in half-batch rotation (the other half is at project work), hence a seminar room.
  const expectedSize = course.kind === "seminar" ? Math.ceil(students / 2) : null;
  const offering: DemoOffering = {
    id: rng.id(),
    termId,
    subjectId: subject.id,
    facultyId: null,
    meetingsPerWeek: course.meetings,
    meetingLength: course.length,
    minDays: course.kind === "theory" ? Math.min(3, course.meetings) : 1,
    expectedSize,
    roomType: null,
  };
  const seats = (expectedSize ?? students) + (course.elective ? ELECTIVE_HEADROOM : 0);
  return {
    offering, course, batchIds: batches.map((b) => b.id), studentDepartmentId, teachingDepartmentId: subject.departmentId,
    semester, roomType: subject.roomType, seats,
  };
}

function buildRooms(rng: Rng, departmentByCode: Map<string, DemoDepartment>): DemoRoom[] {
  const rooms: DemoRoom[] = [];
  LECTURE_HALLS.forEach((building, b) =>
    building.capacities.forEach((capacity, i) =>
      rooms.push({ id: rng.id(), code: `LH-${b + 1}${String(i + 1).padStart(2, "0")}`, building: building.building, capacity, type: "LECTURE", departmentId: null }),
    ),
  );
  SEMINAR_ROOMS.forEach((room, i) =>
    rooms.push({ id: rng.id(), code: `SR-${i + 1}`, building: room.building, capacity: room.capacity, type: "SEMINAR", departmentId: null }),
  );
  for (const spec of DEPARTMENTS) {
    spec.labs.forEach((capacity, i) =>
      rooms.push({
        id: rng.id(), code: `${spec.code}-LAB${i + 1}`, building: spec.building, capacity, type: "LAB", departmentId: departmentByCode.get(spec.code)!.id,
      }),
    );
  }
  return rooms;
}
