/**
 * Copies a timetable (its entries with their pins, and its scores) into a new DRAFT whose
 * baseTimetableId is the original, in one transaction: the start of an edit of a published
 * timetable. The original is never changed. Archived timetables are not copied (409): they are
 * history, brought back only by publishing them again.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface CopyTimetableOptions {
  timetableId: string;
  /** Defaults to "<name> (edit)". */
  name?: string;
  /** Run inside the caller's transaction; otherwise one of its own. */
  tx?: Prisma.TransactionClient;
}

export async function copyTimetable({ timetableId, name, tx }: CopyTimetableOptions): Promise<{ timetableId: string }> {
  if (!tx) return prisma.$transaction((own) => copyTimetable({ timetableId, name, tx: own }));
  const original = await tx.timetable.findUnique({
    where: { id: timetableId },
    select: {
      termId: true,
      name: true,
      status: true,
      score: true,
      hardViolations: true,
      breakdown: true,
      softUnits: true,
      violations: true,
      entries: { select: { offeringId: true, meetingIndex: true, day: true, period: true, length: true, roomId: true, facultyId: true, pinnedTime: true, pinnedRoom: true } },
    },
  });
  if (!original) throw new AppError("NOT_FOUND", "Timetable not found");
  if (original.status === "ARCHIVED") throw new AppError("CONFLICT", `"${original.name}" is archived; publish it again to bring it back`);
  const copy = await tx.timetable.create({
    data: {
      termId: original.termId,
      name: name ?? `${original.name} (edit)`,
      status: "DRAFT",
      baseTimetableId: timetableId,
      score: original.score,
      hardViolations: original.hardViolations,
      breakdown: original.breakdown as Prisma.InputJsonValue,
      softUnits: (original.softUnits ?? undefined) as Prisma.InputJsonValue | undefined,
      violations: original.violations as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  await tx.timetableEntry.createMany({ data: original.entries.map((entry) => ({ ...entry, timetableId: copy.id })) });
  return { timetableId: copy.id };
}
