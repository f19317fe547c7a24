/**
 * Publishes a draft timetable, or publishes an archived one again (a roll back): the term's currently
 * published one is archived and this one becomes the term's published timetable, in one transaction,
 * with an audit entry. publishedAt is the time of this publication, so "what changed" notices and
 * calendar feeds follow a roll back like any publication; the audit log keeps every publication.
 *
 * Why the term row is locked first: two registrars publishing two variants of the same term at once
 * would otherwise both archive "the current one" and both publish theirs, leaving two published.
 *
 * An edited draft is scored by evaluate() right after each edit (editor/score-after-edit.ts); a
 * version that was not (its process stopped first) is scored here, so what is published has
 * always been judged from scratch.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { viewDataChanges } from "@/lib/server/timetable-views/view-data-changes";
import { scoreStoredNow, whenScored } from "./editor/score-after-edit";

export interface PublishTimetableOptions {
  timetableId: string;
  publishedById: string;
}

export interface PublishedTimetable {
  id: string;
  termId: string;
  publishedAt: Date;
  /** Timetables of the term that were published until now (normally one, or none the first time). */
  archivedIds: string[];
}

export async function publishTimetable({ timetableId, publishedById }: PublishTimetableOptions): Promise<PublishedTimetable> {
  await whenScored(timetableId);
  const published = await prisma.$transaction(async (tx) => {
    const timetable = await tx.timetable.findUnique({
      where: { id: timetableId },
      select: { id: true, termId: true, name: true, status: true, hardViolations: true, version: true, scoredVersion: true },
    });
    if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");

    await tx.$queryRaw`SELECT id FROM "Term" WHERE id = ${timetable.termId} FOR UPDATE`;
    // Re-read under the lock: another transaction may have published or archived it meanwhile.
    const current = await tx.timetable.findUniqueOrThrow({ where: { id: timetableId }, select: { status: true } });
    if (current.status === "PUBLISHED") {
      throw new AppError("CONFLICT", `"${timetable.name}" is already published`);
    }
    if (timetable.scoredVersion < timetable.version) timetable.hardViolations = await scoreStoredNow(tx, timetableId, timetable.version);
    if (timetable.hardViolations > 0) {
      throw new AppError(
        "CONFLICT",
        `"${timetable.name}" has ${timetable.hardViolations} hard violation${timetable.hardViolations === 1 ? "" : "s"} and cannot be published`,
      );
    }

    const now = new Date();
    const previous = await tx.timetable.findMany({ where: { termId: timetable.termId, status: "PUBLISHED" }, select: { id: true } });
    const archivedIds = previous.map((t) => t.id);
    if (archivedIds.length > 0) {
      await tx.timetable.updateMany({ where: { id: { in: archivedIds } }, data: { status: "ARCHIVED", archivedAt: now } });
    }
    await tx.timetable.update({
      where: { id: timetableId },
      data: { status: "PUBLISHED", publishedAt: now, publishedById, archivedAt: null },
    });
    await tx.auditLog.create({
      data: {
        actorId: publishedById,
        action: "publish",
        entity: "Timetable",
        entityId: timetableId,
        before: { status: current.status, archivedIds },
        after: { status: "PUBLISHED", termId: timetable.termId, rollback: current.status === "ARCHIVED" },
      },
    });
    return { id: timetableId, termId: timetable.termId, publishedAt: now, archivedIds };
  });
  // Every process hears of the publication from the database; this one shows it from the very next
  // request on, so the registrar who published never sees the previous timetable after.
  viewDataChanges.changedHere();
  return published;
}
