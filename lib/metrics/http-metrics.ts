/**
 * HTTP latency by route, in this process's registry (prom-client's default one). Under
 * scripts/serve-web.ts every Next process keeps its own; /api/metrics asks the cluster primary to
 * add them up (lib/metrics/cluster-metrics.ts).
 */
import { Histogram, register } from "prom-client";

const NAME = "timetabler_http_request_duration_seconds";

// One histogram per process, whatever the number of route bundles that import this module.
function histogram(): Histogram<"method" | "route" | "status"> {
  const existing = register.getSingleMetric(NAME);
  if (existing) return existing as Histogram<"method" | "route" | "status">;
  return new Histogram({
    name: NAME,
    help: "Time from request to response of the app's route handlers, by route pattern",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
}

export function recordHttpRequest(method: string, route: string, status: number, seconds: number): void {
  histogram().observe({ method, route, status: String(status) }, seconds);
}
