import { z } from "zod";
import { JOB_STATUSES } from "../route.types";

export const ZJobIdParamsSchema = z.object({ id: z.string().min(1) });

export const ZBlockerSchema = z.object({
  kind: z.string(),
  message: z.string(),
  offeringIds: z.array(z.string()),
  facultyIds: z.array(z.string()),
  groupIds: z.array(z.string()),
  roomIds: z.array(z.string()),
});

export const ZVariantSchema = z.object({
  id: z.string(),
  index: z.number(),
  name: z.string(),
  status: z.enum(["pending", "running", "completed", "failed", "cancelled"]),
  progress: z.number().min(0).max(100),
  stage: z.string().nullable(),
  score: z.number().nullable(),
  hardViolations: z.number().nullable(),
  secondsLeft: z.number().nullable(),
  timetableId: z.string().nullable(),
  timetableStatus: z.enum(["draft", "published", "archived"]).nullable(),
  breakdown: z.record(z.string(), z.number()).nullable(),
  comparableScore: z.number().nullable(),
  units: z.record(z.string(), z.number()).nullable(),
});

export const ZGetJobResponseSchema = z.object({
  id: z.string(),
  termId: z.string(),
  termName: z.string(),
  status: z.enum(JOB_STATUSES),
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
  comparedUnder: z.string().nullable(),
  variants: z.array(ZVariantSchema),
});

export type TBlocker = z.infer<typeof ZBlockerSchema>;
export type TJobVariant = z.infer<typeof ZVariantSchema>;
export type TGetJobResponse = z.infer<typeof ZGetJobResponseSchema>;
