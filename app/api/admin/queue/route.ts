// GET /api/admin/queue (admins): { available, message, counts: { <queue>: { waiting, active, delayed, failed } }, jobs: [...] }
import { withAuth } from "@/lib/api/with-auth";
import { getQueueOverview } from "@/lib/server/queue-admin/get-queue-overview";
import { ZQueueOverviewSchema } from "@/lib/server/queue-admin/queue-overview.types";

export const GET = withAuth(async () => Response.json(ZQueueOverviewSchema.parse(await getQueueOverview()), { headers: { "Cache-Control": "no-store" } }), {
  permission: "queue.manage",
});
