"use client";

// The signed-in user for client components, handed down from the root layout (which read it on the
// server), so the UI can hide what a role cannot use without another request. Hiding is cosmetic:
// the server guards (requirePageUser, withAuth) are what enforce access.
import { createContext, useContext, type ReactNode } from "react";
import { hasPermission, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/domain/session-user";

const SessionUserContext = createContext<SessionUser | null>(null);

export function SessionUserProvider({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  return <SessionUserContext.Provider value={user}>{children}</SessionUserContext.Provider>;
}

/** The signed-in user, or null on public pages. */
export function useSessionUser(): SessionUser | null {
  return useContext(SessionUserContext);
}

export function useHasPermission(permission: Permission): boolean {
  const user = useSessionUser();
  return user !== null && hasPermission(user.role, permission);
}
