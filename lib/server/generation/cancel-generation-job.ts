/**
 * Asks a generation to stop (POST /api/jobs/:id/cancel). The database is the only channel, so this
 * works while Redis is down, and it is idempotent: job-lifecycle's requestCancel cancels a QUEUED job
 * at once and marks a RUNNING one for its variants to stop.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { JobStatus } from "@/lib/domain/generation-status";
import { requestCancel } from "./job-lifecycle";

export interface CancelGenerationJobOptions {
  generationJobId: string;
}

export interface CancelGenerationJobResult {
  id: string;
  status: JobStatus;
  cancelRequestedAt: Date | null;
}

export async function cancelGenerationJob({ generationJobId }: CancelGenerationJobOptions): Promise<CancelGenerationJobResult> {
  const job = await requestCancel(generationJobId);
  if (!job) throw new AppError("NOT_FOUND", "Generation job not found");
  return job;
}
