// The entries of one timetable that belong to a view, with everything a row shows, in one query.
import "server-only";
import { prisma } from "@/lib/db";
import { BoundedCache } from "./bounded-cache";
import type { ViewEntry } from "./timetable-view-row";
import { viewEntryFilterSql, type ViewEntryFilter } from "./view-entry-filter";

export type LoadViewEntriesOptions = { timetableId: string; filter: ViewEntryFilter };

// Entries are never edited after a timetable is saved (a new generation or publication makes a new
// timetable id), so a view's entries are keyed on the timetable id and the filter, and each
// process may keep them. The time limit only bounds how long a renamed subject, room, batch or
// faculty member keeps its old name in views. Size: ~100 bytes a row, a few dozen rows a view.
const ENTRIES_TTL_MS = 60_000;
const MAX_CACHED_VIEWS = 5_000;
const cache = new BoundedCache<ViewEntry[]>({ maxEntries: MAX_CACHED_VIEWS, ttlMs: ENTRIES_TTL_MS });

/** Read-only: the array and its rows are shared by every request of this view. */
export function loadViewEntries({ timetableId, filter }: LoadViewEntriesOptions): Promise<readonly ViewEntry[]> {
  return cache.get(`${timetableId} ${JSON.stringify(filter)}`, () => queryViewEntries(timetableId, filter));
}

function queryViewEntries(timetableId: string, filter: ViewEntryFilter): Promise<ViewEntry[]> {
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
