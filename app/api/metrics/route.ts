// GET /api/metrics: Prometheus text format. `Authorization: Bearer $METRICS_TOKEN` or an admin's
// session; 401/403 otherwise. HTTP latency by route (every web process on this machine, added up),
// queue depth, generation job durations, solver runs and moves/s, worker heartbeats.
import { register } from "prom-client";
import { toErrorResponse } from "@/lib/api/errors";
import { observeRequest } from "@/lib/api/observe-request";
import { authorizeMetrics } from "@/lib/metrics/authorize-metrics";
import { webProcessMetrics } from "@/lib/metrics/cluster-metrics";
import { collectSystemMetrics } from "@/lib/metrics/system-metrics";

export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return observeRequest(req, async () => {
    try {
      await authorizeMetrics(req);
      const [web, system] = await Promise.all([webProcessMetrics(), collectSystemMetrics()]);
      return new Response(`${web}\n${system}`, { headers: { "Content-Type": register.contentType, "Cache-Control": "no-store" } });
    } catch (error) {
      return toErrorResponse(error);
    }
  });
}
