/**
 * SIGTERM while a solve runs longer than WORKER_SHUTDOWN_TIMEOUT_MS. The worker interrupts the solve,
 * hands the job back to the queue (no attempt used up, nothing saved) and exits 0 with its heartbeat
 * removed; the next worker solves the variant at once. A solver thread that ignores the interruption
 * is ended, and its job is recovered by the stalled check. Either way the process exits on its own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { waitForExit } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();

// One queue prefix for the file: the test process's producer keeps the first one it was given.
let env: Record<string, string>;
beforeAll(() => {
  env = useQueueOf(harness.redis.url, {
    WORKER_SHUTDOWN_TIMEOUT_MS: "300",
    WORKER_LOCK_DURATION_MS: "2000",
    WORKER_STALLED_INTERVAL_MS: "1000",
    WORKER_CONCURRENCY: "1",
  });
});

describe("SIGTERM past the shutdown timeout", () => {
  it("interrupts the solve, hands the job back, exits 0, and the next worker completes it", async () => {
    const { termId, registrarId } = await createTermAndRegistrar();
    let worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 5, requestedById: registrarId });
    await waitFor(() => jobState(id), (job) => job.variants[0].stage === "optimising", { what: "the variant to be optimising", timeoutMs: 40_000 });

    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");
    const { code, signal } = await waitForExit(worker, 30_000);
    console.info(`[test] worker with a running solve stopped in ${Date.now() - signalledAt} ms`);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(worker.output()).toMatch(/interrupting them and handing them back to the queue/);
    expect(worker.output()).toMatch(/"variant":0,.*"msg":"variant interrupted, back in the queue"/);
    expect(worker.output()).not.toMatch(/failed/);
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
    worker.child.kill("SIGTERM");
    expect((await waitForExit(worker, 30_000)).code).toBe(0);
  });

  it("ends a solver thread that ignores the interruption, exits 0, and the job is recovered as stalled", async () => {
    const { termId, registrarId } = await createTermAndRegistrar();
    const stubborn = harness.startWorker(env, "tests/integration/support/stubborn-worker/index.ts");
    await stubborn.waitForOutput(/started: prefix/);
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 5, requestedById: registrarId });
    await stubborn.waitForOutput(/\[stubborn solver\] job .* started/, 40_000);

    const signalledAt = Date.now();
    stubborn.child.kill("SIGTERM");
    const { code, signal } = await waitForExit(stubborn, 30_000);
    console.info(`[test] worker with a stuck solver thread stopped in ${Date.now() - signalledAt} ms`);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stubborn.output()).toMatch(/ending their threads and releasing them to other workers/);
    expect(await prisma.workerHeartbeat.findFirst({ where: { pid: stubborn.child.pid } })).toBeNull();

    const restartedAt = Date.now();
    const next = harness.startWorker(env);
    const job = await waitFor(() => jobState(id), (j) => j.status === "COMPLETED" || j.status === "FAILED", { what: "the job to finish", timeoutMs: 60_000 });
    console.info(`[test] next worker completed the stalled job in ${Date.now() - restartedAt} ms`);
    expect(next.output()).toMatch(/"variant":0,.*"msg":"variant completed"/);
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(1);
  });
});
