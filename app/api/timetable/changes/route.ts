// GET /api/timetable/changes?<same query as /api/timetable>
// -> ScheduleChanges JSON: moved/added/removed meetings since the previous publication of the term.
import { withAuth } from "@/lib/api/with-auth";
import { getScheduleChanges } from "@/lib/server/timetable-views/get-schedule-changes";
import { parseTimetableQuery } from "@/lib/domain/timetable-query";
import { ZScheduleChangesSchema } from "@/lib/server/timetable-views/timetable-view.types";
import { validatedJsonResponse } from "@/lib/server/timetable-views/validated-json-response";

export const GET = withAuth(
  async (req, { user }) => {
    const query = parseTimetableQuery(new URL(req.url).searchParams);
    const body = await getScheduleChanges({ viewer: user, query });
    return validatedJsonResponse(ZScheduleChangesSchema, body, { headers: { "Cache-Control": "private, no-store" } });
  },
  { permission: "timetable.viewOwn" },
);
