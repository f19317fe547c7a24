// GET /api/jobs/:id: one job with live variant progress; the job page polls it every second.
import { withAuth } from "@/lib/api/with-auth";
import { getGenerationJob } from "@/lib/server/generation/get-generation-job";
import { ZGetJobResponseSchema, ZJobIdParamsSchema } from "./route.types";

export const GET = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { id } = ZJobIdParamsSchema.parse(params);
    return Response.json(ZGetJobResponseSchema.parse(await getGenerationJob({ id })), {
      headers: { "Cache-Control": "no-store" },
    });
  },
  { permission: "jobs.view" },
);
