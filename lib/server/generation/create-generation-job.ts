/**
 * Starts a generation request: the GenerationJob row and its variant rows first (the source of
 * truth), then the queue. When Redis is down the row stays QUEUED and `enqueued` is false: the
 * worker's reconciliation enqueues it as soon as Redis is back, so the request is never lost and
 * the caller can tell the user it will start later.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { ZGenerationSizeSchema, type TGenerationConfig } from "@/lib/domain/generation-config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueGeneration } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { createQueuedJob } from "./job-lifecycle";
import { ZSoftWeightsSchema } from "./soft-weights-schema";
import { planVariants } from "./variant-profiles";
import { addLogContext } from "@/lib/log/log-context";
import { log } from "@/lib/log/logger";

export interface CreateGenerationJobOptions {
  termId: string;
  /** Empty: the whole institution. */
  departmentIds: string[];
  variants: number;
  secondsPerVariant: number;
  requestedById: string;
}

export interface CreateGenerationJobResult {
  id: string;
  /** False when the queue was unavailable: the job is saved and starts when Redis returns. */
  enqueued: boolean;
}

export async function createGenerationJob(options: CreateGenerationJobOptions): Promise<CreateGenerationJobResult> {
  // The same limits as the request schema (a ZodError: 422 naming the field), for callers other than the route.
  const { variants, secondsPerVariant } = ZGenerationSizeSchema.parse(options);
  const { termId, departmentIds, requestedById } = options;

  const job = await prisma.$transaction(async (tx) => {
    const term = await tx.term.findUnique({
      where: { id: termId },
      select: { id: true, weightProfile: { select: { name: true, weights: true } } },
    });
    if (!term) throw new AppError("NOT_FOUND", "Term not found");

    const termProfile = term.weightProfile
      ? { name: term.weightProfile.name, weights: ZSoftWeightsSchema.parse(term.weightProfile.weights) }
      : null;
    const plans = planVariants(variants, termProfile);
    const config: TGenerationConfig = { variants, secondsPerVariant, profiles: plans.map((plan) => plan.name) };

    return createQueuedJob(tx, {
      termId,
      departmentIds,
      requestedById,
      config: config satisfies Prisma.InputJsonObject,
      variants: plans.map((plan) => ({
        index: plan.index,
        name: plan.name,
        weightProfile: { ...plan.weights } satisfies Prisma.InputJsonObject,
        seed: plan.seed,
      })),
    });
  });

  // From here on, every line of this request names the job: the key that joins the web's and the
  // worker's logs of one generation.
  addLogContext({ jobId: job.id });
  log.info({ termId, departmentIds, variants }, "generation requested");
  try {
    await enqueueGeneration(job.id, variants);
    log.info("generation enqueued");
    return { id: job.id, enqueued: true };
  } catch (error) {
    if (!(error instanceof QueueUnavailableError)) throw error;
    log.warn({ jobId: job.id, error: error.message }, "generation job saved as QUEUED; the queue is unavailable");
    return { id: job.id, enqueued: false };
  }
}
