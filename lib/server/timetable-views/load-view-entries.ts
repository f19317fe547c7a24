// The entries of one timetable that belong to a view, with everything a row shows, in one query.
import "server-only";
import { prisma } from "@/lib/db";
import type { ViewEntry } from "./timetable-view-row";
import { viewEntryFilterSql, type ViewEntryFilter } from "./view-entry-filter";

export type LoadViewEntriesOptions = { timetableId: string; filter: ViewEntryFilter };

export async function loadViewEntries({ timetableId, filter }: LoadViewEntriesOptions): Promise<ViewEntry[]> {
  return prisma.$queryRaw<ViewEntry[]>`
    SELECT e."offeringId", e."meetingIndex", e."day", e."period", e."length",
           r."code" AS "roomCode", s."code" AS "subjectCode", s."name" AS "subjectName",
           fp."title" AS "facultyTitle", fu."name" AS "facultyUserName",
           COALESCE((SELECT array_agg(b."code" ORDER BY b."code")
                     FROM "OfferingBatch" ob JOIN "Batch" b ON b."id" = ob."batchId"
                     WHERE ob."offeringId" = e."offeringId"), ARRAY[]::text[]) AS "batchCodes"
    FROM "TimetableEntry" e
    JOIN "Room" r ON r."id" = e."roomId"
    JOIN "Offering" o ON o."id" = e."offeringId"
    JOIN "Subject" s ON s."id" = o."subjectId"
    LEFT JOIN "FacultyProfile" fp ON fp."id" = e."facultyId"
    LEFT JOIN "User" fu ON fu."id" = fp."userId"
    WHERE e."timetableId" = ${timetableId} AND ${viewEntryFilterSql(filter)}`;
}
