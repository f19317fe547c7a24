// Test data for the editor API tests: a tiny term (two rooms, a 2-period lab, breaks after
// periods 1 and 3) with a DRAFT timetable of its clash-free week, and one user of every role.
import { prisma } from "@/lib/db";
import { whenScored } from "@/lib/server/timetables/editor/score-after-edit";
import { createTinyTerm, createUser } from "@/prisma/seed/factories";
import { tinyTermWeek, writeTimetable } from "./timetable-views-fixture";

export async function createEditorFixture() {
  const tiny = await createTinyTerm(prisma);
  const draft = await writeTimetable({ termId: tiny.term.id, meetings: tinyTermWeek(tiny), status: "DRAFT", name: "Editor test draft" });
  const users = {
    admin: await createUser(prisma, { role: "ADMIN" }),
    registrar: await createUser(prisma, { role: "REGISTRAR" }),
    hod: await createUser(prisma, { role: "HOD", departmentId: tiny.department.id }),
    faculty: tiny.faculty[0].user,
    student: tiny.students[0].user,
  };
  return { tiny, draft, users };
}

export type EditorFixture = Awaited<ReturnType<typeof createEditorFixture>>;

export async function deleteEditorFixture({ tiny, users }: EditorFixture) {
  await prisma.timetable.deleteMany({ where: { termId: tiny.term.id } });
  await prisma.term.deleteMany({ where: { id: tiny.term.id } });
  const userIds = [users.admin.id, users.registrar.id, users.hod.id, ...tiny.faculty.map((f) => f.user.id), ...tiny.students.map((s) => s.user.id)];
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.batch.deleteMany({ where: { departmentId: tiny.department.id } });
  await prisma.subject.deleteMany({ where: { departmentId: tiny.department.id } });
  await prisma.room.deleteMany({ where: { id: { in: [tiny.rooms.lab.id, tiny.rooms.lectureHall.id] } } });
  await prisma.department.deleteMany({ where: { id: tiny.department.id } });
}

/** An entry of a timetable by offering and meeting index. */
export async function entryOf(timetableId: string, offeringId: string, meetingIndex = 0) {
  return prisma.timetableEntry.findUniqueOrThrow({ where: { timetableId_offeringId_meetingIndex: { timetableId, offeringId, meetingIndex } } });
}

/** Everything an operation may write, to check that a refused one wrote nothing (after earlier edits are scored). */
export async function writtenState(timetableId: string) {
  await whenScored(timetableId);
  const [timetable, entries, edits] = await Promise.all([
    prisma.timetable.findUniqueOrThrow({ where: { id: timetableId }, select: { version: true, score: true, hardViolations: true, breakdown: true, violations: true, status: true } }),
    prisma.timetableEntry.findMany({ where: { timetableId }, orderBy: { id: "asc" } }),
    prisma.timetableEdit.findMany({ where: { timetableId }, orderBy: { seq: "asc" } }),
  ]);
  return { timetable, entries, edits, timetables: await prisma.timetable.count() };
}
