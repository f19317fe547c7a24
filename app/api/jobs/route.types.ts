import { z } from "zod";
import { ZGenerationSizeSchema } from "@/lib/domain/generation-config";
import { ZJobListSchema, ZJobSummarySchema } from "@/lib/domain/generation-job-view";

export const ZCreateJobRequestSchema = z.object({
  termId: z.string({ error: "is required" }).min(1, "is required"),
  /** Omitted or empty: the whole institution. */
  departmentIds: z.array(z.string().min(1)).max(200).default([]),
  ...ZGenerationSizeSchema.shape,
});

export const ZCreateJobResponseSchema = z.object({
  id: z.string(),
  /** False when the queue is down: the job is saved and starts when the queue returns. */
  enqueued: z.boolean(),
});

/** The summaries and the queue's counts: lib/domain/generation-job-view.ts. */
export const ZListJobsResponseSchema = ZJobListSchema;

export type TCreateJobRequest = z.input<typeof ZCreateJobRequestSchema>;
export type TCreateJobResponse = z.infer<typeof ZCreateJobResponseSchema>;
export type TJobSummary = z.infer<typeof ZJobSummarySchema>;
export type TListJobsResponse = z.infer<typeof ZListJobsResponseSchema>;
