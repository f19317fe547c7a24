import type { Blocker } from "./types";

/** Builds a Blocker with empty id lists for the kinds of entity it does not name. */
export function blocker(kind: string, message: string, ids: Partial<Omit<Blocker, "kind" | "message">>): Blocker {
  return { kind, message, offeringIds: ids.offeringIds ?? [], facultyIds: ids.facultyIds ?? [], groupIds: ids.groupIds ?? [], roomIds: ids.roomIds ?? [] };
}
