/**
 * Imports an ITC-2007 track 3 instance (.ctt) as a term, in one transaction:
 *   courses -> subjects + offerings (students -> expectedSize, min working days -> minDays,
 *              lectures -> meetingsPerWeek, length 1)
 *   curricula -> batches (size = the largest course of the curriculum, or 0), linked to offerings
 *   teachers -> FACULTY users that cannot sign in, with no teaching limits (ITC has none)
 *   unavailability -> OfferingUnavailability; rooms -> LECTURE rooms, listed as the term's only rooms
 *   a term named after the instance: `days` working days from Monday, `periods_per_day` one-hour
 *   periods from 08:00, weighted by the "ITC-2007" profile.
 * Everything belongs to a department of the instance's own ("ITC-comp01", owned by the new term, so
 * none of it shows up with another term's data), its rooms are in the building "ITC-2007 comp01", and
 * every code is prefixed by the instance name.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CttParseError, parseCtt, type CttInstance } from "@/lib/formats/itc2007/parse-ctt";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { unusablePasswordHash } from "@/lib/server/data/unusable-password";
import { ITC_ACADEMIC_YEAR, itcBuilding, itcCode, itcDepartmentCode, itcPeriodTimes, itcTeacherEmail } from "./itc-codes";

export interface ImportCttTermOptions {
  cttText: string;
  actorId: string;
}

const ITC_PROFILE_NAME = "ITC-2007";

function parseOrThrow(text: string): CttInstance {
  try {
    return parseCtt(text);
  } catch (error) {
    if (error instanceof CttParseError) throw new AppError("UNPROCESSABLE", `Not a valid ITC-2007 .ctt file: ${error.message}`, [{ path: `line ${error.line}`, message: error.message }]);
    throw error;
  }
}

async function itcWeightProfileId(tx: Prisma.TransactionClient): Promise<string> {
  const builtIn = BUILT_IN_WEIGHT_PROFILES.find((p) => p.name === ITC_PROFILE_NAME)!;
  const profile = await tx.weightProfile.upsert({
    where: { name: ITC_PROFILE_NAME },
    create: { name: builtIn.name, description: builtIn.description, weights: { ...builtIn.weights }, isBuiltIn: true },
    update: {},
    select: { id: true },
  });
  return profile.id;
}

export async function importCttTerm({ cttText, actorId }: ImportCttTermOptions): Promise<{ termId: string }> {
  const instance = parseOrThrow(cttText);
  if (instance.days < 1 || instance.days > 7) throw new AppError("UNPROCESSABLE", `Days must be 1-7 (ISO weekdays); the instance has ${instance.days}`);
  if (instance.periodsPerDay < 1 || instance.periodsPerDay > 15) throw new AppError("UNPROCESSABLE", `Periods_per_day must be 1-15; the instance has ${instance.periodsPerDay}`);
  const code = (id: string) => itcCode(instance.name, id);

  return prisma.$transaction(
    async (tx) => {
      if (await tx.term.findUnique({ where: { name: instance.name }, select: { id: true } })) {
        throw new AppError("CONFLICT", `A term named "${instance.name}" already exists: this instance has been imported before`);
      }
      const term = await tx.term.create({
        data: {
          name: instance.name,
          academicYear: ITC_ACADEMIC_YEAR,
          semester: "Benchmark",
          firstDay: new Date("2007-09-03T00:00:00.000Z"),
          lastDay: new Date("2007-12-21T00:00:00.000Z"),
          timezone: "UTC",
          workingDays: Array.from({ length: instance.days }, (_, i) => i + 1),
          weightProfileId: await itcWeightProfileId(tx),
          periods: { create: itcPeriodTimes(instance.periodsPerDay).map((p, index) => ({ index, ...p })) },
        },
        select: { id: true },
      });
      const departmentCode = itcDepartmentCode(instance.name);
      if (await tx.department.findUnique({ where: { code: departmentCode }, select: { id: true } })) {
        throw new AppError("CONFLICT", `A department coded "${departmentCode}" already exists: this instance has been imported before`);
      }
      const department = await tx.department.create({
        data: { code: departmentCode, name: `ITC-2007 benchmark ${instance.name} (imported)`, termId: term.id },
        select: { id: true },
      });
      const departmentId = department.id;

      const rooms = await tx.room.createManyAndReturn({
        data: instance.rooms.map((r) => ({ code: code(r.id), building: itcBuilding(instance.name), capacity: r.capacity, type: "LECTURE" as const, departmentId })),
        select: { id: true },
      });
      // The instance's rooms are the only ones its term may use: the .sol export names rooms by the
      // instance's ids, and the benchmark is only comparable on the instance's own rooms.
      await tx.termRoom.createMany({ data: rooms.map((r) => ({ termId: term.id, roomId: r.id })) });

      const teachers = [...new Set(instance.courses.map((c) => c.teacher))];
      const weekPeriods = instance.days * instance.periodsPerDay;
      const users = await tx.user.createManyAndReturn({
        data: teachers.map((t) => ({ email: itcTeacherEmail(instance.name, t), name: t, role: "FACULTY" as const, departmentId, passwordHash: unusablePasswordHash() })),
        select: { id: true, name: true },
      });
      const profiles = await tx.facultyProfile.createManyAndReturn({
        data: users.map((u) => ({ userId: u.id, departmentId, maxPeriodsPerDay: instance.periodsPerDay, maxPeriodsPerWeek: weekPeriods })),
        select: { id: true, userId: true },
      });
      const teacherByUser = new Map(users.map((u) => [u.id, u.name]));
      const facultyIdByTeacher = new Map(profiles.map((p) => [teacherByUser.get(p.userId)!, p.id]));

      const subjects = await tx.subject.createManyAndReturn({
        data: instance.courses.map((c) => ({ code: code(c.id), name: `${instance.name} ${c.id}`, departmentId, credits: c.lectures, roomType: "LECTURE" as const })),
        select: { id: true, code: true },
      });
      const subjectIdByCode = new Map(subjects.map((s) => [s.code, s.id]));
      const offerings = await tx.offering.createManyAndReturn({
        data: instance.courses.map((c) => ({
          termId: term.id,
          subjectId: subjectIdByCode.get(code(c.id))!,
          facultyId: facultyIdByTeacher.get(c.teacher)!,
          meetingsPerWeek: c.lectures,
          meetingLength: 1,
          minDays: c.minWorkingDays,
          expectedSize: c.students,
        })),
        select: { id: true, subjectId: true },
      });
      const offeringIdBySubject = new Map(offerings.map((o) => [o.subjectId, o.id]));
      const offeringIdOf = (courseId: string) => offeringIdBySubject.get(subjectIdByCode.get(code(courseId))!)!;

      const studentsOf = new Map(instance.courses.map((c) => [c.id, c.students]));
      const batches = await tx.batch.createManyAndReturn({
        data: instance.curricula.map((q) => ({
          code: code(q.id),
          departmentId,
          semesterNumber: 1,
          size: Math.max(0, ...q.courseIds.map((id) => studentsOf.get(id) ?? 0)),
        })),
        select: { id: true, code: true },
      });
      const batchIdByCode = new Map(batches.map((b) => [b.code, b.id]));
      await tx.offeringBatch.createMany({
        data: instance.curricula.flatMap((q) => [...new Set(q.courseIds)].map((courseId) => ({ offeringId: offeringIdOf(courseId), batchId: batchIdByCode.get(code(q.id))! }))),
      });
      await tx.offeringUnavailability.createMany({
        data: instance.unavailability.map((u) => ({ offeringId: offeringIdOf(u.courseId), day: u.day + 1, period: u.period })),
        skipDuplicates: true,
      });

      await recordAudit(tx, {
        actorId,
        action: "import",
        entity: "Term",
        entityId: term.id,
        after: {
          source: "ITC-2007",
          instance: instance.name,
          courses: instance.courses.length,
          rooms: instance.rooms.length,
          curricula: instance.curricula.length,
          teachers: teachers.length,
          unavailability: instance.unavailability.length,
        },
      });
      return { termId: term.id };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
