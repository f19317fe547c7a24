/**
 * What the API says about generation jobs: the list's summaries (GET /api/jobs) and one job with
 * its variants (GET /api/jobs/:id). The route handlers validate their output against these schemas,
 * the domain functions build objects that `satisfies` the inferred types, and the job pages read the
 * same types, so the shape is written once. Pure: the browser imports it too.
 */
import { z } from "zod";
import { JOB_STATUS_VIEWS, VARIANT_STATUS_VIEWS } from "./generation-status";

export const ZJobSummarySchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUS_VIEWS),
  progress: z.number(),
  termName: z.string(),
  departmentCount: z.number(),
  variantCount: z.number(),
  requestedBy: z.string(),
  createdAt: z.string(),
  /** Seconds from start to finish, or so far while running; null before it starts. */
  durationSeconds: z.number().nullable(),
  bestScore: z.number().nullable(),
});

export const ZQueueCountsSchema = z.object({
  waiting: z.number(),
  active: z.number(),
  completed: z.number(),
  failed: z.number(),
  delayed: z.number(),
});

export const ZJobListSchema = z.object({
  jobs: z.array(ZJobSummarySchema),
  /** Null when the queue (Redis) cannot be reached; queueMessage says so. */
  queue: ZQueueCountsSchema.nullable(),
  queueMessage: z.string().nullable(),
});

export const ZBlockerSchema = z.object({
  kind: z.string(),
  message: z.string(),
  offeringIds: z.array(z.string()),
  facultyIds: z.array(z.string()),
  groupIds: z.array(z.string()),
  roomIds: z.array(z.string()),
});

export const ZVariantViewSchema = z.object({
  id: z.string(),
  index: z.number(),
  name: z.string(),
  status: z.enum(VARIANT_STATUS_VIEWS),
  progress: z.number().min(0).max(100),
  stage: z.string().nullable(),
  /** The saved timetable's score once completed, else the best found so far. Lower is better. */
  score: z.number().nullable(),
  hardViolations: z.number().nullable(),
  secondsLeft: z.number().nullable(),
  timetableId: z.string().nullable(),
  timetableStatus: z.enum(["draft", "published", "archived"]).nullable(),
  /** Weighted soft cost per constraint of the saved timetable, under this variant's own profile. */
  breakdown: z.record(z.string(), z.number()).nullable(),
  /** The saved timetable's score under the job's comparison profile (comparedUnder): like for like across variants. */
  comparableScore: z.number().nullable(),
  /** Soft amounts of the saved timetable in each constraint's own units (students over capacity, days short, ...). */
  units: z.record(z.string(), z.number()).nullable(),
});

export const ZJobViewSchema = z.object({
  id: z.string(),
  termId: z.string(),
  termName: z.string(),
  status: z.enum(JOB_STATUS_VIEWS),
  progress: z.number().min(0).max(100),
  stage: z.string().nullable(),
  bestScore: z.number().nullable(),
  error: z.string().nullable(),
  /** The solver's explanation when the data cannot be satisfied. */
  errorDetails: z.array(ZBlockerSchema).nullable(),
  /** Present while queued: false when the queue is down. */
  queueAvailable: z.boolean().optional(),
  cancelRequested: z.boolean(),
  secondsPerVariant: z.number().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** The weight profile every variant's comparableScore is computed under (the first variant's). */
  comparedUnder: z.string().nullable(),
  variants: z.array(ZVariantViewSchema),
});

export type TJobSummary = z.infer<typeof ZJobSummarySchema>;
export type TQueueCounts = z.infer<typeof ZQueueCountsSchema>;
export type TJobList = z.infer<typeof ZJobListSchema>;
export type TBlocker = z.infer<typeof ZBlockerSchema>;
export type TVariantView = z.infer<typeof ZVariantViewSchema>;
export type TJobView = z.infer<typeof ZJobViewSchema>;
