/**
 * (d) A generation requested while Redis is down is not lost: createGenerationJob answers quickly
 * with enqueued: false and the row QUEUED, and when Redis returns (empty, as after a restart without
 * persistence) the worker's reconciliation enqueues it and it completes.
 */
import { describe, expect, it } from "vitest";
import { PRODUCER_CONNECT_TIMEOUT_MS } from "@/lib/queue/connection";
import { getQueueCounts } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;

describe("Redis outage", () => {
  it("keeps a job requested while Redis is down and runs it when Redis returns", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);

    await harness.redis.stop();
    await worker.waitForOutput(/Redis unavailable/);

    const requestedAt = Date.now();
    const created = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    const answeredInMs = Date.now() - requestedAt;
    console.info(`[test] createGenerationJob answered in ${answeredInMs} ms with Redis down`);
    expect(created.enqueued).toBe(false);
    expect(answeredInMs).toBeLessThan(PRODUCER_CONNECT_TIMEOUT_MS + 2_000);
    expect((await jobState(created.id)).status).toBe("QUEUED");
    await expect(getQueueCounts()).rejects.toBeInstanceOf(QueueUnavailableError);

    const restartedAt = Date.now();
    await harness.redis.start();
    const job = await waitFor(() => jobState(created.id), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", {
      what: "the job to finish after Redis returned",
      timeoutMs: 40_000,
    });
    console.info(`[test] Redis back -> job ${job.status} in ${Date.now() - restartedAt} ms`);

    expect(worker.output()).toMatch(new RegExp(`"jobIds":\\["${created.id}"\\],"msg":"re-enqueued 1 generation job\\(s\\)"`));
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(2);
  });
});
