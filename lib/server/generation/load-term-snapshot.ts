/**
 * Reads one term's data for a generation run, limited to the job's scope, as a plain TermSnapshot.
 *
 * Scope: no departments means the whole institution; otherwise the offerings whose subject belongs
 * to one of the departments. Rooms are exactly the term's listed rooms (TermRoom; none listed, no
 * rooms), so another term's rooms never turn up in it; the scope never narrows rooms. Faculty, batches and students
 * are those the offerings reach.
 *
 * A scoped run keeps everything else of the term's published timetable: those offerings come along
 * with every published meeting pinned where it is. Why: publishing replaces the term's whole
 * published timetable, so a "CSE only" variant must still contain the other departments' classes,
 * and CSE's new classes must not clash with them (shared rooms, shared faculty, shared batches).
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SnapshotFixedSlot, TermSnapshot } from "./term-snapshot";

export interface LoadTermSnapshotOptions {
  termId: string;
  departmentIds: string[];
  client?: Prisma.TransactionClient;
}

const cell = { day: true, period: true } as const;

const offeringSelect = {
  id: true,
  facultyId: true,
  meetingsPerWeek: true,
  meetingLength: true,
  minDays: true,
  expectedSize: true,
  roomType: true,
  subject: { select: { code: true, name: true, roomType: true } },
  batches: { select: { batchId: true }, orderBy: { batchId: "asc" } },
  unavailable: { select: cell },
} satisfies Prisma.OfferingSelect;

export async function loadTermSnapshot({ termId, departmentIds, client = prisma }: LoadTermSnapshotOptions): Promise<TermSnapshot> {
  const term = await client.term.findUnique({
    where: { id: termId },
    select: {
      id: true,
      workingDays: true,
      periods: { select: { index: true, startTime: true, endTime: true }, orderBy: { index: "asc" } },
    },
  });
  if (!term) throw new AppError("NOT_FOUND", `Term ${termId} not found`);

  const scoped = await client.offering.findMany({
    where: { termId, ...(departmentIds.length > 0 ? { subject: { departmentId: { in: departmentIds } } } : {}) },
    select: offeringSelect,
    // A stable order keeps a seeded run reproducible on the same data.
    orderBy: [{ subject: { code: "asc" } }, { id: "asc" }],
  });
  const kept = departmentIds.length > 0 ? await loadKeptPublishedMeetings(client, termId, new Set(scoped.map((o) => o.id))) : NOTHING_KEPT;
  const offerings = [...scoped, ...kept.offerings];
  const offeringIds = offerings.map((o) => o.id);
  const scopedIds = scoped.map((o) => o.id);
  const facultyIds = [...new Set(offerings.flatMap((o) => (o.facultyId ? [o.facultyId] : [])))];
  const batchIds = [...new Set(offerings.flatMap((o) => o.batches.map((b) => b.batchId)))];

  const [rooms, faculty, batches, students, fixedSlots] = await Promise.all([
    client.room.findMany({
      where: { terms: { some: { termId } } },
      select: { id: true, code: true, capacity: true, type: true, unavailable: { select: cell } },
      orderBy: { code: "asc" },
    }),
    client.facultyProfile.findMany({
      where: { id: { in: facultyIds } },
      select: {
        id: true,
        title: true,
        maxPeriodsPerDay: true,
        maxPeriodsPerWeek: true,
        avoidBackToBack: true,
        user: { select: { name: true } },
        slots: { select: { day: true, period: true, preference: true } },
      },
      orderBy: { id: "asc" },
    }),
    client.batch.findMany({ where: { id: { in: batchIds } }, select: { id: true, code: true, size: true }, orderBy: { code: "asc" } }),
    // Only students who take an extra offering in scope can add a clash set beyond their batch's.
    client.studentProfile.findMany({
      where: { batchId: { in: batchIds }, extraOfferings: { some: { offeringId: { in: offeringIds } } } },
      select: { batchId: true, extraOfferings: { select: { offeringId: true } } },
    }),
    // Kept offerings are pinned by their published meetings instead of the registrar's pins.
    client.fixedSlot.findMany({
      where: { termId, offeringId: { in: scopedIds } },
      select: { offeringId: true, meetingIndex: true, day: true, period: true, roomId: true },
      orderBy: [{ offeringId: "asc" }, { id: "asc" }],
    }),
  ]);

  return {
    termId,
    workingDays: term.workingDays,
    periods: term.periods,
    rooms,
    faculty: faculty.map(({ user, ...member }) => ({ ...member, name: user.name })),
    batches,
    offerings: offerings.map(({ subject, batches: offeringBatches, ...offering }) => ({
      ...offering,
      subjectCode: subject.code,
      subjectName: subject.name,
      subjectRoomType: subject.roomType,
      batchIds: offeringBatches.map((b) => b.batchId),
    })),
    students: students.map((s) => ({ batchId: s.batchId, extraOfferingIds: s.extraOfferings.map((e) => e.offeringId) })),
    fixedSlots: [...fixedSlots, ...kept.pins],
  };
}

type OfferingRow = Prisma.OfferingGetPayload<{ select: typeof offeringSelect }>;

interface KeptPublishedMeetings {
  offerings: OfferingRow[];
  pins: SnapshotFixedSlot[];
}

const NOTHING_KEPT: KeptPublishedMeetings = { offerings: [], pins: [] };

/** The term's published meetings of offerings outside the scope, as pins with their rooms. */
async function loadKeptPublishedMeetings(
  client: Prisma.TransactionClient,
  termId: string,
  scopedIds: Set<string>,
): Promise<KeptPublishedMeetings> {
  const published = await client.timetable.findFirst({ where: { termId, status: "PUBLISHED" }, select: { id: true } });
  if (!published) return NOTHING_KEPT;
  const entries = await client.timetableEntry.findMany({
    where: { timetableId: published.id },
    select: { offeringId: true, meetingIndex: true, day: true, period: true, roomId: true },
    orderBy: [{ offeringId: "asc" }, { meetingIndex: "asc" }],
  });
  const keptEntries = entries.filter((entry) => !scopedIds.has(entry.offeringId));
  if (keptEntries.length === 0) return NOTHING_KEPT;
  const offerings = await client.offering.findMany({
    // termId too: an entry can only point at its own term's offerings, but say so rather than trust it.
    where: { termId, id: { in: [...new Set(keptEntries.map((e) => e.offeringId))] } },
    select: offeringSelect,
    orderBy: [{ subject: { code: "asc" } }, { id: "asc" }],
  });
  // An offering whose meetings per week dropped since publishing keeps only the meetings it still has.
  const meetingsOf = new Map(offerings.map((o) => [o.id, o.meetingsPerWeek]));
  const pins = keptEntries.filter((entry) => entry.meetingIndex < (meetingsOf.get(entry.offeringId) ?? 0));
  return { offerings, pins };
}
