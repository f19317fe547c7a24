/**
 * What changes between two timetables of one term: meetings moved, rooms changed, meetings added
 * and removed, the students and faculty whose week changes, and both scores. `againstId` is the
 * "before" (usually the published timetable), `timetableId` the "after" (a draft or a repair).
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { changedOfferingIds, pairMeetings, type MeetingSpot } from "@/lib/domain/pair-meetings";
import type { TTimetableDiff } from "@/lib/domain/timetable-changes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDayName } from "@/lib/domain/day-names";

export interface DiffTimetablesOptions {
  timetableId: string;
  againstId: string;
}

const timetableSelect = {
  id: true,
  termId: true,
  score: true,
  hardViolations: true,
  entries: {
    select: {
      id: true,
      offeringId: true,
      day: true,
      period: true,
      roomId: true,
      facultyId: true,
      room: { select: { code: true } },
      offering: { select: { subject: { select: { code: true } }, batches: { select: { batch: { select: { code: true } } } } } },
    },
  },
} satisfies Prisma.TimetableSelect;

type Entry = Prisma.TimetableEntryGetPayload<{ select: (typeof timetableSelect)["entries"]["select"] }>;
type Spot = MeetingSpot & { entry: Entry };

export async function diffTimetables({ timetableId, againstId }: DiffTimetablesOptions): Promise<TTimetableDiff> {
  const [after, before] = await Promise.all([
    prisma.timetable.findUnique({ where: { id: timetableId }, select: timetableSelect }),
    prisma.timetable.findUnique({ where: { id: againstId }, select: timetableSelect }),
  ]);
  if (!after) throw new AppError("NOT_FOUND", "Timetable not found");
  if (!before) throw new AppError("NOT_FOUND", "against: no timetable with that id");
  if (before.termId !== after.termId) throw new AppError("UNPROCESSABLE", "against: that timetable belongs to another term");

  const periods = await prisma.period.findMany({ where: { termId: after.termId }, select: { index: true, startTime: true } });
  const startTime = new Map(periods.map((p) => [p.index, p.startTime]));
  const spots = (entries: Entry[]): Spot[] => entries.map((entry) => ({ offeringId: entry.offeringId, day: entry.day, period: entry.period, roomId: entry.roomId, entry }));
  const pairs = pairMeetings(spots(before.entries), spots(after.entries));

  const where = (e: Entry) => ({ day: e.day, dayName: isoDayName(e.day), period: e.period, startTime: startTime.get(e.period) ?? `P${e.period + 1}`, roomId: e.roomId, roomName: e.room.code });
  const describe = (id: Entry, from: Entry | null, to: Entry | null) => ({
    meetingId: id.id,
    offeringId: id.offeringId,
    subjectCode: id.offering.subject.code,
    batchCodes: id.offering.batches.map((b) => b.batch.code).sort(),
    from: from && where(from),
    to: to && where(to),
  });
  const changed = [...changedOfferingIds(pairs)];
  const facultyIds = new Set<string>();
  for (const e of [...before.entries, ...after.entries]) if (e.facultyId && changed.includes(e.offeringId)) facultyIds.add(e.facultyId);
  const studentsAffected = changed.length === 0 ? 0 : await countStudentsOf(changed);

  return {
    timetableId,
    againstId,
    moved: pairs.moved.map((p) => describe(p.after.entry, p.before.entry, p.after.entry)),
    roomChanged: pairs.roomChanged.map((p) => describe(p.after.entry, p.before.entry, p.after.entry)),
    added: pairs.added.map((m) => describe(m.entry, null, m.entry)),
    removed: pairs.removed.map((m) => describe(m.entry, m.entry, null)),
    studentsAffected,
    facultyAffected: facultyIds.size,
    scoreBefore: before.score,
    scoreAfter: after.score,
    hardBefore: before.hardViolations,
    hardAfter: after.hardViolations,
  };
}

/** Students of the offerings' batches plus those who take one of them as an extra, each once. */
function countStudentsOf(offeringIds: string[]): Promise<number> {
  return prisma.studentProfile.count({
    where: {
      OR: [{ batch: { offerings: { some: { offeringId: { in: offeringIds } } } } }, { extraOfferings: { some: { offeringId: { in: offeringIds } } } }],
    },
  });
}
