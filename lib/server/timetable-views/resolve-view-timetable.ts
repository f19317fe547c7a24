// Which timetable a view shows: an explicit timetableId (drafts and archived ones only for those
// who may view any timetable), else the published timetable of termId, else the published
// timetable of the most recent term that has one.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { hasPermission } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TimetableViewer } from "./view-access-rules";

export const viewTimetableSelect = {
  id: true,
  name: true,
  status: true,
  publishedAt: true,
  term: {
    select: {
      id: true,
      name: true,
      firstDay: true,
      lastDay: true,
      timezone: true,
      workingDays: true,
      periods: { select: { index: true, startTime: true, endTime: true }, orderBy: { index: "asc" } },
    },
  },
} satisfies Prisma.TimetableSelect;

export type ViewTimetable = Prisma.TimetableGetPayload<{ select: typeof viewTimetableSelect }>;

export type ResolveViewTimetableOptions = {
  viewer: TimetableViewer;
  termId?: string;
  timetableId?: string;
};

export async function resolveViewTimetable({ viewer, termId, timetableId }: ResolveViewTimetableOptions): Promise<ViewTimetable> {
  if (timetableId) {
    const timetable = await prisma.timetable.findUnique({ where: { id: timetableId }, select: viewTimetableSelect });
    if (!timetable || (termId && timetable.term.id !== termId)) throw new AppError("NOT_FOUND", "Timetable not found");
    if (timetable.status !== "PUBLISHED" && !hasPermission(viewer.role, "timetable.viewAny")) {
      throw new AppError("FORBIDDEN", "Only registrars and administrators may view unpublished timetables");
    }
    return timetable;
  }

  if (termId) {
    const term = await prisma.term.findUnique({ where: { id: termId }, select: { id: true } });
    if (!term) throw new AppError("NOT_FOUND", "Term not found");
  }
  // Publishing archives the previous one, so there is at most one PUBLISHED per term; ordering by
  // publishedAt still picks the newest should two ever overlap during a publication.
  const published = await prisma.timetable.findFirst({
    where: { status: "PUBLISHED", ...(termId ? { termId } : {}) },
    orderBy: [{ term: { firstDay: "desc" } }, { publishedAt: "desc" }],
    select: viewTimetableSelect,
  });
  if (!published) {
    throw new AppError("NOT_FOUND", termId ? "No timetable has been published for this term yet" : "No timetable has been published yet");
  }
  return published;
}
