import { z } from "zod";

const JOB_STATUSES = ["queued", "running", "completed", "failed", "cancelled"] as const;

export const ZCreateJobRequestSchema = z.object({
  termId: z.string({ error: "is required" }).min(1, "is required"),
  /** Omitted or empty: the whole institution. */
  departmentIds: z.array(z.string().min(1)).max(200).default([]),
  variants: z.int({ error: "must be a whole number" }).min(1, "must be between 1 and 5").max(5, "must be between 1 and 5"),
  secondsPerVariant: z
    .int({ error: "must be a whole number of seconds" })
    .min(5, "must be between 5 and 600")
    .max(600, "must be between 5 and 600"),
});

export const ZCreateJobResponseSchema = z.object({
  id: z.string(),
  /** False when the queue is down: the job is saved and starts when the queue returns. */
  enqueued: z.boolean(),
});

export const ZJobSummarySchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.number(),
  termName: z.string(),
  departmentCount: z.number(),
  variantCount: z.number(),
  requestedBy: z.string(),
  createdAt: z.string(),
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

export const ZListJobsResponseSchema = z.object({
  jobs: z.array(ZJobSummarySchema),
  /** Null when the queue (Redis) cannot be reached; queueMessage says so. */
  queue: ZQueueCountsSchema.nullable(),
  queueMessage: z.string().nullable(),
});

export type TCreateJobRequest = z.input<typeof ZCreateJobRequestSchema>;
export type TCreateJobResponse = z.infer<typeof ZCreateJobResponseSchema>;
export type TJobSummary = z.infer<typeof ZJobSummarySchema>;
export type TListJobsResponse = z.infer<typeof ZListJobsResponseSchema>;
export { JOB_STATUSES };
