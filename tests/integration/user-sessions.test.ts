// Sessions against the real database: a cookie's session row decides whether it still counts and
// who its user is now. In-process effects are immediate; other processes see a change within
// SESSION_RECHECK_MS (checked here by moving the clock; e2e/sessions.spec.ts runs two processes).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { createUserSession, findLiveSessionUser, revokeAllUserSessions, revokeUserSession, SESSION_RECHECK_MS } from "@/lib/server/auth/user-sessions";
import { createUser } from "@/prisma/seed/factories";

let admin: { id: string };
beforeAll(async () => {
  admin = await prisma.$transaction((tx) => createUser(tx, { role: "ADMIN" }));
});
afterEach(() => vi.useRealTimers());
afterAll(async () => {
  await prisma.$disconnect();
});

async function newUser(role: "REGISTRAR" | "STUDENT" = "REGISTRAR") {
  return prisma.$transaction((tx) => createUser(tx, { role }));
}

describe("user sessions", () => {
  it("a new session is live and carries the user as stored", async () => {
    const user = await newUser();
    const sessionId = await createUserSession({ userId: user.id });
    expect(await findLiveSessionUser({ sessionId, userId: user.id })).toMatchObject({ id: user.id, role: "REGISTRAR", email: user.email });
  });

  it("refuses a session id presented with another user's id", async () => {
    const [a, b] = [await newUser(), await newUser()];
    const sessionId = await createUserSession({ userId: a.id });
    expect(await findLiveSessionUser({ sessionId, userId: b.id })).toBeNull();
    expect(await findLiveSessionUser({ sessionId: "no-such-session", userId: a.id })).toBeNull();
  });

  it("sign-out ends that session only", async () => {
    const user = await newUser();
    const [laptop, phone] = [await createUserSession({ userId: user.id }), await createUserSession({ userId: user.id })];
    await findLiveSessionUser({ sessionId: laptop, userId: user.id });
    await revokeUserSession({ sessionId: laptop });
    expect(await findLiveSessionUser({ sessionId: laptop, userId: user.id })).toBeNull();
    expect(await findLiveSessionUser({ sessionId: phone, userId: user.id })).not.toBeNull();
  });

  it("a role change, a deletion or a revocation made elsewhere applies after SESSION_RECHECK_MS", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await newUser();
    const sessionId = await createUserSession({ userId: user.id });
    expect((await findLiveSessionUser({ sessionId, userId: user.id }))?.role).toBe("REGISTRAR");
    // As another web process would: straight to the database, not through this process's cache.
    await prisma.user.update({ where: { id: user.id }, data: { role: "STUDENT" } });
    vi.setSystemTime(Date.now() + SESSION_RECHECK_MS + 1);
    expect((await findLiveSessionUser({ sessionId, userId: user.id }))?.role).toBe("STUDENT");
    await prisma.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    vi.setSystemTime(Date.now() + SESSION_RECHECK_MS + 1);
    expect(await findLiveSessionUser({ sessionId, userId: user.id })).toBeNull();

    const other = await newUser();
    const otherSession = await createUserSession({ userId: other.id });
    expect(await findLiveSessionUser({ sessionId: otherSession, userId: other.id })).not.toBeNull();
    await prisma.user.delete({ where: { id: other.id } });
    vi.setSystemTime(Date.now() + SESSION_RECHECK_MS + 1);
    expect(await findLiveSessionUser({ sessionId: otherSession, userId: other.id })).toBeNull();
    expect(await prisma.userSession.count({ where: { id: otherSession } })).toBe(0);
  });

  it("an admin ends every session of a user, audited", async () => {
    const user = await newUser("STUDENT");
    const sessions = [await createUserSession({ userId: user.id }), await createUserSession({ userId: user.id })];
    await revokeUserSession({ sessionId: sessions[0] });
    expect(await revokeAllUserSessions({ userId: user.id, actorId: admin.id })).toEqual({ revoked: 1 });
    for (const sessionId of sessions) expect(await findLiveSessionUser({ sessionId, userId: user.id })).toBeNull();
    const audit = await prisma.auditLog.findFirst({ where: { entity: "UserSession", entityId: user.id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "revoke", after: { revoked: 1 } });
    await expect(revokeAllUserSessions({ userId: "no-such-user", actorId: admin.id })).rejects.toBeInstanceOf(AppError);
  });
});
