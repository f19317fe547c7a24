// Who is signed in, for server components, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import { REQUEST_PATH_HEADER, safeCallbackPath } from "@/lib/auth/request-path";
import { isAllowed, isRole, type Permission, type Role } from "@/lib/auth/roles";

export type SessionUser = { id: string; email: string; name: string; role: Role; departmentId: string | null };


async function loadSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  // A token from before a claims change (or a tampered one that still decrypts) lacks these.
  if (!user || typeof user.id !== "string" || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, departmentId: user.departmentId ?? null };
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
