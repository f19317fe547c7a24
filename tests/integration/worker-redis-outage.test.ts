/**
 * Redis down, work still done. (a) A generation requested while Redis is down completes through
 * PostgreSQL alone: a worker that cannot reach Redis claims the row and runs it, and the jobs page
 * says the queue is degraded. (b) Redis returning mid-run changes nothing: the job completes exactly
 * once (each variant run once, one timetable each) and the queue does not take it up. (c) A job
 * requested while Redis and every worker were down is enqueued by reconciliation when they return.
 */
import { describe, expect, it } from "vitest";
import { PRODUCER_CONNECT_TIMEOUT_MS } from "@/lib/queue/connection";
import { getQueueCounts } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { listGenerationJobs } from "@/lib/server/generation/list-generation-jobs";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { killWorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
const finished = (j: { status: string }) => j.status !== "QUEUED" && j.status !== "RUNNING";

describe("Redis outage", () => {
  it("runs a generation requested while Redis is down straight from PostgreSQL", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    const worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    await harness.redis.stop();
    await worker.waitForOutput(/Redis unavailable/);

    const requestedAt = Date.now();
    const created = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    expect(created.enqueued).toBe(false);
    expect(Date.now() - requestedAt).toBeLessThan(PRODUCER_CONNECT_TIMEOUT_MS + 2_000);
    await expect(getQueueCounts()).rejects.toBeInstanceOf(QueueUnavailableError);
    expect((await listGenerationJobs()).queueMessage).toMatch(/degraded.*straight from PostgreSQL/);

    const job = await waitFor(() => jobState(created.id), finished, { what: "the job to finish with Redis down", timeoutMs: 60_000 });
    expect(job.status).toBe("COMPLETED");
    expect(job.claimedBy).toMatch(new RegExp(`:${worker.child.pid}$`));
    expect(job.timetables).toHaveLength(2);
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(job.attempts).toBe(2); // each variant started once
    expect(job.progress).toBe(100);
    expect(worker.output()).toMatch(new RegExp(`"jobId":"${created.id}".*"msg":"finalized: COMPLETED \\(run from PostgreSQL\\)"`));
    await harness.redis.start();
    await killWorkerProcess(worker);
  });

  it("completes exactly once when Redis returns mid-run, and the queue leaves the job alone", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    const worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    await harness.redis.stop();
    await worker.waitForOutput(/Redis unavailable/);

    const created = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 8, requestedById: registrarId });
    await waitFor(() => jobState(created.id), (j) => j.claimedBy !== null && j.variants.every((v) => v.status === "RUNNING"), {
      what: "the worker to claim and start the job",
      timeoutMs: 30_000,
    });
    await harness.redis.start();
    await worker.waitForOutput(/Redis is back/);

    const job = await waitFor(() => jobState(created.id), finished, { what: "the job to finish after Redis returned", timeoutMs: 60_000 });
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(2);
    expect(job.variants.every((v) => v.timetableId !== null)).toBe(true);
    expect(job.attempts).toBe(2);
    // Reconciliation did not enqueue it: nothing of it waits or runs in the queue.
    expect(worker.output()).not.toMatch(new RegExp(`re-enqueued[^\\n]*${created.id}|${created.id}[^\\n]*re-enqueued`));
    const counts = await getQueueCounts();
    expect(counts.waiting + counts.active + counts.delayed).toBe(0);
    await killWorkerProcess(worker);
  });

  it("enqueues a job requested while Redis and every worker were down once they return", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    await harness.redis.stop();
    const created = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    expect(created.enqueued).toBe(false);
    expect((await jobState(created.id)).status).toBe("QUEUED");

    await harness.redis.start();
    const worker = harness.startWorker(env);
    const job = await waitFor(() => jobState(created.id), finished, { what: "the job to finish", timeoutMs: 60_000 });
    expect(worker.output()).toMatch(new RegExp(`"jobIds":\\["${created.id}"\\],"msg":"re-enqueued 1 generation job\\(s\\)"`));
    expect(job.status).toBe("COMPLETED");
    expect(job.claimedBy).toBeNull();
    expect(job.timetables).toHaveLength(2);
  });
});
