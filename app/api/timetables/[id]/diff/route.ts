// GET /api/timetables/:id/diff?against=:otherId: what changes from `against` to this timetable.
import { withAuth } from "@/lib/api/with-auth";
import { ZDiffQuerySchema, ZTimetableDiffSchema } from "@/lib/domain/timetable-changes";
import { diffTimetables } from "@/lib/server/timetables/diff-timetables";
import { ZTimetableIdParamsSchema } from "../publish/route.types";

export const GET = withAuth<{ id: string }>(
  async (req, { params }) => {
    const { id } = ZTimetableIdParamsSchema.parse(params);
    const { against } = ZDiffQuerySchema.parse({ against: new URL(req.url).searchParams.get("against") ?? "" });
    return Response.json(ZTimetableDiffSchema.parse(await diffTimetables({ timetableId: id, againstId: against })));
  },
  { permission: "timetable.publish" },
);
