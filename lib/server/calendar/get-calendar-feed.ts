// The .ics behind a subscription URL: the token's owner's own view of the *current* published
// timetable, recomputed on every request, so a new publication reaches subscribers on their next
// refresh without any new URL.
import "server-only";
import { exportTimetableIcs, type ExportedFile } from "@/lib/server/timetable-views/export-timetable-ics";
import { resolveCalendarToken } from "./resolve-calendar-token";

export type GetCalendarFeedOptions = { token: string };

export async function getCalendarFeed({ token }: GetCalendarFeedOptions): Promise<ExportedFile> {
  const owner = await resolveCalendarToken({ token });
  return exportTimetableIcs({ viewer: owner, query: { scope: "me" } });
}
