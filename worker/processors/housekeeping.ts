/**
 * Periodic clean-up, scheduled with BullMQ's upsertJobScheduler (see ../schedule-housekeeping.ts) so
 * that it runs once per period across all worker processes, not once per process:
 * - archives DRAFT timetables of generations older than HOUSEKEEPING_ARCHIVE_AFTER_DAYS;
 * - fails jobs stuck RUNNING with no progress written for HOUSEKEEPING_STUCK_AFTER_MS (their worker
 *   died in a way BullMQ's stalled-job recovery could not repair, e.g. Redis data was lost);
 * - deletes UserSession rows revoked or unused for HOUSEKEEPING_SESSIONS_AFTER_DAYS (every sign-in
 *   adds one, and nothing else ever removes them).
 */
import { prisma } from "@/lib/db";
import { deleteOldUserSessions } from "@/lib/server/auth/delete-old-user-sessions";
import { failJob } from "@/lib/server/generation/job-lifecycle";

export interface HousekeepingOptions {
  archiveAfterDays: number;
  stuckAfterMs: number;
  sessionsAfterDays: number;
  now?: Date;
}

export interface HousekeepingResult {
  archivedTimetables: number;
  failedStuckJobs: string[];
  deletedSessions: number;
}

const DAY_MS = 24 * 60 * 60_000;

export async function runHousekeeping({ archiveAfterDays, stuckAfterMs, sessionsAfterDays, now = new Date() }: HousekeepingOptions): Promise<HousekeepingResult> {
  const archived = await prisma.timetable.updateMany({
    where: {
      status: "DRAFT",
      job: { createdAt: { lt: new Date(now.getTime() - archiveAfterDays * DAY_MS) } },
    },
    data: { status: "ARCHIVED", archivedAt: now },
  });

  // A running variant writes its row at least every couple of seconds: an hour of silence from the
  // job and every variant of it means nobody is working on it.
  const silentSince = new Date(now.getTime() - stuckAfterMs);
  const stuck = await prisma.generationJob.findMany({
    where: { status: "RUNNING", updatedAt: { lt: silentSince }, variants: { none: { updatedAt: { gte: silentSince } } } },
    select: { id: true },
  });
  const failedStuckJobs: string[] = [];
  for (const { id } of stuck) {
    const minutes = Math.round(stuckAfterMs / 60_000);
    if (await failJob(id, `No progress for over ${minutes} minutes: the worker running it was lost. Please start the generation again.`)) {
      failedStuckJobs.push(id);
    }
  }
  const deletedSessions = await deleteOldUserSessions({ olderThanDays: sessionsAfterDays, now });
  return { archivedTimetables: archived.count, failedStuckJobs, deletedSessions };
}
