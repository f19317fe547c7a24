/**
 * Who may read /api/metrics: Prometheus with `Authorization: Bearer <METRICS_TOKEN>`, or a signed-in
 * admin (to look at it in a browser). A wrong token is 401 even for an admin's browser: a scraper
 * misconfigured should fail loudly, not be served by a cookie.
 */
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/domain/app-error";
import { getSessionUser } from "@/lib/auth/session";
import { readMetricsConfig } from "@/lib/config";

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function authorizeMetrics(req: Request): Promise<void> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const { token } = readMetricsConfig();
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!token || !given || !sameToken(given, token)) throw new AppError("UNAUTHORIZED", "Invalid metrics token");
    return;
  }
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in as an admin or send the metrics token");
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Metrics are for admins");
}
