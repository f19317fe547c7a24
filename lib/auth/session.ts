// Who is signed in, for server components, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { forbidden, redirect } from "next/navigation";
import { getAuthSecret } from "@/lib/auth/secret";
import { REQUEST_PATH_HEADER, safeCallbackPath } from "@/lib/auth/request-path";
import { isAllowed, isRole, type Permission, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/domain/session-user";
import { findLiveSessionUser } from "@/lib/server/auth/user-sessions";

// Decoding a session token costs a key derivation (HKDF) and a decryption, and every API call
// decodes the same cookie again. A token's payload never changes (the same ciphertext always
// decrypts to the same claims under the one secret of this process), so decoded payloads are kept
// by their token string; only the expiry check must be repeated, which isCachedTokenLive does.
const MAX_DECODED_TOKENS = 10_000;
// jose's jwtDecrypt, as next-auth's decode calls it, accepts a token up to 15 s past its exp.
const CLOCK_TOLERANCE_SECONDS = 15;
const decodedTokens = new Map<string, JWT>();

/** Only tokens whose validity is just `exp` are cached: anything else is decoded every time. */
function isCacheable(token: JWT): boolean {
  return typeof token.exp === "number" && token.nbf === undefined;
}

function isCachedTokenLive(token: JWT, nowSeconds: number): boolean {
  return (token.exp as number) > nowSeconds - CLOCK_TOLERANCE_SECONDS;
}

async function decodeSessionToken(raw: string, secret: string): Promise<JWT | null> {
  const cached = decodedTokens.get(raw);
  if (cached) {
    if (isCachedTokenLive(cached, Math.floor(Date.now() / 1000))) return cached;
    decodedTokens.delete(raw);
    return null;
  }
  let token: JWT | null;
  try {
    token = await decode({ token: raw, secret });
  } catch {
    // Tampered, expired or from another secret: signed out, as getServerSession treats it.
    return null;
  }
  if (token && isCacheable(token)) {
    // Map keeps insertion order: past the limit, forget the oldest token.
    if (decodedTokens.size >= MAX_DECODED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value!);
    decodedTokens.set(raw, token);
  }
  return token;
}

/**
 * Reads the session cookie with next-auth's own JWT helpers instead of getServerSession, which
 * runs the whole session endpoint per call: it decrypts the token, re-encrypts a refreshed one
 * (another key derivation and encryption) and then drops the new cookie, since in the App Router
 * it has no response to set it on. Same cookie name rule (getToken, from NEXTAUTH_URL), same
 * secret, same decryption and expiry check; a token that does not decode is signed out, as before.
 * Cookies only: the `headers` stand-in is empty so getToken's `Authorization: Bearer` fallback
 * stays off, as with getServerSession. The user comes from the session's row
 * (lib/server/auth/user-sessions.ts), checked every few seconds, not from the token's claims.
 */
async function loadSessionUser(): Promise<SessionUser | null> {
  const secret = getAuthSecret();
  if (!secret) return null;
  // getToken reads only `cookies` (anything with getAll, chunked cookies joined) and
  // `headers.authorization`; `raw` returns the token string without decoding it.
  const req = { cookies: await cookies(), headers: {} } as unknown as NextRequest;
  const raw = await getToken({ req, secret, raw: true });
  if (!raw) return null;
  const token = await decodeSessionToken(raw, secret);
  // A token from before a claims change (or a tampered one that still decrypts) lacks these.
  if (!token || typeof token.id !== "string" || !isRole(token.role) || typeof token.sid !== "string") return null;
  // The session row decides whether the cookie still counts, and who the user is now (role,
  // department): a cookie outlives sign-out, deletion and role changes otherwise.
  return findLiveSessionUser({ sessionId: token.sid, userId: token.id });
}

/** The signed-in user, or null. Cached per request: layout, page and actions share one lookup. */
export const getSessionUser: () => Promise<SessionUser | null> = cache(loadSessionUser);

export async function loginUrlForCurrentRequest(): Promise<string> {
  const requestPath = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
  return requestPath ? `/login?callbackUrl=${encodeURIComponent(requestPath)}` : "/login";
}

export type PageAccessOptions = { roles?: Role[]; permission?: Permission };

/**
 * For pages and server actions: returns the signed-in user when allowed. Signed-out visitors are
 * redirected to /login?callbackUrl=<this page>; a signed-in user without the role or permission
 * gets the 403 page (app/forbidden.tsx). Both work by throwing, so await this before rendering and
 * do not wrap it in try/catch.
 */
export async function requirePageUser(options: PageAccessOptions = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await loginUrlForCurrentRequest());
  if (!isAllowed(user.role, options)) forbidden();
  return user;
}
