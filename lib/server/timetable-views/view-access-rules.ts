// Who may see which timetable view, as a pure function of the viewer and the departments the
// requested thing belongs to. The database lookups live in resolve-view-scope.ts; keeping the rule
// here lets the whole role matrix be unit-tested without a database.
//
// The rule follows the permission table in lib/auth/roles.ts rather than role names, so a role that
// gains "timetable.viewDepartment" gets department views without touching this file.
import "server-only";
import { hasPermission, type Role } from "@/lib/auth/roles";

/** The parts of a SessionUser the rules need (SessionUser satisfies it structurally). */
export type TimetableViewer = { id: string; role: Role; departmentId: string | null };

/** What was asked for, with the departments it belongs to (already looked up). */
export type ViewTarget =
  | { scope: "me" }
  | { scope: "department"; departmentId: string }
  | { scope: "batch"; batchId: string; departmentId: string }
  | { scope: "faculty"; facultyUserId: string; departmentId: string }
  // A room belongs to its owning department and to every department whose offerings meet in it.
  | { scope: "room"; departmentIds: readonly string[] };

/** The viewer's own student batch, when they are a student (a student may open their batch view). */
export type ViewerAffiliation = { studentBatchId: string | null };

export type ViewAccessDecision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: ViewAccessDecision = { allowed: true };

function deny(reason: string): ViewAccessDecision {
  return { allowed: false, reason };
}

function isOwnTarget(viewer: TimetableViewer, target: ViewTarget, affiliation: ViewerAffiliation): boolean {
  switch (target.scope) {
    case "me":
      return true;
    case "faculty":
      return target.facultyUserId === viewer.id;
    case "batch":
      return affiliation.studentBatchId !== null && target.batchId === affiliation.studentBatchId;
    default:
      return false;
  }
}

function belongsToDepartment(target: ViewTarget, departmentId: string): boolean {
  switch (target.scope) {
    case "me":
      return true;
    case "department":
    case "batch":
    case "faculty":
      return target.departmentId === departmentId;
    case "room":
      return target.departmentIds.includes(departmentId);
  }
}

export function decideViewAccess(
  viewer: TimetableViewer,
  target: ViewTarget,
  affiliation: ViewerAffiliation = { studentBatchId: null },
): ViewAccessDecision {
  if (hasPermission(viewer.role, "timetable.viewAny")) return ALLOW;
  if (isOwnTarget(viewer, target, affiliation)) {
    return hasPermission(viewer.role, "timetable.viewOwn") ? ALLOW : deny("You may not view timetables");
  }
  if (hasPermission(viewer.role, "timetable.viewDepartment")) {
    if (viewer.departmentId && belongsToDepartment(target, viewer.departmentId)) return ALLOW;
    return deny("This belongs to another department");
  }
  return deny("You may only view your own timetable");
}
