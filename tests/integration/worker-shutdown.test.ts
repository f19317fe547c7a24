/**
 * (e) SIGTERM shuts a worker down cleanly: exit code 0 and its heartbeat row deleted; a solve in
 * progress is allowed to finish first, and the generation is completed by the next worker.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { closeProducer } from "@/lib/queue/producer";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { cancelUnfinishedJobs, createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { startPrivateRedis, type PrivateRedis } from "./support/private-redis";
import { waitFor } from "./support/wait-for";
import { killWorkerProcess, startWorkerProcess, type WorkerProcess } from "./support/worker-process";

let redis: PrivateRedis;
let worker: WorkerProcess | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  redis = await startPrivateRedis();
  env = useQueueOf(redis.url);
});

afterAll(async () => {
  await cancelUnfinishedJobs();
  await killWorkerProcess(worker);
  await closeProducer();
  await redis.stop();
  await prisma.$disconnect();
});

function heartbeatOf(pid: number | undefined) {
  return prisma.workerHeartbeat.findFirst({ where: { pid } });
}

describe("SIGTERM", () => {
  it("stops an idle worker with exit code 0 and removes its heartbeat", async () => {
    worker = startWorkerProcess(env);
    await worker.waitForOutput(/started: prefix/);
    expect(await heartbeatOf(worker.child.pid)).not.toBeNull();

    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");
    const { code } = await worker.exited;
    console.info(`[test] idle worker stopped in ${Date.now() - signalledAt} ms`);

    expect(code).toBe(0);
    expect(worker.output()).toMatch(/SIGTERM: shutting down[\s\S]*stopped/);
    expect(await heartbeatOf(worker.child.pid)).toBeNull();
  });

  it("lets a running solve finish before exiting, and the next worker finalizes the job", async () => {
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = startWorkerProcess(env);
    await worker.waitForOutput(/started: prefix/);
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 3, requestedById: registrarId });
    await waitFor(() => jobState(id), (job) => job.variants[0].stage === "optimising", { what: "the variant to be optimising", timeoutMs: 40_000 });

    worker.child.kill("SIGTERM");
    const { code } = await worker.exited;
    expect(code).toBe(0);
    const afterShutdown = await jobState(id);
    expect(afterShutdown.variants[0].status).toBe("COMPLETED");
    expect(afterShutdown.timetables).toHaveLength(1);
    expect(await heartbeatOf(worker.child.pid)).toBeNull();

    worker = startWorkerProcess(env);
    const job = await waitFor(() => jobState(id), (j) => j.status !== "RUNNING", { what: "the job to be finalized" });
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(1);
  });
});
