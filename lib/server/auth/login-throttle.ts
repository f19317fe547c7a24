// Slows down password guessing per account. State lives in PostgreSQL (LoginThrottle, keyed by the
// lower-cased email) so every web process sees the same counts.
//
// An attempt is charged *before* the password is checked, in one atomic UPDATE that also refuses it
// while the account is locked. Charging first means parallel guesses cannot all slip through
// between a check and a later "record failure" write; a successful sign-in clears the row.
import "server-only";
import { prisma } from "@/lib/db";

/** Failed attempts allowed before the account is locked. */
export const MAX_FAILURES_BEFORE_LOCK = 5;
export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 15 * 60;

export type LoginAttemptClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Lower-cased, trimmed email: the throttle key and the form in which users are looked up. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Lock length once `failures` consecutive attempts have failed (or are in flight): nothing below
 * the threshold, then 30 s, doubling with each further failure, capped at 15 minutes.
 */
export function lockSecondsAfter(failures: number): number {
  if (failures < MAX_FAILURES_BEFORE_LOCK) return 0;
  const doublings = Math.min(failures - MAX_FAILURES_BEFORE_LOCK, 20);
  return Math.min(FIRST_LOCK_SECONDS * 2 ** doublings, MAX_LOCK_SECONDS);
}

type ClaimedRow = { failures: number };

/**
 * Counts one sign-in attempt for `email` unless the account is locked. Call before checking the
 * password; call `clearLoginFailures` after a successful check. `now` is injectable for tests.
 */
export async function claimLoginAttempt(email: string, now: Date = new Date()): Promise<LoginAttemptClaim> {
  const key = normaliseEmail(email);
  // Prisma stores DateTime as UTC wall-clock `timestamp(3)`, so `now` is converted the same way
  // instead of relying on the connection's time zone.
  const nowIso = now.toISOString();
  // The lock length depends on the new failure count, so it is computed in SQL from the same row
  // version the increment sees: LEAST(cap, first * 2^(n - threshold)) once n reaches the threshold.
  const claimed = await prisma.$queryRaw<ClaimedRow[]>`
    WITH t AS (SELECT (${nowIso}::timestamptz AT TIME ZONE 'UTC') AS now)
    INSERT INTO "LoginThrottle" ("key", "failures", "lockedUntil", "updatedAt")
    SELECT ${key}, 1, NULL, t.now FROM t
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = "LoginThrottle"."failures" + 1,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."failures" + 1 >= ${MAX_FAILURES_BEFORE_LOCK}
        THEN EXCLUDED."updatedAt" + make_interval(secs => LEAST(
          ${MAX_LOCK_SECONDS}::float8,
          ${FIRST_LOCK_SECONDS}::float8
            * power(2, LEAST("LoginThrottle"."failures" + 1 - ${MAX_FAILURES_BEFORE_LOCK}, 20))
        ))
        ELSE NULL
      END,
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE "LoginThrottle"."lockedUntil" IS NULL OR "LoginThrottle"."lockedUntil" <= EXCLUDED."updatedAt"
    RETURNING "failures"`;
  if (claimed.length > 0) return { allowed: true };

  // The conditional update matched nothing: the account is locked. Read how long for the message.
  const locked = await prisma.loginThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  const lockedUntil = locked?.lockedUntil;
  const remainingMs = lockedUntil ? lockedUntil.getTime() - now.getTime() : 0;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
}

/** Forgets past failures after a successful sign-in. */
export async function clearLoginFailures(email: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: normaliseEmail(email) } });
}
