/**
 * A saved timetable (any status) with everything the review page shows: the term's week, every entry
 * with display names, the batches, faculty and rooms it involves (for the picker), and the soft
 * violations. Plain data, ready to pass to a client component.
 *
 * Drafts are visible to registrars and admins only; the page requires timetable.viewAny.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { facultyDisplayName } from "@/lib/server/generation/map-solver-input";
import { isoDayName } from "@/lib/domain/day-names";
import { toStatusView } from "@/lib/domain/generation-status";
import { numberRecordFromJson } from "@/lib/server/generation/stored-job-json";
import type { ReviewEntry, ReviewViolation, TimetableForReview } from "@/lib/domain/timetable-review";

function violationsFromJson(value: unknown): ReviewViolation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const v = item as Partial<ReviewViolation> | null;
    return v && typeof v.message === "string"
      ? [{ constraint: String(v.constraint ?? "other"), cost: typeof v.cost === "number" ? v.cost : 0, message: v.message }]
      : [];
  });
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

export async function getTimetableForReview({ id }: { id: string }): Promise<TimetableForReview> {
  const timetable = await prisma.timetable.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      status: true,
      termId: true,
      jobId: true,
      score: true,
      hardViolations: true,
      breakdown: true,
      violations: true,
      createdAt: true,
      publishedAt: true,
      term: {
        select: { name: true, workingDays: true, periods: { orderBy: { index: "asc" }, select: { index: true, startTime: true, endTime: true } } },
      },
      entries: {
        orderBy: [{ day: "asc" }, { period: "asc" }],
        select: {
          id: true,
          offeringId: true,
          day: true,
          period: true,
          length: true,
          facultyId: true,
          room: { select: { id: true, code: true } },
          faculty: { select: { title: true, user: { select: { name: true } } } },
          offering: {
            select: {
              subject: { select: { code: true, name: true } },
              batches: { select: { batch: { select: { id: true, code: true } } }, orderBy: { batchId: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");

  const entries: ReviewEntry[] = timetable.entries.map((entry) => {
    const batches = entry.offering.batches.map((b) => b.batch);
    return {
      id: entry.id,
      offeringId: entry.offeringId,
      day: entry.day,
      period: entry.period,
      length: entry.length,
      subjectCode: entry.offering.subject.code,
      subjectName: entry.offering.subject.name,
      batchIds: batches.map((b) => b.id),
      batchCodes: batches.map((b) => b.code),
      facultyId: entry.facultyId,
      facultyName: entry.faculty ? facultyDisplayName(entry.faculty.title, entry.faculty.user.name) : null,
      roomId: entry.room.id,
      roomCode: entry.room.code,
    };
  });

  const batches = new Map<string, string>();
  const faculty = new Map<string, string>();
  const rooms = new Map<string, string>();
  for (const entry of entries) {
    entry.batchIds.forEach((batchId, i) => batches.set(batchId, entry.batchCodes[i]));
    if (entry.facultyId && entry.facultyName) faculty.set(entry.facultyId, entry.facultyName);
    rooms.set(entry.roomId, entry.roomCode);
  }
  const options = (map: Map<string, string>) => [...map].map(([optionId, label]) => ({ id: optionId, label })).sort(byLabel);

  return {
    id: timetable.id,
    name: timetable.name,
    status: toStatusView(timetable.status),
    termId: timetable.termId,
    termName: timetable.term.name,
    jobId: timetable.jobId,
    score: timetable.score,
    hardViolations: timetable.hardViolations,
    breakdown: numberRecordFromJson(timetable.breakdown) ?? {},
    createdAt: timetable.createdAt.toISOString(),
    publishedAt: timetable.publishedAt?.toISOString() ?? null,
    days: [...timetable.term.workingDays].sort((a, b) => a - b).map((day) => ({ day, label: isoDayName(day) })),
    periods: timetable.term.periods,
    entries,
    batches: options(batches),
    faculty: options(faculty),
    rooms: options(rooms),
    violations: violationsFromJson(timetable.violations).sort((a, b) => b.cost - a.cost),
  };
}
