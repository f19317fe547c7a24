/**
 * "Edit" on a timetable: a PUBLISHED one gets a new DRAFT copied from it (its base); a DRAFT is
 * edited as it is; an ARCHIVED one is history and is not edited (409).
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { copyTimetable } from "./copy-timetable";

export interface CreatedDraft {
  timetableId: string;
  /** False when the timetable was already a draft and is edited as it is. */
  created: boolean;
}

export async function createDraft({ timetableId }: { timetableId: string }): Promise<CreatedDraft> {
  const timetable = await prisma.timetable.findUnique({ where: { id: timetableId }, select: { status: true, name: true } });
  if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");
  if (timetable.status === "DRAFT") return { timetableId, created: false };
  if (timetable.status === "ARCHIVED") throw new AppError("CONFLICT", `"${timetable.name}" is archived; only a draft or the published timetable can be edited`);
  const copy = await copyTimetable({ timetableId });
  return { timetableId: copy.timetableId, created: true };
}
