// The registrar's data functions against the real database: every change writes its audit entry in
// the same transaction, a code already in use is reported on the field, and deletes that would
// orphan data (a room in a published timetable, a batch with students, a subject still offered)
// are refused with a reason while leaving the data untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { checkTermData } from "@/lib/server/data/check-term-data";
import { deleteBatch } from "@/lib/server/data/delete-batch";
import { deleteDepartment } from "@/lib/server/data/delete-department";
import { deleteFaculty } from "@/lib/server/data/delete-faculty";
import { deleteRoom } from "@/lib/server/data/delete-room";
import { deleteSubject } from "@/lib/server/data/delete-subject";
import { saveFaculty } from "@/lib/server/data/save-faculty";
import { saveFacultyAvailability } from "@/lib/server/data/save-faculty-availability";
import { saveOffering } from "@/lib/server/data/save-offering";
import { saveRoom } from "@/lib/server/data/save-room";
import { ZFacultyInputSchema } from "@/lib/validation/faculty";
import { ZOfferingInputSchema } from "@/lib/validation/offering";
import { ZRoomInputSchema } from "@/lib/validation/room";
import { createRoom, createTinyTerm, createUser, uniqueTag, type TinyTerm } from "@/prisma/seed/factories";

let tiny: TinyTerm;
let actorId: string;
const tag = uniqueTag();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  tiny = await prisma.$transaction((tx) => createTinyTerm(tx));
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("save with audit", () => {
  it("lists a new room for the term it was created in, and for no other term", async () => {
    const input = ZRoomInputSchema.parse({ code: `RT-${tag}`, building: "North", capacity: "30", type: "LECTURE" });
    const { id } = await saveRoom({ input, actorId, termId: tiny.term.id });
    expect(await prisma.termRoom.findMany({ where: { roomId: id }, select: { termId: true } })).toEqual([{ termId: tiny.term.id }]);
    await saveRoom({ input: { ...input, id, capacity: 35 }, actorId, termId: tiny.term.id });
    expect(await prisma.termRoom.count({ where: { roomId: id } })).toBe(1);
  });

  it("creates and updates a room, auditing both in order", async () => {
    const input = ZRoomInputSchema.parse({ code: `R-${tag}`, building: "North", capacity: "40", type: "SEMINAR" });
    const { id } = await saveRoom({ input, actorId });
    await saveRoom({ input: { ...input, id, capacity: 45 }, actorId });

    expect(await prisma.room.findUniqueOrThrow({ where: { id } })).toMatchObject({ capacity: 45, type: "SEMINAR" });
    const audit = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["create", actorId],
      ["update", actorId],
    ]);
    expect(audit[1].before).toMatchObject({ capacity: 40 });
    expect(audit[1].after).toMatchObject({ capacity: 45 });
  });

  it("reports a code used by another room on the code field and writes nothing", async () => {
    const input = ZRoomInputSchema.parse({ code: tiny.rooms.lectureHall.code, building: "X", capacity: "10", type: "LECTURE" });
    const before = await prisma.auditLog.count();
    const error = await refusal(saveRoom({ input, actorId }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual([{ path: "code", message: `Room code ${tiny.rooms.lectureHall.code} is already in use` }]);
    expect(await prisma.auditLog.count()).toBe(before);
  });

  it("creates a faculty member as a FACULTY user that cannot sign in, and replaces their availability", async () => {
    const input = ZFacultyInputSchema.parse({
      name: "Test Teacher",
      email: `teacher-${tag}@example.test`,
      departmentId: tiny.department.id,
      maxPeriodsPerDay: "3",
      maxPeriodsPerWeek: "12",
    });
    const { id } = await saveFaculty({ input, actorId });
    const profile = await prisma.facultyProfile.findUniqueOrThrow({ where: { id }, include: { user: true } });
    expect(profile.user).toMatchObject({ role: "FACULTY", departmentId: tiny.department.id });
    expect(profile.user.passwordHash.startsWith("!unusable!")).toBe(true);

    await saveFacultyAvailability({ input: { ownerId: id, cells: [{ day: 1, period: 0, preference: "UNAVAILABLE" }, { day: 2, period: 1, preference: "PREFERRED" }] }, actorId });
    await saveFacultyAvailability({ input: { ownerId: id, cells: [{ day: 3, period: 2, preference: "PREFERRED" }] }, actorId });
    const slots = await prisma.facultySlot.findMany({ where: { facultyId: id }, select: { day: true, period: true, preference: true } });
    expect(slots).toEqual([{ day: 3, period: 2, preference: "PREFERRED" }]);

    const clash = await refusal(saveFaculty({ input: { ...input, id: null }, actorId }));
    expect(clash.details).toEqual([{ path: "email", message: `${input.email} already belongs to another user` }]);
  });

  it("replaces an offering's batches on update", async () => {
    const offering = tiny.offerings.combined;
    const input = ZOfferingInputSchema.parse({
      id: offering.id,
      termId: tiny.term.id,
      subjectId: offering.subjectId,
      facultyId: offering.facultyId,
      batchIds: [tiny.batches.b.id],
      meetingsPerWeek: "2",
      meetingLength: "1",
      minDays: "2",
    });
    await saveOffering({ input, actorId });
    const batches = await prisma.offeringBatch.findMany({ where: { offeringId: offering.id } });
    expect(batches.map((b) => b.batchId)).toEqual([tiny.batches.b.id]);
  });
});

