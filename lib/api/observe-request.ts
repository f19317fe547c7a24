/**
 * What every route handler's request gets, whoever answers it (withAuth, the feed, health): a
 * request id in the log context and the X-Request-Id response header, and one log line at the end
 * with the route, status and duration (the HTTP latency metric is recorded in the same place).
 */
import { randomUUID } from "node:crypto";
import { log, errorFields } from "@/lib/log/logger";
import { withLogContext } from "@/lib/log/log-context";
import { recordHttpRequest } from "@/lib/metrics/http-metrics";
import { routeOf } from "./route-of";

// A load balancer's id is kept if it looks like one (so its logs and ours join); anything else
// (too long, odd characters) is replaced rather than copied into every log line.
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export async function observeRequest(req: Request, handle: () => Promise<Response>): Promise<Response> {
  const incoming = req.headers.get("x-request-id");
  const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  const route = routeOf(new URL(req.url).pathname);
  const started = performance.now();
  return withLogContext({ requestId }, async () => {
    let status = 500;
    try {
      const response = await handle();
      status = response.status;
      try {
        response.headers.set("x-request-id", requestId);
      } catch {
        // Immutable headers (a redirect built by Next): the log line still has the id.
      }
      return response;
    } catch (error) {
      // Next's control flow (redirect, notFound) and real failures alike: logged, then passed on.
      log.warn({ ...errorFields(error) }, "request threw");
      throw error;
    } finally {
      const ms = performance.now() - started;
      recordHttpRequest(req.method, route, status, ms / 1000);
      log.info({ method: req.method, route, status, ms: Math.round(ms) }, "request");
    }
  });
}
