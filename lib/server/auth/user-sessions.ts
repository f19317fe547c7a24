/**
 * Sessions that can be ended. The session cookie is a next-auth JWT, valid on its own until it
 * expires; it also names a UserSession row, and every request's user is read through that row:
 *   - signing out, or an admin ending a user's sessions, sets revokedAt: the cookie is refused;
 *   - deleting the user deletes the rows (cascade): the cookie is refused;
 *   - a change of role, department, name or email is read from the user row: it applies at once;
 *   - deactivating the user revokes the rows, and a deactivated user's session never counts.
 * Each web process keeps what it read for SESSION_RECHECK_MS, so any change reaches every process
 * within that time (the issue asks for a minute) while a busy user costs one query per 15 s.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { SessionUser } from "@/lib/domain/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BoundedCache } from "@/lib/server/cache/bounded-cache";

export const SESSION_RECHECK_MS = 15_000;

// The cookie's own lifetime (next-auth's maxAge, lib/auth/auth-options.ts): a working day. next-auth
// slides it forward when the session is used, so a session's end is lastSeenAt + this, not createdAt + this.
export const SESSION_MAX_AGE_MS = 12 * 60 * 60_000;

const liveSessions = new BoundedCache<SessionUser | null>({ maxEntries: 20_000, ttlMs: SESSION_RECHECK_MS });

/** Starts a session row for a user who just signed in; its id goes into the cookie. */
export async function createUserSession({ userId }: { userId: string }): Promise<string> {
  const session = await prisma.userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}

// A session's lastSeenAt is written at most once per this long (the read that finds it older does
// it), so a busy user costs one extra write an hour, not one per request; the cleanup job
// (lib/server/auth/delete-old-user-sessions.ts) allows for this slack.
export const LAST_SEEN_RESOLUTION_MS = 60 * 60_000;

/**
 * Sessions whose cookie may still be valid: not revoked, and used within the cookie's lifetime
 * (plus the slack of lastSeenAt). Anything else is over for good, whatever the row says.
 */
export function possiblyLiveSession(now: Date): Prisma.UserSessionWhereInput {
  return { revokedAt: null, lastSeenAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_MS - LAST_SEEN_RESOLUTION_MS) } };
}

async function loadLiveSessionUser(sessionId: string): Promise<SessionUser | null> {
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true, role: true, departmentId: true, deactivatedAt: true } } },
  });
  // Deactivation revokes the rows too; checking the user as well covers a session started in the
  // moment between the two (and any row a future code path forgets to revoke).
  if (!session || session.revokedAt || session.user.deactivatedAt) return null;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await prisma.userSession.updateMany({ where: { id: sessionId, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: new Date(now) } });
  }
  const { deactivatedAt: _deactivatedAt, ...user } = session.user;
  return user;
}

/**
 * The user behind a live session, as the database has them now (within SESSION_RECHECK_MS), or
 * null when the session was ended, the user deleted, or the cookie names another user's session.
 */
export async function findLiveSessionUser({ sessionId, userId }: { sessionId: string; userId: string }): Promise<SessionUser | null> {
  const user = await liveSessions.get(sessionId, () => loadLiveSessionUser(sessionId));
  return user && user.id === userId ? user : null;
}

/** Ends one session (sign-out). This process forgets it at once; the others within SESSION_RECHECK_MS. */
export async function revokeUserSession({ sessionId }: { sessionId: string }): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  liveSessions.delete(sessionId);
}

/**
 * Revokes every live session of a user inside the caller's transaction; returns their ids, which
 * the caller passes to forgetCachedSessions once the transaction has committed.
 */
export async function revokeLiveSessionsTx(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const live = await tx.userSession.findMany({ where: { userId, revokedAt: null }, select: { id: true } });
  await tx.userSession.updateMany({ where: { id: { in: live.map((s) => s.id) } }, data: { revokedAt: new Date() } });
  return live.map((s) => s.id);
}

/** This process stops trusting these sessions at once; the other processes within SESSION_RECHECK_MS. */
export function forgetCachedSessions(sessionIds: readonly string[]): void {
  for (const id of sessionIds) liveSessions.delete(id);
}

/**
 * Ends every session of a user (an admin's "sign out everywhere"), with its audit entry; returns
 * how many were live. 404 for an unknown user.
 */
export async function revokeAllUserSessions({ userId, actorId }: { userId: string; actorId: string }): Promise<{ revoked: number }> {
  const ended = await prisma.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "User not found");
    const revoked = await revokeLiveSessionsTx(tx, userId);
    await recordAudit(tx, { actorId, action: "revoke", entity: "UserSession", entityId: userId, after: { revoked: revoked.length } });
    return revoked;
  });
  forgetCachedSessions(ended);
  return { revoked: ended.length };
}
