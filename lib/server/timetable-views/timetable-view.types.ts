// Response schemas of GET /api/timetable and /api/timetable/changes. The routes validate what they
// send against these: the rows come from raw SQL, whose column types the compiler cannot check.
import "server-only";
import { z } from "zod";
import { VIEW_SCOPES } from "@/lib/domain/timetable-query";

const ZClockSchema = z.string().regex(/^\d{2}:\d{2}$/);
const ZIsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZIsoDaySchema = z.number().int().min(1).max(7);

export const ZTimetableViewRowSchema = z.object({
  offeringId: z.string(),
  meetingIndex: z.number().int().min(0),
  day: ZIsoDaySchema,
  dayName: z.string(),
  period: z.number().int().min(0),
  length: z.number().int().min(1),
  startTime: ZClockSchema,
  endTime: ZClockSchema,
  subjectCode: z.string(),
  subjectName: z.string(),
  batchCodes: z.array(z.string()),
  facultyName: z.string().nullable(),
  roomCode: z.string(),
});

export const ZTimetableViewSchema = z.object({
  term: z.object({
    id: z.string(),
    name: z.string(),
    timezone: z.string(),
    firstDay: ZIsoDateSchema,
    lastDay: ZIsoDateSchema,
    workingDays: z.array(ZIsoDaySchema),
    nonTeachingDays: z.array(z.object({ date: ZIsoDateSchema, label: z.string() })),
  }),
  timetable: z.object({
    id: z.string(),
    name: z.string(),
    status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]),
    publishedAt: z.iso.datetime().nullable(),
  }),
  view: z.object({ scope: z.enum(VIEW_SCOPES), id: z.string().nullable(), label: z.string(), scopeKey: z.string() }),
  periods: z.array(z.object({ index: z.number().int().min(0), startTime: ZClockSchema, endTime: ZClockSchema })),
  rows: z.array(ZTimetableViewRowSchema),
});

const ZScheduleSlotSchema = ZTimetableViewRowSchema.pick({
  day: true,
  dayName: true,
  startTime: true,
  endTime: true,
  roomCode: true,
  facultyName: true,
});
const ZChangeSubjectSchema = ZTimetableViewRowSchema.pick({ offeringId: true, subjectCode: true, subjectName: true, batchCodes: true });

export const ZScheduleChangesSchema = z.object({
  current: z.object({ timetableId: z.string(), publishedAt: z.iso.datetime().nullable() }),
  previous: z.object({ timetableId: z.string(), publishedAt: z.iso.datetime() }).nullable(),
  changes: z.array(
    z.discriminatedUnion("kind", [
      ZChangeSubjectSchema.extend({ kind: z.literal("moved"), before: ZScheduleSlotSchema, after: ZScheduleSlotSchema }),
      ZChangeSubjectSchema.extend({ kind: z.literal("added"), after: ZScheduleSlotSchema }),
      ZChangeSubjectSchema.extend({ kind: z.literal("removed"), before: ZScheduleSlotSchema }),
    ]),
  ),
});

export type TTimetableViewResponse = z.output<typeof ZTimetableViewSchema>;
export type TScheduleChangesResponse = z.output<typeof ZScheduleChangesSchema>;
