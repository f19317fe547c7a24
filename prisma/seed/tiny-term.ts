/**
 * createTinyTerm(): a small term that is trivially solvable, for integration and e2e tests that
 * need real data but a solver run of well under a second. One department, a 5-day x 6-period grid
 * (with a morning break and lunch), two batches, three faculty, two rooms and four offerings: two
 * theory courses, a 2-period lab and a lecture combined for both batches; one student of batch A
 * also takes batch B's course as an extra. Loads: A 3+2+2 = 7, B 3+2 = 5 periods of 30.
 */
import type { Db } from "./factories";
import { createDepartment, createFaculty, createRoom, createStudents, uniqueTag } from "./factories";

export interface TinyTermOptions {
  name?: string;
  departmentCode?: string;
  /** Students per batch; the batch size equals it. */
  studentsPerBatch?: number;
  workingDays?: number[];
  weightProfileId?: string | null;
  /** Pin meeting 0 of the batch-A theory course to the first working day, period 0. */
  pinFirstMeeting?: boolean;
}

export const TINY_TERM_PERIODS: readonly { startTime: string; endTime: string }[] = [
  { startTime: "09:00", endTime: "09:50" },
  { startTime: "09:50", endTime: "10:40" },
  { startTime: "11:00", endTime: "11:50" },
  { startTime: "11:50", endTime: "12:40" },
  { startTime: "13:40", endTime: "14:30" },
  { startTime: "14:30", endTime: "15:20" },
];

export async function createTinyTerm(tx: Db, options: TinyTermOptions = {}) {
  const tag = uniqueTag();
  const department = await createDepartment(tx, { code: options.departmentCode ?? `T${tag}` });
  const workingDays = options.workingDays ?? [1, 2, 3, 4, 5];
  const term = await tx.term.create({
    data: {
      name: options.name ?? `Tiny term ${tag}`,
      academicYear: "2026-27",
      semester: "Odd",
      firstDay: new Date("2026-07-20T00:00:00.000Z"),
      lastDay: new Date("2026-11-27T00:00:00.000Z"),
      timezone: "Asia/Kolkata",
      workingDays,
      weightProfileId: options.weightProfileId ?? null,
    },
  });
  await tx.period.createMany({ data: TINY_TERM_PERIODS.map((p, index) => ({ termId: term.id, index, ...p })) });

  const lectureHall = await createRoom(tx, { code: `LH-${tag}`, capacity: 60 });
  const lab = await createRoom(tx, { code: `LAB-${tag}`, type: "LAB", capacity: 40, departmentId: department.id });
  await tx.termRoom.createMany({ data: [lectureHall, lab].map((room) => ({ termId: term.id, roomId: room.id })) });
  const faculty = [];
  for (let i = 0; i < 3; i++) faculty.push(await createFaculty(tx, { departmentId: department.id, maxPeriodsPerDay: 4, maxPeriodsPerWeek: 12 }));

  const studentsPerBatch = options.studentsPerBatch ?? 3;
  const batchA = await tx.batch.create({ data: { code: `${department.code}-1A`, departmentId: department.id, semesterNumber: 1, size: studentsPerBatch } });
  const batchB = await tx.batch.create({ data: { code: `${department.code}-1B`, departmentId: department.id, semesterNumber: 1, size: studentsPerBatch } });

  const subject = (code: string, name: string, roomType: "LECTURE" | "LAB" = "LECTURE") =>
    tx.subject.create({ data: { code: `${code}-${tag}`, name, departmentId: department.id, credits: 3, roomType } });
  const offering = async (subjectId: string, facultyId: string, batchIds: string[], meetingsPerWeek: number, meetingLength = 1) => {
    const row = await tx.offering.create({
      data: { termId: term.id, subjectId, facultyId, meetingsPerWeek, meetingLength, minDays: Math.min(meetingsPerWeek, 3) },
    });
    await tx.offeringBatch.createMany({ data: batchIds.map((batchId) => ({ offeringId: row.id, batchId })) });
    return row;
  };
  const theoryA = await offering((await subject("DS101", "Data Structures")).id, faculty[0].profile.id, [batchA.id], 3);
  const theoryB = await offering((await subject("OS101", "Operating Systems")).id, faculty[1].profile.id, [batchB.id], 3);
  const labA = await offering((await subject("DS102L", "Data Structures Lab", "LAB")).id, faculty[2].profile.id, [batchA.id], 1, 2);
  const combined = await offering((await subject("MA101", "Discrete Mathematics")).id, faculty[0].profile.id, [batchA.id, batchB.id], 2);

  const students = [];
  for (const batch of [batchA, batchB]) {
    const rollPrefix = batch.code.replace(/[^A-Za-z0-9]/g, "");
    students.push(...(await createStudents(tx, { departmentId: department.id, batchId: batch.id, count: studentsPerBatch, rollPrefix })));
  }
  if (students.length > 0) await tx.studentExtraOffering.create({ data: { studentId: students[0].profile.id, offeringId: theoryB.id } });
  if (options.pinFirstMeeting) {
    await tx.fixedSlot.create({ data: { termId: term.id, offeringId: theoryA.id, meetingIndex: 0, day: workingDays[0], period: 0 } });
  }

  return {
    term,
    department,
    rooms: { lectureHall, lab },
    faculty,
    batches: { a: batchA, b: batchB },
    offerings: { theoryA, theoryB, labA, combined },
    students,
  };
}

export type TinyTerm = Awaited<ReturnType<typeof createTinyTerm>>;
