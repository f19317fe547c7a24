// Next 16's middleware, in front of every request except Next's build assets. Two jobs:
// 1. Refuse a URL holding a control character (a NUL in a query parameter or path reached
//    PostgreSQL and answered 500): 400 naming the parameter, once, for pages, route handlers and
//    server actions alike; and a server-action payload Next could not decode (a 500 otherwise).
// 2. For pages, a convenience layer only: signed-out visitors are sent to /login before any
//    rendering. Every page ALSO checks on the server (requirePageUser), and every route handler is
//    wrapped in withAuth (401 JSON when signed out), which is what actually protects data.
// 3. Every page gets a Content-Security-Policy with a fresh nonce, and route handlers' answers one
//    that allows nothing (lib/security/content-security-policy.ts).
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionToken } from "@/lib/auth/proxy-session";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { isServerActionRequest, serverActionPayloadProblem } from "@/lib/api/server-action-payload";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, NONCE_HEADER, takesApiPolicy } from "@/lib/security/content-security-policy";
import { findUrlProblem } from "@/lib/validation/control-characters";

// The one page reachable without a session.
const isPublic = (pathname: string) => pathname === "/login" || pathname.startsWith("/login/");

// Route handlers under /api (each is wrapped in withAuth, which answers 401 itself, so decoding the
// session here too would only double the cost of the busiest requests) and files with an extension
// (favicon, images, fonts) skip the sign-in redirect.
const skipsSignInRedirect = (pathname: string) => pathname.startsWith("/api/") || /\.[a-zA-Z0-9]+$/.test(pathname);

/** A route handler's answer (not next-auth's pages under /api/auth) carries the policy that allows nothing. */
function withApiPolicy<R extends Response>(pathname: string, response: R): R {
  if (takesApiPolicy(pathname)) response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  return response;
}

function badUrl(pathname: string, problem: string): Response {
  const message = `Bad request: ${problem}`;
  if (pathname.startsWith("/api/")) return withApiPolicy(pathname, Response.json({ error: message }, { status: 400 }));
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Whether the browser is on https: directly, or as the load balancer in front says. */
function isHttps(req: NextRequest): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (forwarded ?? req.nextUrl.protocol.replace(/:$/, "")) === "https";
}

export async function proxy(req: NextRequest) {
  const { pathname, search, searchParams } = req.nextUrl;

  const urlProblem = findUrlProblem(pathname, searchParams);
  if (urlProblem) return badUrl(pathname, urlProblem);
  if (isServerActionRequest(req)) {
    const payloadProblem = await serverActionPayloadProblem(req);
    if (payloadProblem) return new Response(payloadProblem.message, { status: payloadProblem.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (skipsSignInRedirect(pathname)) return withApiPolicy(pathname, NextResponse.next());

  // Tell server components which page was asked for, so requirePageUser can build a callbackUrl.
  // Always overwritten, so a client cannot supply its own value.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, pathname + search);
  // Next finds the nonce in the request's policy and puts it on the scripts and styles it renders;
  // the browser enforces the response's. Overwritten too: a client's own header must not count.
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https: isHttps(req) });
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set(NONCE_HEADER, nonce);
  const next = () => {
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
    return response;
  };

  if (isPublic(pathname) || (await hasSessionToken(req))) return next();

  const loginUrl = new URL("/login", req.url);
  if (pathname !== "/") loginUrl.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(loginUrl);
}

export const config = {
  // Everything but Next's build assets, which are files the build wrote, never user input.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
