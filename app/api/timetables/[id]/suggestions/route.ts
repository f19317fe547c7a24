// GET /api/timetables/:id/suggestions?entryId=: up to 10 ranked placements, applied with a "moves" operation.
import { withAuth } from "@/lib/api/with-auth";
import { getSuggestions } from "@/lib/server/timetables/editor/get-suggestions";
import { entryIdFrom, ZTimetableIdParams } from "@/lib/validation/timetable-editor-params";

export const GET = withAuth<{ id: string }>(
  async (req, { params }) => {
    const { id } = ZTimetableIdParams.parse(params);
    return Response.json(await getSuggestions({ timetableId: id, entryId: entryIdFrom(req) }));
  },
  { permission: "timetable.edit" },
);
