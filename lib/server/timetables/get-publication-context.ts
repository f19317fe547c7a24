/**
 * What the review page of a timetable shows around publishing: for the published timetable, its
 * check against the term's current data (the repair warning); for any other, the diff against the
 * published one (listed and highlighted on the grid); and the term's publication history.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TTimetableCheck, TTimetableDiff } from "@/lib/domain/timetable-changes";
import { checkTimetable } from "./check-timetable";
import { diffTimetables } from "./diff-timetables";
import { listPublications, type Publication } from "./list-publications";

export interface PublicationContext {
  check: TTimetableCheck | null;
  published: { id: string; name: string } | null;
  diff: TTimetableDiff | null;
  publications: Publication[];
}

export async function getPublicationContext({ timetableId, termId, status }: { timetableId: string; termId: string; status: string }): Promise<PublicationContext> {
  const published = await prisma.timetable.findFirst({
    where: { termId, status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { id: true, name: true },
  });
  const isPublished = status === "published";
  const [check, diff, publications] = await Promise.all([
    isPublished ? checkTimetable({ timetableId }) : null,
    !isPublished && published ? diffTimetables({ timetableId, againstId: published.id }) : null,
    listPublications({ termId }),
  ]);
  return { check, published, diff, publications };
}
