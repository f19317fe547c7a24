/**
 * Reads one term's data for a generation run, limited to the job's scope, as a plain TermSnapshot.
 *
 * Scope: no departments means the whole institution; otherwise the offerings whose subject belongs
 * to one of the departments. Rooms are always all rooms (departments share them). Faculty, batches
 * and students are those the offerings in scope reach.
 *
 * No "server-only" import: the worker imports this through run-variant.
 */
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TermSnapshot } from "./term-snapshot";

export interface LoadTermSnapshotOptions {
  termId: string;
  departmentIds: string[];
  client?: Prisma.TransactionClient;
}

const cell = { day: true, period: true } as const;

const offeringSelect = {
  id: true,
  facultyId: true,
  meetingsPerWeek: true,
  meetingLength: true,
  minDays: true,
  expectedSize: true,
  roomType: true,
  subject: { select: { code: true, name: true, roomType: true } },
  batches: { select: { batchId: true }, orderBy: { batchId: "asc" } },
  unavailable: { select: cell },
} satisfies Prisma.OfferingSelect;

export async function loadTermSnapshot({ termId, departmentIds, client = prisma }: LoadTermSnapshotOptions): Promise<TermSnapshot> {
  const term = await client.term.findUnique({
    where: { id: termId },
    select: { id: true, workingDays: true, periods: { select: { index: true, startTime: true, endTime: true }, orderBy: { index: "asc" } } },
  });
  if (!term) throw new AppError("NOT_FOUND", `Term ${termId} not found`);

  const offerings = await client.offering.findMany({
    where: { termId, ...(departmentIds.length > 0 ? { subject: { departmentId: { in: departmentIds } } } : {}) },
    select: offeringSelect,
    // A stable order keeps a seeded run reproducible on the same data.
    orderBy: [{ subject: { code: "asc" } }, { id: "asc" }],
  });
  const offeringIds = offerings.map((o) => o.id);
  const facultyIds = [...new Set(offerings.flatMap((o) => (o.facultyId ? [o.facultyId] : [])))];
  const batchIds = [...new Set(offerings.flatMap((o) => o.batches.map((b) => b.batchId)))];

  const [rooms, faculty, batches, students, fixedSlots] = await Promise.all([
    client.room.findMany({
      select: { id: true, code: true, capacity: true, type: true, unavailable: { select: cell } },
      orderBy: { code: "asc" },
    }),
    client.facultyProfile.findMany({
      where: { id: { in: facultyIds } },
      select: {
        id: true,
        title: true,
        maxPeriodsPerDay: true,
        maxPeriodsPerWeek: true,
        avoidBackToBack: true,
        user: { select: { name: true } },
        slots: { select: { day: true, period: true, preference: true } },
      },
      orderBy: { id: "asc" },
    }),
    client.batch.findMany({ where: { id: { in: batchIds } }, select: { id: true, code: true, size: true }, orderBy: { code: "asc" } }),
    // Only students who take an extra offering in scope can add a clash set beyond their batch's.
    client.studentProfile.findMany({
      where: { batchId: { in: batchIds }, extraOfferings: { some: { offeringId: { in: offeringIds } } } },
      select: { batchId: true, extraOfferings: { select: { offeringId: true } } },
    }),
    client.fixedSlot.findMany({
      where: { termId, offeringId: { in: offeringIds } },
      select: { offeringId: true, meetingIndex: true, day: true, period: true, roomId: true },
      orderBy: [{ offeringId: "asc" }, { id: "asc" }],
    }),
  ]);

  return {
    termId,
    workingDays: term.workingDays,
    periods: term.periods,
    rooms,
    faculty: faculty.map(({ user, ...member }) => ({ ...member, name: user.name })),
    batches,
    offerings: offerings.map(({ subject, batches: offeringBatches, ...offering }) => ({
      ...offering,
      subjectCode: subject.code,
      subjectName: subject.name,
      subjectRoomType: subject.roomType,
      batchIds: offeringBatches.map((b) => b.batchId),
    })),
    students: students.map((s) => ({ batchId: s.batchId, extraOfferingIds: s.extraOfferings.map((e) => e.offeringId) })),
    fixedSlots,
  };
}
