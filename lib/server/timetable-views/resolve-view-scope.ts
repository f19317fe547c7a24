// Turns "scope + id" from a request into the entries filter of one timetable view, after deciding
// (view-access-rules.ts) whether the viewer may see it. Unknown ids are NOT_FOUND; another
// department's batch, faculty member or room is FORBIDDEN.
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { TViewScope } from "@/lib/domain/timetable-query";
import { decideViewAccess, type TimetableViewer, type ViewTarget } from "./view-access-rules";
import type { ViewEntryCondition, ViewEntryFilter } from "./view-entry-filter";

export type ResolvedView = {
  scope: TViewScope;
  id: string | null;
  /** Shown above the grid and used as the calendar's name, e.g. "CSE-3A" or "Dr Rao". */
  label: string;
  /** Which entries of the viewed timetable belong to this view. */
  filter: ViewEntryFilter;
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

type LoadedTarget = { target: ViewTarget; label: string; filter: ViewEntryFilter };

function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}

type OwnProfileRow = { name: string; facultyId: string | null; studentId: string | null; batchId: string | null; batchCode: string | null };

/** The viewer's own teaching and/or classes. Needs no access check: it is built from their own id. */
async function resolveOwnView(viewer: TimetableViewer): Promise<LoadedTarget> {
  // One query for the user and both profiles: this runs on every personal view and feed request.
  const [own] = await prisma.$queryRaw<OwnProfileRow[]>`
    SELECT u."name", fp."id" AS "facultyId", sp."id" AS "studentId", sp."batchId", b."code" AS "batchCode"
    FROM "User" u
    LEFT JOIN "FacultyProfile" fp ON fp."userId" = u."id"
    LEFT JOIN "StudentProfile" sp ON sp."userId" = u."id"
    LEFT JOIN "Batch" b ON b."id" = sp."batchId"
    WHERE u."id" = ${viewer.id}`;
  if (!own) throw notFound("User");
  const conditions: ViewEntryCondition[] = [];
  if (own.facultyId) conditions.push({ kind: "faculty", facultyId: own.facultyId });
  if (own.studentId && own.batchId) {
    conditions.push({ kind: "batch", batchId: own.batchId }, { kind: "extraStudent", studentId: own.studentId });
  }
  if (conditions.length === 0) {
    throw new AppError("NOT_FOUND", "This account has no personal timetable (it neither teaches nor studies)");
  }
  const label = own.batchCode ? `${own.name} (${own.batchCode})` : own.name;
  return { target: { scope: "me" }, label, filter: { anyOf: conditions } };
}

// The unsafe… reads below look a target up by id alone, skipping the scope check, and return only
// what the access rule needs: the caller must pass the result through decideViewAccess.

async function unsafeLoadDepartmentTarget(id: string): Promise<LoadedTarget> {
  const department = await prisma.department.findUnique({ where: { id }, select: { id: true, code: true } });
  if (!department) throw notFound("Department");
  return {
    target: { scope: "department", departmentId: department.id },
    label: department.code,
    filter: { anyOf: [{ kind: "department", departmentId: id }] },
  };
}

async function unsafeLoadBatchTarget(id: string): Promise<LoadedTarget> {
  const batch = await prisma.batch.findUnique({ where: { id }, select: { id: true, code: true, departmentId: true } });
  if (!batch) throw notFound("Batch");
  return {
    target: { scope: "batch", batchId: batch.id, departmentId: batch.departmentId },
    label: batch.code,
    filter: { anyOf: [{ kind: "batch", batchId: id }] },
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
    filter: { anyOf: [{ kind: "faculty", facultyId: id }] },
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
  return { target: { scope: "room", departmentIds: [...departmentIds] }, label: room.code, filter: { anyOf: [{ kind: "room", roomId: id }] } };
}

async function loadStudentBatchId(userId: string): Promise<string | null> {
  const student = await prisma.studentProfile.findUnique({ where: { userId }, select: { batchId: true } });
  return student?.batchId ?? null;
}

export async function resolveViewScope({ viewer, scope, id, timetableId }: ResolveViewScopeOptions): Promise<ResolvedView> {
  if (scope === "me") {
    const own = await resolveOwnView(viewer);
    return { scope, id: null, label: own.label, filter: own.filter, scopeKey: `me-${viewer.id}` };
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

  return { scope, id, label: loaded.label, filter: loaded.filter, scopeKey: `${scope}-${id}` };
}
