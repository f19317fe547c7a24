// Cross-site request protection for route handlers (server actions have Next's own check): a
// request that changes state must come from a page of this app. Browsers say where a request comes
// from in `Origin` (and `Sec-Fetch-Site`); another site, another port of the same host
// ("same site" for cookies, so SameSite=Lax does not help) or an opaque `Origin: null` (sandboxed
// frames, file: pages) is refused. A request with neither header is not from a browser, so no
// cookie was sent on anyone's behalf, and it is let through (scripts, curl, calendar apps).
import { AppError } from "@/lib/domain/app-error";
import { readAuthConfig } from "@/lib/config";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host this request was addressed to, as the browser saw it (a proxy forwards it). */
function requestHost(req: Request): string | null {
  const forwarded = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("host") || new URL(req.url).host;
}

function isOwnOrigin(origin: string, req: Request): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" and anything else that is not a URL
  }
  if (parsed.host === requestHost(req)) return true;
  // Behind a proxy that rewrites Host, the configured public address is ours too.
  const publicUrl = readAuthConfig().publicUrl;
  return publicUrl !== undefined && parsed.origin === new URL(publicUrl).origin;
}

/** Throws 403 for a state-changing request from another origin (or a browser hiding its origin). */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const origin = req.headers.get("origin");
  if (origin !== null) {
    if (!isOwnOrigin(origin, req)) throw new AppError("FORBIDDEN", `Cross-site request refused (Origin: ${origin.slice(0, 100)})`);
    return;
  }
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new AppError("FORBIDDEN", "Cross-site request refused (no Origin header)");
  }
}
