// Which timetable a view shows: an explicit timetableId (drafts and archived ones only for those
// who may view any timetable), else the published timetable of termId, else the published
// timetable of the most recent term that has one.
//
// One SQL query with the term, its periods and its non-teaching days: this runs on every view and feed request, and
// Prisma would spend a round trip per relation level.
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { hasPermission } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimetableStatus } from "@/lib/generated/prisma/enums";
import { expandNonTeachingDays, type NonTeachingDate, type NonTeachingRange } from "@/lib/domain/non-teaching-days";
import type { PeriodTimes } from "@/lib/domain/timetable-view";
import type { TimetableViewer } from "./view-access-rules";

export type ViewTimetable = {
  id: string;
  name: string;
  status: TimetableStatus;
  publishedAt: Date | null;
  term: {
    id: string;
    name: string;
    timezone: string;
    workingDays: number[];
    firstDay: string;
    lastDay: string;
    periods: PeriodTimes[];
    /** Each date of the term without classes, in order. */
    nonTeachingDays: NonTeachingDate[];
  };
};

type ViewTimetableRow = Omit<ViewTimetable, "term"> & {
  termId: string;
  termName: string;
  timezone: string;
  workingDays: number[];
  firstDay: string;
  lastDay: string;
  periods: PeriodTimes[] | null;
  nonTeachingRanges: NonTeachingRange[] | null;
};

export type ResolveViewTimetableOptions = {
  viewer: TimetableViewer;
  termId?: string;
  timetableId?: string;
};

async function findViewTimetable(where: Prisma.Sql): Promise<ViewTimetable | null> {
  // Publishing archives the previous one, so there is at most one PUBLISHED per term; ordering by
  // publishedAt still picks the newest should two ever overlap during a publication.
  const [row] = await prisma.$queryRaw<ViewTimetableRow[]>`
    SELECT t."id", t."name", t."status"::text AS "status", t."publishedAt",
           tm."id" AS "termId", tm."name" AS "termName", tm."timezone", tm."workingDays",
           to_char(tm."firstDay", 'YYYY-MM-DD') AS "firstDay", to_char(tm."lastDay", 'YYYY-MM-DD') AS "lastDay",
           (SELECT json_agg(json_build_object('index', p."index", 'startTime', p."startTime", 'endTime', p."endTime") ORDER BY p."index")
            FROM "Period" p WHERE p."termId" = tm."id") AS "periods",
           (SELECT json_agg(json_build_object('firstDay', to_char(n."firstDay", 'YYYY-MM-DD'), 'lastDay', to_char(n."lastDay", 'YYYY-MM-DD'), 'label', n."label"))
            FROM "NonTeachingDay" n WHERE n."termId" = tm."id") AS "nonTeachingRanges"
    FROM "Timetable" t JOIN "Term" tm ON tm."id" = t."termId"
    WHERE ${where}
    ORDER BY tm."firstDay" DESC, t."publishedAt" DESC NULLS LAST
    LIMIT 1`;
  if (!row) return null;
  const { termId, termName, timezone, workingDays, firstDay, lastDay, periods, nonTeachingRanges, ...timetable } = row;
  const nonTeachingDays = expandNonTeachingDays(nonTeachingRanges ?? [], { firstDay, lastDay });
  return { ...timetable, term: { id: termId, name: termName, timezone, workingDays, firstDay, lastDay, periods: periods ?? [], nonTeachingDays } };
}

export async function resolveViewTimetable({ viewer, termId, timetableId }: ResolveViewTimetableOptions): Promise<ViewTimetable> {
  if (timetableId) {
    const timetable = await findViewTimetable(Prisma.sql`t."id" = ${timetableId}`);
    if (!timetable || (termId && timetable.term.id !== termId)) throw new AppError("NOT_FOUND", "Timetable not found");
    if (timetable.status !== "PUBLISHED" && !hasPermission(viewer.role, "timetable.viewAny")) {
      throw new AppError("FORBIDDEN", "Only registrars and administrators may view unpublished timetables");
    }
    return timetable;
  }

  const published = await findViewTimetable(
    termId ? Prisma.sql`t."status" = 'PUBLISHED' AND t."termId" = ${termId}` : Prisma.sql`t."status" = 'PUBLISHED'`,
  );
  if (published) return published;
  if (termId && !(await prisma.term.findUnique({ where: { id: termId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "Term not found");
  }
  throw new AppError("NOT_FOUND", termId ? "No timetable has been published for this term yet" : "No timetable has been published yet");
}
