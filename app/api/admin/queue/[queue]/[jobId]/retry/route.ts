// POST /api/admin/queue/:queue/:jobId/retry (admins): a failed job back to waiting -> { queue, id, state }; 404 unknown, 409 not failed.
import { withAuth } from "@/lib/api/with-auth";
import { retryQueueJob } from "@/lib/server/queue-admin/retry-queue-job";

export const POST = withAuth<{ queue: string; jobId: string }>(
  async (_req, { params }) => Response.json(await retryQueueJob({ queue: params.queue, jobId: params.jobId })),
  { permission: "queue.manage" },
);
