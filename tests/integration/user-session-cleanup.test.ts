/**
 * Old UserSession rows are deleted: revoked or unused for HOUSEKEEPING_SESSIONS_AFTER_DAYS, by the
 * worker's housekeeping job. The rule against the real database first (a session in use for longer
 * than that, its cookie slid forward on each use, is kept); then two real worker processes on one
 * Redis: one schedule between them, and the old rows go while the others stay.
 */
import { Queue } from "bullmq";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { HOUSEKEEPING_SCHEDULER_ID, QueueName } from "@/lib/queue/queues";
import { deleteOldUserSessions } from "@/lib/server/auth/delete-old-user-sessions";
import { createUser } from "@/prisma/seed/factories";
import { useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
const DAY_MS = 24 * 60 * 60_000;

type SessionShape = { createdDaysAgo: number; lastSeenDaysAgo: number; revokedDaysAgo?: number };

/** One user with a session row of each shape, dated as given; returns the row ids in that order. */
async function sessionsOfShapes(shapes: SessionShape[], now = Date.now()): Promise<string[]> {
  const user = await prisma.$transaction((tx) => createUser(tx, { role: "STUDENT" }));
  const ago = (days: number) => new Date(now - days * DAY_MS);
  const ids: string[] = [];
  for (const shape of shapes) {
    const row = await prisma.userSession.create({
      data: {
        userId: user.id,
        createdAt: ago(shape.createdDaysAgo),
        lastSeenAt: ago(shape.lastSeenDaysAgo),
        revokedAt: shape.revokedDaysAgo === undefined ? null : ago(shape.revokedDaysAgo),
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

async function remaining(ids: string[]): Promise<string[]> {
  const rows = await prisma.userSession.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const left = new Set(rows.map((r) => r.id));
  return ids.filter((id) => left.has(id));
}

describe("old session rows", () => {
  it("deletes rows revoked or unused for the given days, and keeps everything else", async () => {
    const [revokedLongAgo, unusedLongAgo, revokedRecently, inUseSinceLongAgo, fresh] = await sessionsOfShapes([
      { createdDaysAgo: 40, lastSeenDaysAgo: 40, revokedDaysAgo: 31 },
      { createdDaysAgo: 45, lastSeenDaysAgo: 31 },
      { createdDaysAgo: 40, lastSeenDaysAgo: 29.5, revokedDaysAgo: 29 },
      { createdDaysAgo: 60, lastSeenDaysAgo: 0.01 },
      { createdDaysAgo: 0, lastSeenDaysAgo: 0 },
    ]);
    const deleted = await deleteOldUserSessions({ olderThanDays: 30 });
    expect(deleted).toBeGreaterThanOrEqual(2);
    expect(await remaining([revokedLongAgo, unusedLongAgo, revokedRecently, inUseSinceLongAgo, fresh])).toEqual([revokedRecently, inUseSinceLongAgo, fresh]);
    // Less than a day could delete the row of a cookie that is still valid.
    await expect(deleteOldUserSessions({ olderThanDays: 0.5 })).rejects.toThrow(/at least 1/);
  });

  it("is done by the housekeeping schedule of two workers, scheduled once", async () => {
    const env = useQueueOf(harness.redis.url, { HOUSEKEEPING_EVERY_MS: "1000", HOUSEKEEPING_SESSIONS_AFTER_DAYS: "7" });
    const [old, kept] = await sessionsOfShapes([
      { createdDaysAgo: 10, lastSeenDaysAgo: 9, revokedDaysAgo: 8 },
      { createdDaysAgo: 10, lastSeenDaysAgo: 6 },
    ]);
    const workers = [harness.startWorker(env), harness.startWorker(env)];
    // Generous: two workers starting on a busy 2-core machine take a while.
    await waitFor(() => remaining([old]), (left) => left.length === 0, { what: "the old session row to be deleted", timeoutMs: 90_000, intervalMs: 500 });
    expect(await remaining([kept])).toEqual([kept]);
    expect(workers.some((w) => /deleted [1-9]\d* old session row\(s\)/.test(w.output()))).toBe(true);

    const queue = new Queue(QueueName.Housekeeping, { connection: { url: harness.redis.url }, prefix: env.BULLMQ_PREFIX });
    try {
      expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual([HOUSEKEEPING_SCHEDULER_ID]);
    } finally {
      await queue.close();
    }
  });
});
