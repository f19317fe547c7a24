// Students (with extra offerings), fixed slots and weight profiles: the rules their save functions
// add on top of the schemas, against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { deleteWeightProfile } from "@/lib/server/data/delete-weight-profile";
import { saveFixedSlot } from "@/lib/server/data/save-fixed-slot";
import { saveStudent } from "@/lib/server/data/save-student";
import { saveTerm } from "@/lib/server/data/save-term";
import { saveWeightProfile } from "@/lib/server/data/save-weight-profile";
import { ZFixedSlotInputSchema } from "@/lib/validation/fixed-slot";
import { ZStudentInputSchema } from "@/lib/validation/student";
import { ZTermInputSchema } from "@/lib/validation/term";
import { ZWeightProfileInputSchema } from "@/lib/validation/weight-profile";
import { createTinyTerm, createUser, uniqueTag, type TinyTerm } from "@/prisma/seed/factories";

const tag = uniqueTag();
let tiny: TinyTerm;
let actorId: string;

async function problem(promise: Promise<unknown>): Promise<AppError> {
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

describe("students", () => {
  it("creates a student in the batch's department and replaces their extra offerings", async () => {
    const input = ZStudentInputSchema.parse({ name: "New Student", email: `new-${tag.toLowerCase()}@example.test`, batchId: tiny.batches.a.id, rollNumber: `R${tag}`, extraOfferingIds: [tiny.offerings.theoryB.id] });
    const { id } = await saveStudent({ input, actorId });
    const student = await prisma.studentProfile.findUniqueOrThrow({ where: { id }, include: { user: true, extraOfferings: true } });
    expect(student.user).toMatchObject({ role: "STUDENT", departmentId: tiny.department.id });
    expect(student.extraOfferings.map((e) => e.offeringId)).toEqual([tiny.offerings.theoryB.id]);

    await saveStudent({ input: { ...input, id, extraOfferingIds: [] }, actorId });
    expect(await prisma.studentExtraOffering.count({ where: { studentId: id } })).toBe(0);

    const ownOffering = await problem(saveStudent({ input: { ...input, id, extraOfferingIds: [tiny.offerings.theoryA.id] }, actorId }));
    expect(ownOffering.details).toEqual([{ path: "extraOfferingIds", message: "an extra offering is already one of the batch's own" }]);
    const takenRoll = await problem(saveStudent({ input: { ...input, id: null, email: `other-${tag.toLowerCase()}@example.test` }, actorId }));
    expect(takenRoll.details).toEqual([{ path: "rollNumber", message: `Roll number R${tag} is already in use` }]);
  });
});

describe("fixed slots and the term grid", () => {
  const pin = (overrides: Record<string, unknown>) =>
    ZFixedSlotInputSchema.parse({ termId: tiny.term.id, offeringId: tiny.offerings.labA.id, day: "2", period: "0", ...overrides });

  it("pins a meeting inside the term's grid and refuses one outside it, naming the field", async () => {
    await saveFixedSlot({ input: pin({}), actorId });
    expect((await problem(saveFixedSlot({ input: pin({ day: "7" }), actorId }))).details).toEqual([{ path: "day", message: "is not a working day of this term" }]);
    // The lab is two periods long: starting in the last period would run off the day.
    expect((await problem(saveFixedSlot({ input: pin({ period: "5" }), actorId }))).details).toEqual([{ path: "period", message: "the meeting must end by the term's last period (6)" }]);
    expect((await problem(saveFixedSlot({ input: pin({ roomId: tiny.rooms.lectureHall.id }), actorId }))).details).toEqual([{ path: "roomId", message: "the offering needs a LAB room" }]);
  });

  it("refuses to drop the working day a pin uses", async () => {
    const term = await prisma.term.findUniqueOrThrow({ where: { id: tiny.term.id }, include: { periods: { orderBy: { index: "asc" } } } });
    const input = ZTermInputSchema.parse({
      id: term.id,
      name: term.name,
      academicYear: term.academicYear,
      semester: term.semester,
      firstDay: term.firstDay.toISOString().slice(0, 10),
      lastDay: term.lastDay.toISOString().slice(0, 10),
      timezone: term.timezone,
      workingDays: ["1", "3", "4", "5"],
      periods: term.periods.map((p) => `${p.startTime}-${p.endTime}`).join("\n"),
    });
    const error = await problem(saveTerm({ input, actorId }));
    expect(error.details).toEqual([{ path: "workingDays", message: "a timetable or pinned meeting of this term uses ISO day 2; keep it or archive those first" }]);
    await saveTerm({ input: { ...input, workingDays: [1, 2, 3, 4, 5, 6] }, actorId });
    expect((await prisma.term.findUniqueOrThrow({ where: { id: term.id } })).workingDays).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("weight profiles", () => {
  const weights = { roomCapacity: "1", minDays: "5", isolated: "2", gaps: "0", roomStability: "1", facultyPreference: "0", backToBack: "0", edgePeriods: "0", dailyBalance: "0.5" };

  it("stores weights keyed like SoftWeights, keeps built-ins read-only, and refuses deleting a profile in use", async () => {
    const { id } = await saveWeightProfile({ input: ZWeightProfileInputSchema.parse({ name: `Custom ${tag}`, ...weights }), actorId });
    expect((await prisma.weightProfile.findUniqueOrThrow({ where: { id } })).weights).toMatchObject({ minDays: 5, dailyBalance: 0.5 });

    const builtIn = await prisma.weightProfile.findFirstOrThrow({ where: { isBuiltIn: true } });
    expect((await problem(saveWeightProfile({ input: ZWeightProfileInputSchema.parse({ id: builtIn.id, name: builtIn.name, ...weights }), actorId }))).message).toMatch(/built in and cannot be changed/);

    await prisma.term.update({ where: { id: tiny.term.id }, data: { weightProfileId: id } });
    expect((await problem(deleteWeightProfile({ id, actorId }))).message).toMatch(/1 term use it/);
    await prisma.term.update({ where: { id: tiny.term.id }, data: { weightProfileId: null } });
    await deleteWeightProfile({ id, actorId });
    expect(await prisma.weightProfile.count({ where: { id } })).toBe(0);
  });
});
