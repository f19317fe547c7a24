// The view /timetable opens with: the query in the URL when it is valid, else a sensible default
// per role (own week for faculty and students, own department for a head of department, the first
// department for registrars and admins, who rarely have a week of their own).
import { hasPermission, type Role } from "@/lib/auth/roles";
import { choicesForTerm, type ViewChoices } from "@/lib/domain/view-choices";
import { ZTimetableQuerySchema, type TTimetableQuery } from "@/lib/domain/timetable-query";
import type { TimetableQueryInput } from "./timetable-query-string";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Roles that usually have a week of their own (a head of department normally also teaches). */
export function hasOwnWeek(role: Role): boolean {
  return role === "FACULTY" || role === "STUDENT" || role === "HOD";
}

export function parseSearchParamsQuery(searchParams: RawSearchParams): TTimetableQuery | null {
  const raw: Record<string, string> = {};
  for (const key of ["scope", "id", "termId", "timetableId"]) {
    const value = searchParams[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) raw[key] = first;
  }
  if (!raw.scope) return null;
  const parsed = ZTimetableQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function initialTimetableQuery(
  user: { role: Role; departmentId: string | null },
  searchParams: RawSearchParams,
  choices: ViewChoices,
): TimetableQueryInput {
  const fromUrl = parseSearchParamsQuery(searchParams);
  if (fromUrl) return fromUrl;
  if (hasPermission(user.role, "timetable.viewAny")) return { scope: "department", id: choicesForTerm(choices).departments[0]?.id };
  if (user.role === "HOD" && user.departmentId) return { scope: "department", id: user.departmentId };
  return { scope: "me" };
}