describe("delete refusals", () => {
  it("refuses to delete a room used by a published timetable, naming it, and deletes it once unused", async () => {
    const room = tiny.rooms.lectureHall;
    const timetable = await prisma.timetable.create({
      data: {
        termId: tiny.term.id,
        name: `Published ${tag}`,
        status: "PUBLISHED",
        score: 0,
        breakdown: {},
        violations: [],
        entries: { create: [{ offeringId: tiny.offerings.theoryA.id, meetingIndex: 0, day: 1, period: 0, length: 1, roomId: room.id }] },
      },
    });
    const error = await refusal(deleteRoom({ id: room.id, actorId }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(`Published ${tag} (published)`);
    expect(await prisma.room.count({ where: { id: room.id } })).toBe(1);

    await prisma.timetable.delete({ where: { id: timetable.id } });
    await deleteRoom({ id: room.id, actorId });
    expect(await prisma.room.count({ where: { id: room.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: room.id, action: "delete" } })).toBe(1);
  });

  it("refuses to delete a batch with students", async () => {
    const error = await refusal(deleteBatch({ id: tiny.batches.a.id, actorId }));
    expect(error.message).toMatch(/still has 3 students/);
    expect(await prisma.batch.count({ where: { id: tiny.batches.a.id } })).toBe(1);
  });

  it("refuses to delete a subject still offered, a department that owns data, and a faculty member who teaches", async () => {
    expect((await refusal(deleteSubject({ id: tiny.offerings.theoryA.subjectId, actorId }))).message).toMatch(/1 offering still teach it/);
    expect((await refusal(deleteDepartment({ id: tiny.department.id, actorId }))).message).toMatch(/faculty member/);
    expect((await refusal(deleteFaculty({ id: tiny.offerings.theoryA.facultyId!, actorId }))).message).toMatch(/teaches \d+ offerings?/);
  });
});

describe("pre-flight check", () => {
  it("links each blocker to the records it names", async () => {
    // The term's lecture hall was deleted above, and a term uses only the rooms it lists: list another.
    const hall = await createRoom(prisma, { capacity: 60 });
    await prisma.termRoom.create({ data: { termId: tiny.term.id, roomId: hall.id } });
    expect((await checkTermData({ termId: tiny.term.id })).blockers).toEqual([]);
    // The lab's teacher becomes unavailable all week: the lab can no longer be taught.
    const facultyId = tiny.offerings.labA.facultyId!;
    await saveFacultyAvailability({
      input: { ownerId: facultyId, cells: [1, 2, 3, 4, 5].flatMap((day) => [0, 1, 2, 3, 4, 5].map((period) => ({ day, period, preference: "UNAVAILABLE" as const }))) },
      actorId,
    });
    const { blockers } = await checkTermData({ termId: tiny.term.id });
    const overloaded = blockers.find((b) => b.kind === "facultyOverloaded");
    expect(overloaded?.message).toMatch(/is available 0 periods a week but teaches 2/);
    expect(overloaded?.links.map((l) => l.href)).toEqual([`/admin/data/faculty/${facultyId}`, `/admin/data/offerings/${tiny.offerings.labA.id}`]);
    await saveFacultyAvailability({ input: { ownerId: facultyId, cells: [] }, actorId });
  });
});
