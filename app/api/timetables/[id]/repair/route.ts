// POST /api/timetables/:id/repair { secondsLimit, keep } -> 201 { jobId, enqueued }: a repair job
// whose result is a new draft based on the timetable (the timetable itself is never changed).
import { parseJsonBody, withAuth } from "@/lib/api/with-auth";
import { ZRepairRequestSchema, ZRepairResponseSchema } from "@/lib/domain/timetable-changes";
import { createRepairJob } from "@/lib/server/generation/create-repair-job";
import { ZTimetableIdParamsSchema } from "../publish/route.types";

export const POST = withAuth<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = ZTimetableIdParamsSchema.parse(params);
    const body = await parseJsonBody(req, ZRepairRequestSchema);
    const created = await createRepairJob({ timetableId: id, ...body, requestedById: user.id });
    return Response.json(ZRepairResponseSchema.parse(created), { status: 201 });
  },
  { permission: "timetable.generate" },
);
