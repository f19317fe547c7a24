// The query string shared by GET /api/timetable, /api/timetable.ics and /api/timetable.csv.
// Pure: the page's client components build the same query from these types.
import { z } from "zod";

export const VIEW_SCOPES = ["me", "department", "batch", "faculty", "room"] as const;
export type TViewScope = (typeof VIEW_SCOPES)[number];

const ZIdSchema = z.string().trim().min(1).max(64);

export const ZTimetableQuerySchema = z
  .object({
    scope: z.enum(VIEW_SCOPES).default("me"),
    id: ZIdSchema.optional(),
    termId: ZIdSchema.optional(),
    // A specific timetable (drafts and archived ones: registrars and admins only).
    timetableId: ZIdSchema.optional(),
  })
  .superRefine((query, ctx) => {
    // Every scope but "me" names what to show; without an id there is nothing to authorize against.
    if (query.scope !== "me" && !query.id) {
      ctx.addIssue({ code: "custom", path: ["id"], message: `is required when scope is "${query.scope}"` });
    }
  });

export type TTimetableQuery = z.output<typeof ZTimetableQuerySchema>;

/** Reads the query from a URL; empty values count as absent so `?termId=` behaves like no termId. */
export function parseTimetableQuery(searchParams: URLSearchParams): TTimetableQuery {
  const raw: Record<string, string> = {};
  for (const key of ["scope", "id", "termId", "timetableId"]) {
    const value = searchParams.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  return ZTimetableQuerySchema.parse(raw);
}
