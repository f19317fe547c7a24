// GET /api/timetable.csv?<same query as /api/timetable> -> text/csv download.
import { withAuth } from "@/lib/api/with-auth";
import { exportTimetableCsv } from "@/lib/server/timetable-views/export-timetable-csv";
import { parseTimetableQuery } from "@/lib/domain/timetable-query";
import { toDownloadResponse } from "@/lib/server/timetable-views/to-download-response";

export const GET = withAuth(
  async (req, { user }) => {
    const query = parseTimetableQuery(new URL(req.url).searchParams);
    return toDownloadResponse(await exportTimetableCsv({ viewer: user, query }));
  },
  { permission: "timetable.viewOwn" },
);
