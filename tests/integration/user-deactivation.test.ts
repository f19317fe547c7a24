// Deactivating a user against the real database: sign-in refused with its own message, every
// session ended at once in this process, calendar feeds refused, all audited; reactivating undoes
// it (old sessions stay ended). e2e/user-deactivation.spec.ts does the same through the admin page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { resolveCalendarToken } from "@/lib/server/calendar/resolve-calendar-token";
import { createCalendarToken } from "@/lib/server/calendar/create-calendar-token";
import { createUserSession, findLiveSessionUser, LAST_SEEN_RESOLUTION_MS } from "@/lib/server/auth/user-sessions";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { setUserDeactivated } from "@/lib/server/users/set-user-deactivated";
import { createUser } from "@/prisma/seed/factories";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-university";

// The domain functions are server-only; vitest hoists this above the imports.

let admin: { id: string };
beforeAll(async () => {
  admin = await prisma.$transaction((tx) => createUser(tx, { role: "ADMIN" }));
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function newStudent() {
  return prisma.$transaction((tx) => createUser(tx, { role: "STUDENT" }));
}

/** The token part of a feed URL (…/api/calendar/<token>.ics). */
function tokenOf(url: string): string {
  return url.split("/").pop()!.replace(/\.ics$/, "");
}

async function errorCodeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe("deactivating a user", () => {
  it("refuses sign-in with its own reason, ends every session and stops the feeds; reactivation undoes it", async () => {
    const student = await newStudent();
    const sessions = [await createUserSession({ userId: student.id }), await createUserSession({ userId: student.id })];
    for (const sessionId of sessions) expect(await findLiveSessionUser({ sessionId, userId: student.id })).not.toBeNull();
    const feed = tokenOf((await createCalendarToken({ userId: student.id, baseUrl: "http://localhost" })).url);
    expect((await resolveCalendarToken({ token: feed })).id).toBe(student.id);

    const result = await setUserDeactivated({ userId: student.id, actorId: admin.id, deactivated: true });
    expect(result).toMatchObject({ id: student.id, revokedSessions: 2 });
    expect(result.deactivatedAt).toBeInstanceOf(Date);

    // In this process at once (the cache entries were dropped), not after SESSION_RECHECK_MS.
    for (const sessionId of sessions) expect(await findLiveSessionUser({ sessionId, userId: student.id })).toBeNull();
    expect(await prisma.userSession.count({ where: { userId: student.id, revokedAt: null } })).toBe(0);
    expect(await verifyCredentials({ email: student.email, password: DEMO_PASSWORD })).toEqual({ ok: false, reason: "deactivated" });
    // A wrong password still says only "invalid": deactivation is told to those who know the password.
    expect(await verifyCredentials({ email: student.email, password: "not-the-password" })).toEqual({ ok: false, reason: "invalid" });
    expect(await errorCodeOf(resolveCalendarToken({ token: feed }))).toBe("NOT_FOUND");

    const audit = await prisma.auditLog.findFirst({ where: { entity: "User", entityId: student.id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "update", before: { deactivatedAt: null }, after: { revokedSessions: 2 } });

    const reactivated = await setUserDeactivated({ userId: student.id, actorId: admin.id, deactivated: false });
    expect(reactivated).toEqual({ id: student.id, deactivatedAt: null, revokedSessions: 0 });
    expect(await verifyCredentials({ email: student.email, password: DEMO_PASSWORD })).toMatchObject({ ok: true, user: { id: student.id } });
    expect((await resolveCalendarToken({ token: feed })).id).toBe(student.id);
    // Sessions ended by the deactivation stay ended; the user signs in afresh.
    for (const sessionId of sessions) expect(await findLiveSessionUser({ sessionId, userId: student.id })).toBeNull();
    expect(await prisma.auditLog.count({ where: { entity: "User", entityId: student.id } })).toBe(2);
  });

  it("refuses a session row of a deactivated user even if the row was never revoked", async () => {
    const student = await newStudent();
    await prisma.user.update({ where: { id: student.id }, data: { deactivatedAt: new Date() } });
    const sessionId = await createUserSession({ userId: student.id });
    expect(await findLiveSessionUser({ sessionId, userId: student.id })).toBeNull();
  });

  it("keeps the first date when deactivated twice, and refuses one's own account and unknown users", async () => {
    const student = await newStudent();
    const first = await setUserDeactivated({ userId: student.id, actorId: admin.id, deactivated: true });
    const second = await setUserDeactivated({ userId: student.id, actorId: admin.id, deactivated: true });
    expect(second.deactivatedAt).toEqual(first.deactivatedAt);
    expect(await errorCodeOf(setUserDeactivated({ userId: admin.id, actorId: admin.id, deactivated: true }))).toBe("CONFLICT");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id }, select: { deactivatedAt: true } })).toEqual({ deactivatedAt: null });
    expect(await errorCodeOf(setUserDeactivated({ userId: "no-such-user", actorId: admin.id, deactivated: true }))).toBe("NOT_FOUND");
  });
});

describe("a session's lastSeenAt", () => {
  it("moves forward when the session is used after LAST_SEEN_RESOLUTION_MS, not on every use", async () => {
    const student = await newStudent();
    const sessionId = await createUserSession({ userId: student.id });
    const old = new Date(Date.now() - LAST_SEEN_RESOLUTION_MS - 60_000);
    await prisma.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: old } });
    expect(await findLiveSessionUser({ sessionId, userId: student.id })).not.toBeNull();
    const seen = (await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
