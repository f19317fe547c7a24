// Turns "scope + id" from a request into the entries filter of one timetable view, after deciding
// (view-access-rules.ts) whether the viewer may see it. Unknown ids are NOT_FOUND; another
// department's batch, faculty member or room is FORBIDDEN.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TViewScope } from "./timetable-query.types";
import { decideViewAccess, type TimetableViewer, type ViewTarget } from "./view-access-rules";

export type ResolvedView = {
  scope: TViewScope;
  id: string | null;
  /** Shown above the grid and used as the calendar's name, e.g. "CSE-3A" or "Dr Rao". */
  label: string;
  /** Filters a timetable's entries down to this view (the timetable itself is filtered separately). */
  entryWhere: Prisma.TimetableEntryWhereInput;
  /** Makes calendar UIDs distinct per view, so two views imported into one calendar do not merge. */
  scopeKey: string;
};

export type ResolveViewScopeOptions = {
  viewer: TimetableViewer;
  scope: TViewScope;
  id?: string;
  /** The timetable being viewed: a room belongs to the departments whose offerings meet in it there. */
  timetableId: string;
};

type LoadedTarget = { target: ViewTarget; label: string; entryWhere: Prisma.TimetableEntryWhereInput };

function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}

/** The viewer's own teaching and/or classes. Needs no access check: it is built from their own id. */
async function resolveOwnView(viewer: TimetableViewer): Promise<LoadedTarget> {
  const user = await prisma.user.findUnique({
    where: { id: viewer.id },
    select: {
      name: true,
      faculty: { select: { id: true } },
      student: { select: { id: true, batchId: true, batch: { select: { code: true } } } },
    },
  });
  if (!user) throw notFound("User");
  const filters: Prisma.TimetableEntryWhereInput[] = [];
  if (user.faculty) filters.push({ facultyId: user.faculty.id });
  if (user.student) {
    filters.push({
      offering: {
        OR: [
          { batches: { some: { batchId: user.student.batchId } } },
          { extraStudents: { some: { studentId: user.student.id } } },
        ],
      },
    });
  }
  if (filters.length === 0) {
    throw new AppError("NOT_FOUND", "This account has no personal timetable (it neither teaches nor studies)");
  }
  const label = user.student ? `${user.name} (${user.student.batch.code})` : user.name;
  return { target: { scope: "me" }, label, entryWhere: filters.length === 1 ? filters[0] : { OR: filters } };
}

// The unsafe… reads below look a target up by id alone, skipping the scope check, and return only
// what the access rule needs: the caller must pass the result through decideViewAccess.

async function unsafeLoadDepartmentTarget(id: string): Promise<LoadedTarget> {
  const department = await prisma.department.findUnique({ where: { id }, select: { id: true, code: true } });
  if (!department) throw notFound("Department");
  return {
    target: { scope: "department", departmentId: department.id },
    label: department.code,
    // A department's week: what it teaches, what its batches attend, and what its faculty teach.
    entryWhere: {
      OR: [
        { offering: { subject: { departmentId: id } } },
        { offering: { batches: { some: { batch: { departmentId: id } } } } },
        { faculty: { departmentId: id } },
      ],
    },
  };
}

async function unsafeLoadBatchTarget(id: string): Promise<LoadedTarget> {
  const batch = await prisma.batch.findUnique({ where: { id }, select: { id: true, code: true, departmentId: true } });
  if (!batch) throw notFound("Batch");
  return {
    target: { scope: "batch", batchId: batch.id, departmentId: batch.departmentId },
    label: batch.code,
    entryWhere: { offering: { batches: { some: { batchId: id } } } },
  };
}

async function unsafeLoadFacultyTarget(id: string): Promise<LoadedTarget> {
  const faculty = await prisma.facultyProfile.findUnique({
    where: { id },
    select: { id: true, userId: true, departmentId: true, title: true, user: { select: { name: true } } },
  });
  if (!faculty) throw notFound("Faculty member");
  return {
    target: { scope: "faculty", facultyUserId: faculty.userId, departmentId: faculty.departmentId },
    label: faculty.title ? `${faculty.title} ${faculty.user.name}` : faculty.user.name,
    entryWhere: { facultyId: id },
  };
}

async function unsafeLoadRoomTarget(id: string, timetableId: string): Promise<LoadedTarget> {
  const room = await prisma.room.findUnique({ where: { id }, select: { id: true, code: true, departmentId: true } });
  if (!room) throw notFound("Room");
  const offeringsInRoom = await prisma.offering.findMany({
    where: { entries: { some: { roomId: id, timetableId } } },
    select: { subject: { select: { departmentId: true } }, batches: { select: { batch: { select: { departmentId: true } } } } },
  });
  const departmentIds = new Set<string>(room.departmentId ? [room.departmentId] : []);
  for (const offering of offeringsInRoom) {
    departmentIds.add(offering.subject.departmentId);
    for (const { batch } of offering.batches) departmentIds.add(batch.departmentId);
  }
  return { target: { scope: "room", departmentIds: [...departmentIds] }, label: room.code, entryWhere: { roomId: id } };
}

async function loadStudentBatchId(userId: string): Promise<string | null> {
  const student = await prisma.studentProfile.findUnique({ where: { userId }, select: { batchId: true } });
  return student?.batchId ?? null;
}

export async function resolveViewScope({ viewer, scope, id, timetableId }: ResolveViewScopeOptions): Promise<ResolvedView> {
  if (scope === "me") {
    const own = await resolveOwnView(viewer);
    return { scope, id: null, label: own.label, entryWhere: own.entryWhere, scopeKey: `me-${viewer.id}` };
  }
  if (!id) throw new AppError("UNPROCESSABLE", `id: is required when scope is "${scope}"`);

  const loaded =
    scope === "department"
      ? await unsafeLoadDepartmentTarget(id)
      : scope === "batch"
        ? await unsafeLoadBatchTarget(id)
        : scope === "faculty"
          ? await unsafeLoadFacultyTarget(id)
          : await unsafeLoadRoomTarget(id, timetableId);

  const studentBatchId = scope === "batch" && viewer.role === "STUDENT" ? await loadStudentBatchId(viewer.id) : null;
  const decision = decideViewAccess(viewer, loaded.target, { studentBatchId });
  if (!decision.allowed) throw new AppError("FORBIDDEN", decision.reason);

  return { scope, id, label: loaded.label, entryWhere: loaded.entryWhere, scopeKey: `${scope}-${id}` };
}
