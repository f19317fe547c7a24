/**
 * Sessions that can be ended. The session cookie is a next-auth JWT, valid on its own until it
 * expires; it also names a UserSession row, and every request's user is read through that row:
 *   - signing out, or an admin ending a user's sessions, sets revokedAt: the cookie is refused;
 *   - deleting the user deletes the rows (cascade): the cookie is refused;
 *   - a change of role, department, name or email is read from the user row: it applies at once.
 * Each web process keeps what it read for SESSION_RECHECK_MS, so any change reaches every process
 * within that time (the issue asks for a minute) while a busy user costs one query per 15 s.
 */
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Role } from "@/lib/auth/roles";
import { BoundedCache } from "@/lib/server/timetable-views/bounded-cache";

export const SESSION_RECHECK_MS = 15_000;

export type LiveSessionUser = { id: string; email: string; name: string; role: Role; departmentId: string | null };

const liveSessions = new BoundedCache<LiveSessionUser | null>({ maxEntries: 20_000, ttlMs: SESSION_RECHECK_MS });

/** Starts a session row for a user who just signed in; its id goes into the cookie. */
export async function createUserSession({ userId }: { userId: string }): Promise<string> {
  const session = await prisma.userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}

async function loadLiveSessionUser(sessionId: string): Promise<LiveSessionUser | null> {
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, user: { select: { id: true, email: true, name: true, role: true, departmentId: true } } },
  });
  if (!session || session.revokedAt) return null;
  return session.user;
}

/**
 * The user behind a live session, as the database has them now (within SESSION_RECHECK_MS), or
 * null when the session was ended, the user deleted, or the cookie names another user's session.
 */
export async function findLiveSessionUser({ sessionId, userId }: { sessionId: string; userId: string }): Promise<LiveSessionUser | null> {
  const user = await liveSessions.get(sessionId, () => loadLiveSessionUser(sessionId));
  return user && user.id === userId ? user : null;
}

/** Ends one session (sign-out). This process forgets it at once; the others within SESSION_RECHECK_MS. */
export async function revokeUserSession({ sessionId }: { sessionId: string }): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  liveSessions.delete(sessionId);
}

/**
 * Ends every session of a user (an admin's "sign out everywhere"), with its audit entry; returns
 * how many were live. 404 for an unknown user.
 */
export async function revokeAllUserSessions({ userId, actorId }: { userId: string; actorId: string }): Promise<{ revoked: number }> {
  const ended = await prisma.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "User not found");
    const live = await tx.userSession.findMany({ where: { userId, revokedAt: null }, select: { id: true } });
    await tx.userSession.updateMany({ where: { id: { in: live.map((s) => s.id) } }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actorId, action: "revoke", entity: "UserSession", entityId: userId, after: { revoked: live.length } });
    return live;
  });
  for (const { id } of ended) liveSessions.delete(id);
  return { revoked: ended.length };
}
