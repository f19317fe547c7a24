// Roles and what each may do, written as data so the server guards (requirePageUser, withAuth) and
// the UI (hiding links a role cannot use) read the same table.
//
// No next-auth or server-only import here: client components and tsx scripts import this file too.
import { Role } from "@/lib/generated/prisma/enums";

export { Role };

export const ROLES = Object.values(Role) as readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Where each role lands after signing in, and where "/" sends it. */
export const ROLE_HOME: Record<Role, string> = {
  ADMIN: "/admin",
  REGISTRAR: "/admin",
  HOD: "/hod",
  FACULTY: "/faculty",
  STUDENT: "/student",
};

/** Human-readable role names for headers and badges. */
export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Administrator",
  REGISTRAR: "Registrar",
  HOD: "Head of department",
  FACULTY: "Faculty",
  STUDENT: "Student",
};

export type Permission =
  | "data.manage" // edit terms, rooms, faculty, batches, offerings
  | "timetable.generate" // start and cancel generation jobs
  | "timetable.publish" // publish or archive a timetable variant
  | "timetable.edit" // edit a draft by hand (the editor), or start a draft from the published timetable
  | "timetable.viewAny" // every department's timetables, drafts included
  | "timetable.viewDepartment" // the published timetable of one's own department
  | "timetable.viewOwn" // one's own week (faculty teaching, student batch)
  | "audit.view"
  | "jobs.view"
  | "queue.manage" // the BullMQ queue's jobs: list them with their errors, retry failed ones
  | "users.manage"; // deactivate and reactivate accounts, end a user's sessions

export const PERMISSIONS: Record<Role, Permission[]> = {
  ADMIN: [
    "data.manage",
    "timetable.generate",
    "timetable.publish",
    "timetable.edit",
    "timetable.viewAny",
    "timetable.viewDepartment",
    "timetable.viewOwn",
    "audit.view",
    "jobs.view",
    "queue.manage",
    "users.manage",
  ],
  // The registrar runs the term's timetabling end to end; only audit is kept to ADMIN.
  REGISTRAR: [
    "data.manage",
    "timetable.generate",
    "timetable.publish",
    "timetable.edit",
    "timetable.viewAny",
    "timetable.viewDepartment",
    "timetable.viewOwn",
    "jobs.view",
  ],
  HOD: ["timetable.viewDepartment", "timetable.viewOwn"],
  FACULTY: ["timetable.viewOwn"],
  STUDENT: ["timetable.viewOwn"],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role]?.includes(permission) ?? false;
}

export type AccessRequirement = { roles?: readonly Role[]; permission?: Permission };

/**
 * True when the role satisfies every given requirement (both the role list and the permission,
 * when both are given). No requirement means any signed-in user is allowed.
 */
export function isAllowed(role: Role, requirement: AccessRequirement = {}): boolean {
  if (requirement.roles && !requirement.roles.includes(role)) return false;
  if (requirement.permission && !hasPermission(role, requirement.permission)) return false;
  return true;
}
