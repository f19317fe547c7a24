import { z } from "zod";
import { JOB_STATUS_VIEWS } from "@/lib/domain/generation-status";

export const ZCancelJobResponseSchema = z.object({
  id: z.string(),
  /** "cancelled" at once for a queued job; a running one stays "running" with cancelRequested until its variants stop. */
  status: z.enum(JOB_STATUS_VIEWS),
  cancelRequested: z.boolean(),
});

export type TCancelJobResponse = z.infer<typeof ZCancelJobResponseSchema>;
