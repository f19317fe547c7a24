// The header's links per role, filtered by the same permission table as the server guards.
import { hasPermission, ROLE_HOME, type Permission, type Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string };

const PERMISSION_NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/timetable", label: "Timetable", permission: "timetable.viewOwn" },
  { href: "/admin/data", label: "Data", permission: "data.manage" },
  { href: "/admin/generate", label: "Generate", permission: "timetable.generate" },
  { href: "/admin/jobs", label: "Jobs", permission: "jobs.view" },
  { href: "/admin/timetables", label: "Timetables", permission: "timetable.viewAny" },
  { href: "/admin/queue", label: "Queue", permission: "queue.manage" },
  { href: "/admin/users", label: "Users", permission: "users.manage" },
  { href: "/admin/audit", label: "Audit", permission: "audit.view" },
];

export function navItemsFor(role: Role): NavItem[] {
  const home = { href: ROLE_HOME[role], label: "Home" };
  const extra = PERMISSION_NAV.filter((item) => hasPermission(role, item.permission));
  return [home, ...extra.map(({ href, label }) => ({ href, label }))];
}
