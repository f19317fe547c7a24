/**
 * The HTTP contract of checking, diffing and repairing a timetable (issue 12), written once: the
 * route handlers validate what they send with these schemas and the pages read the same types.
 * Pure zod, no server imports.
 */
import { z } from "zod";

/** Where a meeting is: ISO weekday and the term's period index, with labels for people. */
export const ZMeetingWhereSchema = z.object({
  day: z.number().int(),
  dayName: z.string(),
  period: z.number().int(),
  startTime: z.string(),
  roomId: z.string(),
  roomName: z.string(),
});

export const ZDiffMeetingSchema = z.object({
  /** The TimetableEntry id in the timetable being looked at (in the other one for a removed meeting). */
  meetingId: z.string(),
  offeringId: z.string(),
  subjectCode: z.string(),
  batchCodes: z.array(z.string()),
  from: ZMeetingWhereSchema.nullable(),
  to: ZMeetingWhereSchema.nullable(),
});

/** GET /api/timetables/:id/diff?against=:otherId: what changes from `against` to `id`. */
export const ZTimetableDiffSchema = z.object({
  timetableId: z.string(),
  againstId: z.string(),
  moved: z.array(ZDiffMeetingSchema),
  roomChanged: z.array(ZDiffMeetingSchema),
  added: z.array(ZDiffMeetingSchema),
  removed: z.array(ZDiffMeetingSchema),
  studentsAffected: z.number().int(),
  facultyAffected: z.number().int(),
  scoreBefore: z.number(),
  scoreAfter: z.number(),
  hardBefore: z.number().int(),
  hardAfter: z.number().int(),
});
export type TTimetableDiff = z.infer<typeof ZTimetableDiffSchema>;

export const ZDiffQuerySchema = z.object({ against: z.string().min(1, "against: give the id of the timetable to compare with") });

/** GET /api/timetables/:id/check: the timetable re-evaluated against the term's current data. */
export const ZTimetableCheckSchema = z.object({
  timetableId: z.string(),
  status: z.enum(["draft", "published", "archived"]),
  /** True when it has no hard violation and every meeting of the term's offerings is placed. */
  valid: z.boolean(),
  hardViolations: z.number().int(),
  /** One line per problem, in the editor's words (lib/solver/hard-messages.ts). */
  violations: z.array(z.object({ kind: z.string(), message: z.string(), offeringIds: z.array(z.string()) })),
  /** Offerings with meetings the timetable does not place (typically added since it was made). */
  unplaced: z.array(z.object({ offeringId: z.string(), name: z.string(), meetings: z.number().int() })),
  /** Soft score under the current data, and as stored when the timetable was made or last edited. */
  score: z.number(),
  storedScore: z.number(),
  checkedAt: z.string(),
});
export type TTimetableCheck = z.infer<typeof ZTimetableCheckSchema>;

export const REPAIR_SECONDS = { min: 1, max: 600, default: 30 } as const;

/** POST /api/timetables/:id/repair */
export const ZRepairRequestSchema = z.object({
  secondsLimit: z.number().int().min(REPAIR_SECONDS.min).max(REPAIR_SECONDS.max).default(REPAIR_SECONDS.default),
  keep: z.enum(["time", "time-and-room"]).default("time-and-room"),
});
export type TRepairRequest = z.infer<typeof ZRepairRequestSchema>;

export const ZRepairResponseSchema = z.object({ jobId: z.string(), enqueued: z.boolean() });

/** GET /api/timetables/:id/publish: what publishing it would change, for the confirmation. */
export const ZPublicationPreviewSchema = z.object({
  timetableId: z.string(),
  name: z.string(),
  status: z.enum(["draft", "published", "archived"]),
  /** The term's currently published timetable, which publishing would replace (archive). */
  published: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** From the published timetable to this one; null when nothing is published yet. */
  diff: ZTimetableDiffSchema.nullable(),
  hardViolations: z.number().int(),
  score: z.number(),
});
export type TPublicationPreview = z.infer<typeof ZPublicationPreviewSchema>;
