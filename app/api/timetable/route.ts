// GET /api/timetable?scope=me|department|batch|faculty|room&id=...[&termId=][&timetableId=]
// -> TimetableView JSON (lib/server/timetable-views/get-published-entries.ts).
import { withAuth } from "@/lib/api/with-auth";
import { getPublishedEntries } from "@/lib/server/timetable-views/get-published-entries";
import { parseTimetableQuery } from "@/lib/server/timetable-views/timetable-query.types";

export const GET = withAuth(
  async (req, { user }) => {
    const query = parseTimetableQuery(new URL(req.url).searchParams);
    return Response.json(await getPublishedEntries({ viewer: user, query }), { headers: { "Cache-Control": "private, no-store" } });
  },
  { permission: "timetable.viewOwn" },
);
