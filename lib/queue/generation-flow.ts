/**
 * The BullMQ side of one generation request: queue handles and the flow that solves its variants.
 * Used by the web app's producer (fail-fast connection) and by the worker's reconciliation (its own,
 * patient connection); neither decides here how long to wait for Redis.
 */
import { FlowProducer, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { asBullmqConnection } from "./connection";
import {
  JOB_OPTIONS,
  JobName,
  QueueName,
  finalizeJobId,
  solveVariantJobId,
  type JobPayload,
} from "./queues";

export interface GenerationQueues {
  flowProducer: FlowProducer;
  solveVariantQueue: Queue<JobPayload[typeof QueueName.SolveVariant]>;
  finalizeQueue: Queue<JobPayload[typeof QueueName.FinalizeGeneration]>;
}

export function createGenerationQueues(redis: Redis, prefix: string): GenerationQueues {
  const connection = asBullmqConnection(redis);
  return {
    flowProducer: new FlowProducer({ connection, prefix }),
    solveVariantQueue: new Queue(QueueName.SolveVariant, {
      connection,
      prefix,
      defaultJobOptions: JOB_OPTIONS[QueueName.SolveVariant],
    }),
    finalizeQueue: new Queue(QueueName.FinalizeGeneration, {
      connection,
      prefix,
      defaultJobOptions: JOB_OPTIONS[QueueName.FinalizeGeneration],
    }),
  };
}

export async function closeGenerationQueues(queues: GenerationQueues): Promise<void> {
  await Promise.all([queues.flowProducer.close(), queues.solveVariantQueue.close(), queues.finalizeQueue.close()]);
}

/**
 * Adds the flow `finalize-generation` <- `solve-variant` x variantCount, unless its parent exists.
 * Returns false when it was already enqueued.
 *
 * Why the existence check: BullMQ skips a parent whose id exists but still adds its children, and a
 * child already removed after completing (removeOnComplete) would then run again (bullmq#1793).
 * Two enqueues racing past the check at the same instant are harmless: the children's ids are
 * deterministic and none has completed yet, so BullMQ drops the duplicates.
 */
export async function addGenerationFlow(
  queues: GenerationQueues,
  generationJobId: string,
  variantCount: number,
): Promise<boolean> {
  const parentId = finalizeJobId(generationJobId);
  if (await queues.finalizeQueue.getJob(parentId)) return false;

  const children = Array.from({ length: variantCount }, (_, variantIndex) => ({
    name: JobName.SolveVariant,
    queueName: QueueName.SolveVariant,
    data: { generationJobId, variantIndex } satisfies JobPayload[typeof QueueName.SolveVariant],
    opts: {
      ...JOB_OPTIONS[QueueName.SolveVariant],
      jobId: solveVariantJobId(generationJobId, variantIndex),
      // A variant that fails for good must not block the others' results: the parent still runs
      // and reads the failures with getIgnoredChildrenFailures().
      ignoreDependencyOnFailure: true,
    },
  }));

  await queues.flowProducer.add({
    name: JobName.FinalizeGeneration,
    queueName: QueueName.FinalizeGeneration,
    data: { generationJobId } satisfies JobPayload[typeof QueueName.FinalizeGeneration],
    opts: { ...JOB_OPTIONS[QueueName.FinalizeGeneration], jobId: parentId },
    children,
  });
  return true;
}
