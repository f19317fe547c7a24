/**
 * Enqueueing is idempotent: the web app, a retry and the worker's reconciliation may all enqueue the
 * same generation, and BullMQ ends up with one flow: one job per variant and one finalize job.
 */
import { describe, expect, it } from "vitest";
import { createWorkerConnection } from "@/lib/queue/connection";
import { closeGenerationQueues, createGenerationQueues } from "@/lib/queue/generation-flow";
import { enqueueGeneration, getQueueCounts } from "@/lib/queue/producer";
import { finalizeJobId, solveVariantJobId } from "@/lib/queue/queues";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { reconcileGenerations } from "@/worker/reconcile";
import { createTermAndRegistrar, useQueueOf } from "./support/generation-fixtures";
import { useWorkerTestHarness } from "./support/worker-test-harness";

// No worker runs here: the harness cancels the QUEUED jobs this file leaves.
const harness = useWorkerTestHarness();

describe("enqueueGeneration", () => {
  it("adds one flow per generation however often it is called", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    const { id, enqueued } = await createGenerationJob({ termId, departmentIds: [], variants: 3, secondsPerVariant: 5, requestedById: registrarId });
    expect(enqueued).toBe(true);

    expect(await enqueueGeneration(id, 3)).toBe(false);
    expect(await getQueueCounts()).toEqual({ waiting: 3, active: 0, completed: 0, failed: 0, delayed: 0 });

    const workerRedis = createWorkerConnection(harness.redis.url);
    const queues = createGenerationQueues(workerRedis, env.BULLMQ_PREFIX);
    try {
      // Other QUEUED rows of a shared test database may be enqueued here too; this one must not be.
      expect(await reconcileGenerations(queues)).not.toContain(id);
      expect(await queues.solveVariantQueue.getJobs(["waiting"]).then((jobs) => jobs.filter((j) => j.data.generationJobId === id))).toHaveLength(3);
      const parent = await queues.finalizeQueue.getJob(finalizeJobId(id));
      expect(await parent?.getState()).toBe("waiting-children");
      expect(await parent?.getDependenciesCount()).toMatchObject({ unprocessed: 3 });
      const variant = await queues.solveVariantQueue.getJob(solveVariantJobId(id, 2));
      expect(variant?.data).toEqual({ generationJobId: id, variantIndex: 2 });
      expect(variant?.opts).toMatchObject({ attempts: 3, backoff: { type: "exponential" } });
    } finally {
      await closeGenerationQueues(queues);
      workerRedis.disconnect();
    }
  });
});
