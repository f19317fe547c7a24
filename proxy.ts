// Next 16's middleware, for pages. A convenience layer only: signed-out visitors are sent to /login
// before any rendering. Every page ALSO checks on the server (requirePageUser), and every route
// handler is wrapped in withAuth (401 JSON when signed out), which is what actually protects data.
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionToken } from "@/lib/auth/proxy-session";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";

// The one page reachable without a session.
const isPublic = (pathname: string) => pathname === "/login" || pathname.startsWith("/login/");

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;

  // Tell server components which page was asked for, so requirePageUser can build a callbackUrl.
  // Always overwritten, so a client cannot supply its own value.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, pathname + search);
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });

  if (isPublic(pathname) || (await hasSessionToken(req))) return next();

  const loginUrl = new URL("/login", req.url);
  if (pathname !== "/") loginUrl.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(loginUrl);
}

export const config = {
  // Pages only: everything except route handlers under /api (each is wrapped in withAuth, which
  // answers 401 itself, so decoding the session here too would only double the cost of the
  // busiest requests), Next's build assets and files with an extension (favicon, images, fonts).
  matcher: ["/((?!api/|_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
