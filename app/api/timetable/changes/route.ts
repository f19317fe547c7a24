// GET /api/timetable/changes?<same query as /api/timetable>
// -> ScheduleChanges JSON: moved/added/removed meetings since the previous publication of the term.
import { withAuth } from "@/lib/api/with-auth";
import { getScheduleChanges } from "@/lib/server/timetable-views/get-schedule-changes";
import { parseTimetableQuery } from "@/lib/server/timetable-views/timetable-query.types";

export const GET = withAuth(
  async (req, { user }) => {
    const query = parseTimetableQuery(new URL(req.url).searchParams);
    return Response.json(await getScheduleChanges({ viewer: user, query }), { headers: { "Cache-Control": "private, no-store" } });
  },
  { permission: "timetable.viewOwn" },
);
