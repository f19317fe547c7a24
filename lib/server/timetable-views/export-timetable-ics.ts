// A timetable view as an .ics download (and, through get-calendar-feed.ts, as a subscription).
import "server-only";
import { createHash } from "node:crypto";
import { buildTimetableCalendar, type BuildTimetableCalendarOptions } from "@/lib/formats/ical/build-timetable-calendar";
import { BoundedCache } from "./bounded-cache";
import { exportFileName } from "./export-file-name";
import { getPublishedEntries } from "./get-published-entries";
import type { TTimetableQuery } from "./timetable-query.types";
import type { TimetableViewer } from "./view-access-rules";

export type ExportedFile = { fileName: string; contentType: string; body: string };

export type ExportTimetableIcsOptions = { viewer: TimetableViewer; query: TTimetableQuery };

// Serialising a calendar (ical-generator folds every line through a TextEncoder) cost more CPU than
// the rest of the request. The output depends only on the options, so identical options reuse it;
// the key is a hash of the options themselves, so any change to the timetable, its names or the
// view is a new key (hashed: a department's options run to tens of KB). Without publishedAt the
// DTSTAMP is "now": such calendars are always rebuilt. Size: a personal calendar is ~4 KB.
const CALENDAR_TTL_MS = 10 * 60_000;
const MAX_CACHED_CALENDARS = 1_000;
const calendars = new BoundedCache<string>({ maxEntries: MAX_CACHED_CALENDARS, ttlMs: CALENDAR_TTL_MS });

function cachedCalendar(options: BuildTimetableCalendarOptions): Promise<string> {
  const build = async () => buildTimetableCalendar(options);
  if (!options.publishedAt) return build();
  return calendars.get(createHash("sha256").update(JSON.stringify(options)).digest("base64"), build);
}

export async function exportTimetableIcs({ viewer, query }: ExportTimetableIcsOptions): Promise<ExportedFile> {
  const { term, timetable, view, rows } = await getPublishedEntries({ viewer, query });
  const draftNote = timetable.status === "PUBLISHED" ? "" : ` (${timetable.status.toLowerCase()}: ${timetable.name})`;
  const body = await cachedCalendar({
    calendarName: `${view.label} · ${term.name}${draftNote}`,
    term,
    publishedAt: timetable.publishedAt ? new Date(timetable.publishedAt) : null,
    scopeKey: view.scopeKey,
    meetings: rows,
  });
  return { fileName: exportFileName(view.label, term.name, "ics"), contentType: "text/calendar; charset=utf-8", body };
}
