// A timetable view as an .ics download (and, through get-calendar-feed.ts, as a subscription).
import "server-only";
import { buildTimetableCalendar } from "@/lib/formats/ical/build-timetable-calendar";
import { exportFileName } from "./export-file-name";
import { getPublishedEntries } from "./get-published-entries";
import type { TTimetableQuery } from "./timetable-query.types";
import type { TimetableViewer } from "./view-access-rules";

export type ExportedFile = { fileName: string; contentType: string; body: string };

export type ExportTimetableIcsOptions = { viewer: TimetableViewer; query: TTimetableQuery };

export async function exportTimetableIcs({ viewer, query }: ExportTimetableIcsOptions): Promise<ExportedFile> {
  const { term, timetable, view, rows } = await getPublishedEntries({ viewer, query });
  const draftNote = timetable.status === "PUBLISHED" ? "" : ` (${timetable.status.toLowerCase()}: ${timetable.name})`;
  const body = buildTimetableCalendar({
    calendarName: `${view.label} · ${term.name}${draftNote}`,
    term,
    publishedAt: timetable.publishedAt ? new Date(timetable.publishedAt) : null,
    scopeKey: view.scopeKey,
    meetings: rows,
  });
  return { fileName: exportFileName(view.label, term.name, "ics"), contentType: "text/calendar; charset=utf-8", body };
}
