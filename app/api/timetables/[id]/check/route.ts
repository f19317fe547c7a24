// GET /api/timetables/:id/check: the timetable re-evaluated against the term's current data.
import { withAuth } from "@/lib/api/with-auth";
import { ZTimetableCheckSchema } from "@/lib/domain/timetable-changes";
import { checkTimetable } from "@/lib/server/timetables/check-timetable";
import { ZTimetableIdParamsSchema } from "../publish/route.types";

export const GET = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { id } = ZTimetableIdParamsSchema.parse(params);
    return Response.json(ZTimetableCheckSchema.parse(await checkTimetable({ timetableId: id })));
  },
  { permission: "timetable.publish" },
);
