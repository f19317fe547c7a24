/** What the admin queue page and GET /api/admin/queue show: the queue's jobs by state. */
import "server-only";
import { z } from "zod";

export const QUEUE_STATES = ["waiting", "active", "delayed", "failed"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export const ZQueueJobSchema = z.object({
  queue: z.string(),
  id: z.string(),
  name: z.string(),
  state: z.enum(QUEUE_STATES),
  /** The GenerationJob this queue job works for, and the variant (solve jobs only). */
  generationJobId: z.string().nullable(),
  variantIndex: z.number().int().nullable(),
  attemptsMade: z.number().int(),
  /** BullMQ's reason for the last failure, with the first lines of its stack. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type QueueJob = z.infer<typeof ZQueueJobSchema>;

export const ZQueueOverviewSchema = z.object({
  /** False when Redis does not answer: `message` says so and what still works. */
  available: z.boolean(),
  message: z.string().nullable(),
  counts: z.record(z.string(), z.record(z.enum(QUEUE_STATES), z.number().int())),
  jobs: z.array(ZQueueJobSchema),
});
export type QueueOverview = z.infer<typeof ZQueueOverviewSchema>;
