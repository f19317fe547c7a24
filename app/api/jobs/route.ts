// POST /api/jobs: start a generation (201 { id, enqueued }). GET /api/jobs: recent jobs + queue counts.
import { parseJsonBody, withAuth } from "@/lib/api/with-auth";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { listGenerationJobs } from "@/lib/server/generation/list-generation-jobs";
import { ZCreateJobRequestSchema, ZCreateJobResponseSchema, ZListJobsResponseSchema } from "./route.types";

export const POST = withAuth(
  async (req, { user }) => {
    const body = await parseJsonBody(req, ZCreateJobRequestSchema);
    const job = await createGenerationJob({ ...body, requestedById: user.id });
    return Response.json(ZCreateJobResponseSchema.parse(job), { status: 201 });
  },
  { permission: "timetable.generate" },
);

export const GET = withAuth(async () => Response.json(ZListJobsResponseSchema.parse(await listGenerationJobs())), {
  permission: "jobs.view",
});
