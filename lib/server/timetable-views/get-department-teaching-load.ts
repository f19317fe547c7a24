// A department's teaching load in the published timetable, for its head's home page: each faculty
// member's periods a week and busiest day against their limits (summarise-teaching-load.ts).
// Access is the department view's rule: its own head, registrars and administrators.
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { resolveViewTimetable, type ViewTimetable } from "./resolve-view-timetable";
import type { FacultyLoad } from "@/lib/domain/department-views";
import { summariseTeachingLoad } from "./summarise-teaching-load";
import { decideViewAccess, type TimetableViewer } from "./view-access-rules";

export interface DepartmentTeachingLoad {
  timetable: Pick<ViewTimetable, "id" | "name" | "publishedAt" | "term">;
  faculty: FacultyLoad[];
}

/** Null while no timetable has been published. */
export async function getDepartmentTeachingLoad({ viewer, departmentId }: { viewer: TimetableViewer; departmentId: string }): Promise<DepartmentTeachingLoad | null> {
  const decision = decideViewAccess(viewer, { scope: "department", departmentId });
  if (!decision.allowed) throw new AppError("FORBIDDEN", decision.reason);

  const timetable = await resolveViewTimetable({ viewer }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!timetable) return null;

  const [faculty, entries] = await Promise.all([
    prisma.facultyProfile.findMany({
      where: { departmentId },
      select: { id: true, title: true, maxPeriodsPerDay: true, maxPeriodsPerWeek: true, user: { select: { name: true } } },
    }),
    prisma.timetableEntry.findMany({
      where: { timetableId: timetable.id, faculty: { departmentId } },
      select: { facultyId: true, offeringId: true, day: true, length: true },
    }),
  ]);
  return {
    timetable,
    faculty: summariseTeachingLoad(
      faculty.map((f) => ({ id: f.id, name: f.title ? `${f.title} ${f.user.name}` : f.user.name, maxPeriodsPerDay: f.maxPeriodsPerDay, maxPeriodsPerWeek: f.maxPeriodsPerWeek })),
      entries,
    ),
  };
}
