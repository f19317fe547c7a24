// GET /api/health: no authentication, for load balancers, uptime monitors and `npm start`.
// 200 only when PostgreSQL, Redis and at least one worker are all alive; 503 otherwise, with the
// same JSON body saying which part is down.
import { observeRequest } from "@/lib/api/observe-request";
import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return observeRequest(req, async () => {
    const report = await checkHealth();
    return Response.json(report, {
      status: report.status === "ok" ? 200 : 503,
      headers: { "Cache-Control": "no-store" },
    });
  });
}
