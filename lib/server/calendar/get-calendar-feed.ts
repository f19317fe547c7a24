// The .ics behind a subscription URL: the token's owner's own view of the *current* published
// timetable, recomputed on every request, so a new publication reaches subscribers on their next
// refresh without any new URL.
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { buildTimetableCalendar } from "@/lib/formats/ical/build-timetable-calendar";
import { exportTimetableIcs, type ExportedFile } from "@/lib/server/timetable-views/export-timetable-ics";
import { resolveCalendarToken } from "./resolve-calendar-token";

export type GetCalendarFeedOptions = { token: string };

export async function getCalendarFeed({ token }: GetCalendarFeedOptions): Promise<ExportedFile> {
  const owner = await resolveCalendarToken({ token });
  try {
    return await exportTimetableIcs({ viewer: owner, query: { scope: "me" } });
  } catch (error) {
    // The token is valid but there is nothing to show (between terms, or an account that neither
    // teaches nor studies). An empty calendar keeps the subscription alive; a 404 would make
    // calendar apps report a broken feed until the next publication.
    if (error instanceof AppError && error.code === "NOT_FOUND") return emptyFeed();
    throw error;
  }
}

function emptyFeed(): ExportedFile {
  const body = buildTimetableCalendar({
    calendarName: "Timetable",
    term: { timezone: "UTC", firstDay: "1970-01-01", lastDay: "1970-01-01" },
    publishedAt: null,
    scopeKey: "empty",
    meetings: [],
  });
  return { fileName: "timetable.ics", contentType: "text/calendar; charset=utf-8", body };
}
