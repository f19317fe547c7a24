// POST /api/jobs/:id/cancel: ask a generation to stop (idempotent).
import { withAuth } from "@/lib/api/with-auth";
import { cancelGenerationJob } from "@/lib/server/generation/cancel-generation-job";
import { ZJobIdParamsSchema } from "../route.types";
import { ZCancelJobResponseSchema } from "./route.types";

export const POST = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { id } = ZJobIdParamsSchema.parse(params);
    const job = await cancelGenerationJob({ generationJobId: id });
    return Response.json(
      ZCancelJobResponseSchema.parse({ id: job.id, status: job.status.toLowerCase(), cancelRequested: job.cancelRequestedAt !== null }),
    );
  },
  { permission: "timetable.generate" },
);
