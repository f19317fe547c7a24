// GET /api/timetable.ics?<same query as /api/timetable> -> text/calendar download.
import { withAuth } from "@/lib/api/with-auth";
import { exportTimetableIcs } from "@/lib/server/timetable-views/export-timetable-ics";
import { parseTimetableQuery } from "@/lib/domain/timetable-query";
import { toDownloadResponse } from "@/lib/server/timetable-views/to-download-response";

export const GET = withAuth(
  async (req, { user }) => {
    const query = parseTimetableQuery(new URL(req.url).searchParams);
    return toDownloadResponse(await exportTimetableIcs({ viewer: user, query }));
  },
  { permission: "timetable.viewOwn" },
);
