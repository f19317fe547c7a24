// The sign-in throttle against the real PostgreSQL database (DATABASE_URL, migrated by the runner):
// lockout after repeated failures, growing lock lengths, reset on success, no account enumeration,
// and atomic counting under concurrent attempts.
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  claimLoginAttempt,
  FIRST_LOCK_SECONDS,
  lockSecondsAfter,
  MAX_FAILURES_BEFORE_LOCK,
  MAX_LOCK_SECONDS,
} from "@/lib/server/auth/login-throttle";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

const RUN = `${process.pid}-${Date.now()}`;
const EMAIL = `throttle-${RUN}@test.edu`;
const UNKNOWN_EMAIL = `nobody-${RUN}@test.edu`;
const PASSWORD = "correct horse";
const keys = [EMAIL, UNKNOWN_EMAIL];

beforeAll(async () => {
  // Cost 4 keeps the test fast; the production cost does not change what is being tested.
  await prisma.user.create({
    data: { email: EMAIL, name: "Throttle Tester", role: "FACULTY", passwordHash: await bcrypt.hash(PASSWORD, 4) },
  });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: EMAIL } });
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys } } });
  await prisma.$disconnect();
});

beforeEach(async () => {
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys } } });
});

/** Pretends the current lock has run out, as if its time had passed. */
async function expireLock(email: string) {
  await prisma.loginThrottle.update({ where: { key: email }, data: { lockedUntil: new Date(Date.now() - 1000) } });
}

describe("verifyCredentials with the login throttle", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const result = await verifyCredentials({ email: `  ${EMAIL.toUpperCase()} `, password: PASSWORD });
    expect(result).toMatchObject({ ok: true, user: { email: EMAIL, role: "FACULTY", departmentId: null } });
    expect(result.ok && "passwordHash" in result.user).toBe(false);
  });

  it("refuses every attempt after 5 wrong passwords in a row, even the right password", async () => {
    const outcomes = [];
    for (let i = 0; i < 10; i++) outcomes.push(await verifyCredentials({ email: EMAIL, password: `wrong-${i}` }));
    expect(outcomes.slice(0, 5).map((o) => !o.ok && o.reason)).toEqual(Array(5).fill("invalid"));
    for (const outcome of outcomes.slice(5)) {
      expect(outcome).toMatchObject({ ok: false, reason: "locked" });
      if (!outcome.ok && outcome.reason === "locked") {
        expect(outcome.retryAfterSeconds).toBeGreaterThan(FIRST_LOCK_SECONDS - 5);
        expect(outcome.retryAfterSeconds).toBeLessThanOrEqual(FIRST_LOCK_SECONDS);
      }
    }
    expect(await verifyCredentials({ email: EMAIL, password: PASSWORD })).toMatchObject({ ok: false, reason: "locked" });
    // Refused attempts are not counted: the lock did not grow while it was in force.
    expect((await prisma.loginThrottle.findUniqueOrThrow({ where: { key: EMAIL } })).failures).toBe(5);
  });

  it("allows one more try when the lock runs out, and locks for twice as long if it fails", async () => {
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: EMAIL, password: "wrong" });
    await expireLock(EMAIL);
    expect(await verifyCredentials({ email: EMAIL, password: "wrong again" })).toMatchObject({ ok: false, reason: "invalid" });
    const locked = await verifyCredentials({ email: EMAIL, password: PASSWORD });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    if (!locked.ok && locked.reason === "locked") expect(locked.retryAfterSeconds).toBeGreaterThan(2 * FIRST_LOCK_SECONDS - 5);
  });

  it("resets the count after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await verifyCredentials({ email: EMAIL, password: "wrong" });
    expect(await verifyCredentials({ email: EMAIL, password: PASSWORD })).toMatchObject({ ok: true });
    expect(await prisma.loginThrottle.findUnique({ where: { key: EMAIL } })).toBeNull();
    // Four more failures are again below the threshold, and the right password still works.
    for (let i = 0; i < 4; i++) {
      expect(await verifyCredentials({ email: EMAIL, password: "wrong" })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials({ email: EMAIL, password: PASSWORD })).toMatchObject({ ok: true });
  });

  it("treats an unknown email exactly like a wrong password (no account enumeration)", async () => {
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await verifyCredentials({ email: UNKNOWN_EMAIL, password: "guess" }));
    expect(outcomes.slice(0, 5).map((o) => !o.ok && o.reason)).toEqual(Array(5).fill("invalid"));
    expect(outcomes[5]).toMatchObject({ ok: false, reason: "locked" });
  });
});

describe("claimLoginAttempt", () => {
  it("counts concurrent attempts atomically: only 5 of 10 simultaneous guesses get through", async () => {
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimLoginAttempt(EMAIL)));
    expect(claims.filter((c) => c.allowed)).toHaveLength(MAX_FAILURES_BEFORE_LOCK);
  });

  it("doubles the lock after each further failure, up to 15 minutes", async () => {
    let now = new Date("2026-01-05T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES_BEFORE_LOCK; i++) expect((await claimLoginAttempt(EMAIL, now)).allowed).toBe(true);
    const seen: number[] = [];
    for (let round = 0; round < 8; round++) {
      const refused = await claimLoginAttempt(EMAIL, now);
      if (refused.allowed) throw new Error("expected a lock");
      seen.push(refused.retryAfterSeconds);
      now = new Date(now.getTime() + refused.retryAfterSeconds * 1000);
      expect((await claimLoginAttempt(EMAIL, now)).allowed).toBe(true);
    }
    expect(seen).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    expect(seen).toEqual(seen.map((_, i) => lockSecondsAfter(MAX_FAILURES_BEFORE_LOCK + i)));
    expect(Math.max(...seen)).toBe(MAX_LOCK_SECONDS);
  });
});
