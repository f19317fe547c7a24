// GET /api/timetables/:id/options?entryId=: every cell of the grid for one meeting, free or blocked with reasons.
import { withAuth } from "@/lib/api/with-auth";
import { getMeetingOptions } from "@/lib/server/timetables/editor/get-meeting-options";
import { entryIdFrom, ZTimetableIdParams } from "@/lib/validation/timetable-editor-params";

export const GET = withAuth<{ id: string }>(
  async (req, { params }) => {
    const { id } = ZTimetableIdParams.parse(params);
    return Response.json(await getMeetingOptions({ timetableId: id, entryId: entryIdFrom(req) }));
  },
  { permission: "timetable.edit" },
);
