import { z } from "zod";

export const ZCancelJobResponseSchema = z.object({
  id: z.string(),
  /** "cancelled" at once for a queued job; a running one stays "running" with cancelRequested until its variants stop. */
  status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
  cancelRequested: z.boolean(),
});

export type TCancelJobResponse = z.infer<typeof ZCancelJobResponseSchema>;
