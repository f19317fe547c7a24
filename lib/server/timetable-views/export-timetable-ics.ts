// A timetable view as an .ics download (and, through get-calendar-feed.ts, as a subscription).
import "server-only";
import { buildTimetableCalendar } from "@/lib/formats/ical/build-timetable-calendar";
import { exportFileName } from "./export-file-name";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { getPublishedEntries } from "./get-published-entries";
import type { TTimetableQuery } from "@/lib/domain/timetable-query";
import type { TimetableViewer } from "./view-access-rules";

export type ExportedFile = { fileName: string; contentType: string; body: string };

export type ExportTimetableIcsOptions = { viewer: TimetableViewer; query: TTimetableQuery };

// Serialising a calendar (ical-generator folds every line through a TextEncoder) costs more CPU than
// the rest of the request, and its output depends only on the view. Views are cached and shared
// until the data behind them changes (get-published-entries.ts), so each view object's calendar is
// built once and forgotten with the view (WeakMap).
const calendarsOfViews = new WeakMap<TimetableView, string>();

function calendarOf(view: TimetableView): string {
  const known = calendarsOfViews.get(view);
  if (known !== undefined) return known;
  const { term, timetable, view: scope, rows } = view;
  const draftNote = timetable.status === "PUBLISHED" ? "" : ` (${timetable.status.toLowerCase()}: ${timetable.name})`;
  const calendar = buildTimetableCalendar({
    calendarName: `${scope.label} · ${term.name}${draftNote}`,
    term,
    publishedAt: timetable.publishedAt ? new Date(timetable.publishedAt) : null,
    scopeKey: scope.scopeKey,
    meetings: rows,
  });
  calendarsOfViews.set(view, calendar);
  return calendar;
}

export async function exportTimetableIcs({ viewer, query }: ExportTimetableIcsOptions): Promise<ExportedFile> {
  const view = await getPublishedEntries({ viewer, query });
  return { fileName: exportFileName(view.view.label, view.term.name, "ics"), contentType: "text/calendar; charset=utf-8", body: calendarOf(view) };
}
