/**
 * SIGTERM while a solve runs longer than WORKER_SHUTDOWN_TIMEOUT_MS: the worker still exits 0 (and
 * removes its heartbeat) after the timeout, leaving the variant unfinished and nothing saved; the
 * next worker picks the released job up as stalled and completes it.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;

describe("SIGTERM past the shutdown timeout", () => {
  it("exits 0 without finishing the solve, and another worker completes it", async () => {
    const env = useQueueOf(harness.redis.url, {
      WORKER_SHUTDOWN_TIMEOUT_MS: "300",
      WORKER_LOCK_DURATION_MS: "2000",
      WORKER_STALLED_INTERVAL_MS: "1000",
      WORKER_CONCURRENCY: "1",
    });
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 4, requestedById: registrarId });
    await waitFor(() => jobState(id), (job) => job.variants[0].stage === "optimising", { what: "the variant to be optimising", timeoutMs: 40_000 });

    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");
    const { code } = await worker.exited;
    console.info(`[test] worker with a running solve stopped in ${Date.now() - signalledAt} ms`);
    expect(code).toBe(0);
    expect(worker.output()).toMatch(/releasing them to other workers/);
    expect(await prisma.workerHeartbeat.findFirst({ where: { pid: worker.child.pid } })).toBeNull();
    const released = await jobState(id);
    expect(released.variants[0].status).toBe("RUNNING");
    expect(released.timetables).toHaveLength(0);

    const restartedAt = Date.now();
    worker = harness.startWorker(env);
    const job = await waitFor(() => jobState(id), (j) => j.status !== "RUNNING", { what: "the job to finish", timeoutMs: 40_000 });
    console.info(`[test] next worker completed the released job in ${Date.now() - restartedAt} ms`);
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(1);
  });
});
