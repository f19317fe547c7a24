/**
 * What publishing a timetable would change, for the confirmation a registrar sees first: the term's
 * currently published timetable and the diff from it to this one (meetings moved, students and
 * faculty affected, both scores). Reads only.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { TPublicationPreview } from "@/lib/domain/timetable-changes";
import { diffTimetables } from "./diff-timetables";

export async function previewPublication({ timetableId }: { timetableId: string }): Promise<TPublicationPreview> {
  const timetable = await prisma.timetable.findUnique({
    where: { id: timetableId },
    select: { id: true, name: true, status: true, termId: true, hardViolations: true, score: true },
  });
  if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");
  const published = await prisma.timetable.findFirst({
    where: { termId: timetable.termId, status: "PUBLISHED", id: { not: timetableId } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, name: true },
  });
  return {
    timetableId,
    name: timetable.name,
    status: timetable.status.toLowerCase() as TPublicationPreview["status"],
    published,
    diff: published ? await diffTimetables({ timetableId, againstId: published.id }) : null,
    hardViolations: timetable.hardViolations,
    score: timetable.score,
  };
}
