/**
 * (e) SIGTERM shuts a worker down cleanly: exit code 0 and its heartbeat row deleted; a solve in
 * progress is allowed to finish first, and the generation is completed by the next worker.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { waitForExit, type WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  env = useQueueOf(harness.redis.url);
});

function heartbeatOf(pid: number | undefined) {
  return prisma.workerHeartbeat.findFirst({ where: { pid } });
}

describe("SIGTERM", () => {
  it("stops an idle worker with exit code 0 and removes its heartbeat", async () => {
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    expect(await heartbeatOf(worker.child.pid)).not.toBeNull();

    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");
    const { code } = await waitForExit(worker, 30_000);
    console.info(`[test] idle worker stopped in ${Date.now() - signalledAt} ms`);

    expect(code).toBe(0);
    expect(worker.output()).toMatch(/SIGTERM: shutting down[\s\S]*stopped/);
    expect(await heartbeatOf(worker.child.pid)).toBeNull();
  });

  it("lets a running solve finish before exiting, and the next worker finalizes the job", async () => {
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 5, requestedById: registrarId });
    await waitFor(() => jobState(id), (job) => job.variants[0].stage === "optimising", { what: "the variant to be optimising", timeoutMs: 40_000 });

    worker.child.kill("SIGTERM");
    const { code } = await waitForExit(worker, 30_000);
    expect(code).toBe(0);
    const afterShutdown = await jobState(id);
    expect(afterShutdown.variants[0].status).toBe("COMPLETED");
    expect(afterShutdown.timetables).toHaveLength(1);
    expect(await heartbeatOf(worker.child.pid)).toBeNull();

    worker = harness.startWorker(env);
    const job = await waitFor(() => jobState(id), (j) => j.status !== "RUNNING", { what: "the job to be finalized" });
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(1);
  });
});
