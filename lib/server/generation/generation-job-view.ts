/**
 * The JSON-ready shapes the job pages and /api/jobs read: statuses in lower case, dates as ISO
 * strings, and the solver's explanation as Blocker objects. Shared by get-generation-job and
 * list-generation-jobs so the list and the detail page name things the same way.
 */
import { z } from "zod";
import type { JobStatus, VariantStatus } from "@/lib/generated/prisma/client";
import type { Blocker } from "@/lib/solver/types";

export type JobStatusView = Lowercase<JobStatus>;
export type VariantStatusView = Lowercase<VariantStatus>;

export const toStatusView = <S extends string>(status: S) => status.toLowerCase() as Lowercase<S>;

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
