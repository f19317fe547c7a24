// Next 16's middleware. A convenience layer only: signed-out visitors are sent to /login (pages) or
// get 401 JSON (API) before any rendering. Every page and handler ALSO checks on the server
// (requirePageUser / withAuth), which is what actually protects data.
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionToken } from "@/lib/auth/proxy-session";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";

// Reachable without a session: the sign-in page, next-auth's own endpoints, the health check for
// load balancers, and calendar feeds (authorised by the token in their URL).
const PUBLIC_PREFIXES = ["/login", "/api/auth/", "/api/health", "/api/calendar/"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) =>
    prefix.endsWith("/") ? pathname.startsWith(prefix) : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;

  // Tell server components which page was asked for, so requirePageUser can build a callbackUrl.
  // Always overwritten, so a client cannot supply its own value.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, pathname + search);
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });

  if (isPublic(pathname) || (await hasSessionToken(req))) return next();

  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in to continue" }, { status: 401 });
  }
  const loginUrl = new URL("/login", req.url);
  if (pathname !== "/") loginUrl.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(loginUrl);
}

export const config = {
  // Everything except Next's build assets and files with an extension (favicon, images, fonts).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
