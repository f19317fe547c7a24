/**
 * Saves one solved variant: its Timetable (DRAFT), the entries, and the variant's link to it, in one
 * transaction, at most once per variant.
 *
 * The variant is completed by job-lifecycle's completeVariant, in the same transaction. Why its guard
 * is an UPDATE ... WHERE timetableId IS NULL (and status RUNNING): two deliveries of the same BullMQ job
 * (a stalled job re-run while the first still finishes) can both reach this point. The first UPDATE
 * to commit wins; in PostgreSQL the second one waits for that row lock, re-checks the WHERE clause,
 * matches no row, and its transaction is rolled back, taking its Timetable with it.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/domain/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SoftUnits } from "@/lib/solver/soft-units";
import type { SolverResult } from "@/lib/solver/types";
import type { GridIndex } from "./term-grid";
import { completeVariant } from "./job-lifecycle";
import { timetableEntryRows } from "./timetable-entry-rows";
import { generatedTimetableName } from "./timetable-name";

export interface SaveVariantResultOptions {
  variantId: string;
  variantName: string;
  jobId: string;
  termId: string;
  result: SolverResult;
  /** The result's soft amounts in their own units (softUnits()), so variants can be compared. */
  units: SoftUnits;
  grid: GridIndex;
  facultyIdByOffering: Map<string, string | null>;
  /** A repair's result: the timetable it was repaired from, whose pins the result keeps. */
  base?: { timetableId: string; pinsByMeeting: Map<string, { pinnedTime: boolean; pinnedRoom: boolean }> };
}

export interface SavedVariantResult {
  timetableId: string;
  /** False when another run of the same variant had already saved it. */
  created: boolean;
}

class AlreadySavedError extends Error {}

export async function saveVariantResult(options: SaveVariantResultOptions): Promise<SavedVariantResult> {
  const { variantId, variantName, jobId, termId, result, units, grid, facultyIdByOffering, base } = options;
  const entries = timetableEntryRows(result.placements, grid, facultyIdByOffering).map((entry) => ({
    ...entry,
    ...base?.pinsByMeeting.get(`${entry.offeringId}#${entry.meetingIndex}`),
  }));

  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.generationVariant.findUniqueOrThrow({ where: { id: variantId }, select: { timetableId: true } });
      if (existing.timetableId) throw new AlreadySavedError();
      const job = await tx.generationJob.findUniqueOrThrow({ where: { id: jobId }, select: { id: true, createdAt: true, term: { select: { timezone: true } } } });

      const timetable = await tx.timetable.create({
        data: {
          termId,
          jobId,
          name: generatedTimetableName(variantName, job, job.term.timezone),
          status: "DRAFT",
          baseTimetableId: base?.timetableId ?? null,
          score: result.soft,
          hardViolations: result.hard,
          breakdown: result.softBreakdown as Prisma.InputJsonValue,
          softUnits: units as Prisma.InputJsonValue,
          violations: result.violations as unknown as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      await tx.timetableEntry.createMany({ data: entries.map((entry) => ({ ...entry, timetableId: timetable.id })) });

      const completed = await completeVariant(tx, { variantId, timetableId: timetable.id, score: result.soft, hardViolations: result.hard });
      if (!completed) throw new AlreadySavedError();
      return { timetableId: timetable.id, created: true };
    });
  } catch (error) {
    if (!(error instanceof AlreadySavedError)) throw error;
    const saved = await prisma.generationVariant.findUniqueOrThrow({ where: { id: variantId }, select: { timetableId: true, status: true } });
    // Not linked by another run either: the variant was settled meanwhile (e.g. its job was failed).
    if (!saved.timetableId) throw new AppError("CONFLICT", `Variant ${variantName} is ${saved.status.toLowerCase()}; its result was not saved`);
    return { timetableId: saved.timetableId, created: false };
  }
}
