/**
 * Readers of what the worker stores as JSON (the solver's explanation, per-constraint figures) and
 * of row dates, in the shapes the job views and the timetable review send. Shared by
 * get-generation-job, list-generation-jobs and get-timetable-for-review.
 */
import "server-only";
import { z } from "zod";
import type { Blocker } from "@/lib/solver/types";

const ids = z.array(z.string()).catch([]);

/** Lenient: errorDetails is JSON written by the worker; anything unrecognised is left out rather than failing the page. */
const ZStoredBlockerSchema = z.object({
  kind: z.string().catch("unknown"),
  message: z.string(),
  offeringIds: ids,
  facultyIds: ids,
  groupIds: ids,
  roomIds: ids,
});

export function blockersFromJson(value: unknown): Blocker[] | null {
  if (!Array.isArray(value)) return null;
  const blockers = value.flatMap((item) => {
    const parsed = ZStoredBlockerSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return blockers.length > 0 ? blockers : null;
}

export function numberRecordFromJson(value: unknown): Record<string, number> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

export function secondsBetween(from: Date | null, to: Date | null): number | null {
  if (!from || !to) return null;
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}
