// The entries of one timetable that belong to a view, with everything a row shows, in one query.
import "server-only";
import { prisma } from "@/lib/db";
import { BoundedCache } from "@/lib/server/cache/bounded-cache";
import type { ViewEntry } from "./timetable-view-row";
import { viewDataChanges } from "./view-data-changes";
import { viewEntryFilterSql, type ViewEntryFilter } from "./view-entry-filter";

export type LoadViewEntriesOptions = { timetableId: string; filter: ViewEntryFilter };

// A view's entries are keyed on the timetable id and the filter, so that everyone looking at the
// same batch, room or department shares one query; they are kept until the data changes
// (view-data-changes.ts: a renamed subject shows at once), the time limit being only a backstop.
// Size: ~100 bytes a row, a few dozen rows a view.
const ENTRIES_TTL_MS = 10 * 60_000;
const MAX_CACHED_VIEWS = 5_000;
const cache = new BoundedCache<ViewEntry[]>({ maxEntries: MAX_CACHED_VIEWS, ttlMs: ENTRIES_TTL_MS, validity: viewDataChanges });

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
