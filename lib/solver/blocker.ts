import type { Blocker, SolverResult } from "./types";

/** Builds a Blocker with empty id lists for the kinds of entity it does not name. */
export function blocker(kind: string, message: string, ids: Partial<Omit<Blocker, "kind" | "message">>): Blocker {
  return { kind, message, offeringIds: ids.offeringIds ?? [], facultyIds: ids.facultyIds ?? [], groupIds: ids.groupIds ?? [], roomIds: ids.roomIds ?? [] };
}

/** When the counting checks found nothing but the search still left hard violations, say which. */
export function searchBlockers(breakdown: SolverResult["hardBreakdown"]): Blocker[] {
  const parts = Object.entries(breakdown)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  return [blocker("noFeasibleTimetableFound", `The search found no timetable without hard violations in the time given (${parts})`, {})];
}
