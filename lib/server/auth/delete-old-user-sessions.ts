/**
 * Removes UserSession rows that can never count again and have been over for a while: revoked
 * (sign-out, an admin, deactivation) more than `olderThanDays` ago, or not used for that long (the
 * cookie has then expired: it lives SESSION_MAX_AGE_MS past its last use, and lastSeenAt lags use
 * by at most LAST_SEEN_RESOLUTION_MS, together well under a day). Run by the worker's housekeeping
 * job. Deletes in batches so a large backlog never holds a long lock on the table the sign-in path
 * reads; two workers running it at once only share the work.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { LAST_SEEN_RESOLUTION_MS, SESSION_MAX_AGE_MS } from "./user-sessions";

const DAY_MS = 24 * 60 * 60_000;
const BATCH_SIZE = 5_000;

export type DeleteOldUserSessionsOptions = { olderThanDays: number; now?: Date };

export async function deleteOldUserSessions({ olderThanDays, now = new Date() }: DeleteOldUserSessionsOptions): Promise<number> {
  const cutoffMs = olderThanDays * DAY_MS;
  // A shorter wait could delete the row of a cookie that is still valid, which would then be
  // refused (the row decides): a sign-out nobody asked for.
  if (!(cutoffMs > SESSION_MAX_AGE_MS + LAST_SEEN_RESOLUTION_MS)) throw new Error(`olderThanDays must be at least 1 (got ${olderThanDays})`);
  const cutoff = new Date(now.getTime() - cutoffMs);
  let deleted = 0;
  for (;;) {
    const count = await prisma.$executeRaw`
      DELETE FROM "UserSession" WHERE id IN (
        SELECT id FROM "UserSession" WHERE "revokedAt" < ${cutoff} OR "lastSeenAt" < ${cutoff} LIMIT ${BATCH_SIZE}
      )`;
    deleted += count;
    if (count < BATCH_SIZE) return deleted;
  }
}
