// GET /api/timetable?scope=me|department|batch|faculty|room&id=...[&termId=][&timetableId=]
// -> TimetableView JSON (lib/server/timetable-views/get-published-entries.ts).
import { withAuth } from "@/lib/api/with-auth";
import { getPublishedEntries } from "@/lib/server/timetable-views/get-published-entries";
import { parseTimetableQuery } from "@/lib/domain/timetable-query";
import { ZTimetableViewSchema } from "@/lib/server/timetable-views/timetable-view.types";
import { validatedJsonResponse } from "@/lib/server/timetable-views/validated-json-response";

export const GET = withAuth(
  async (req, { user }) => {
    const query = parseTimetableQuery(new URL(req.url).searchParams);
    const body = await getPublishedEntries({ viewer: user, query });
    return validatedJsonResponse(ZTimetableViewSchema, body, { headers: { "Cache-Control": "private, no-store" } });
  },
  { permission: "timetable.viewOwn" },
);
