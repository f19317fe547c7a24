// A timetable view as a CSV download, one row per weekly meeting.
import "server-only";
import { writeCsv } from "@/lib/formats/csv/write-csv";
import { exportFileName } from "./export-file-name";
import type { ExportedFile } from "./export-timetable-ics";
import { getPublishedEntries } from "./get-published-entries";
import type { TTimetableQuery } from "@/lib/domain/timetable-query";
import type { TimetableViewer } from "./view-access-rules";

export type ExportTimetableCsvOptions = { viewer: TimetableViewer; query: TTimetableQuery };

export const TIMETABLE_CSV_COLUMNS = ["Day", "Start", "End", "Subject code", "Subject", "Batches", "Faculty", "Room"] as const;

export async function exportTimetableCsv({ viewer, query }: ExportTimetableCsvOptions): Promise<ExportedFile> {
  const { term, view, rows } = await getPublishedEntries({ viewer, query });
  // Subject and faculty names are typed in by people: writeCsv keeps formulas from running.
  const body = writeCsv({
    fields: TIMETABLE_CSV_COLUMNS,
    rows: rows.map((r) => [r.dayName, r.startTime, r.endTime, r.subjectCode, r.subjectName, r.batchCodes.join(" "), r.facultyName ?? "", r.roomCode]),
  });
  return { fileName: exportFileName(view.label, term.name, "csv"), contentType: "text/csv; charset=utf-8", body };
}
