/**
 * A job claimed from PostgreSQL by a worker that cannot reach Redis, while other workers can: when
 * the claimant dies, the queue runs the job (its variants' queue jobs waited for the claim instead of
 * ending), and from then on no worker without Redis claims it again, so its variants never run in two
 * places at once. The claimants here reach PostgreSQL but not Redis (a REDIS_URL nobody listens on),
 * as a worker cut off from Redis alone would be.
 */
import { describe, expect, it } from "vitest";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { freePort } from "./support/private-redis";
import { waitFor } from "./support/wait-for";
import { killWorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
const finished = (j: { status: string }) => j.status !== "QUEUED" && j.status !== "RUNNING";

describe("a claim whose worker dies while other workers have Redis", () => {
  it("hands the job to the queue, which runs it once; no worker without Redis claims it again", { timeout: 240_000 }, async () => {
    const env = useQueueOf(harness.redis.url, { WORKER_CONCURRENCY: "2" });
    const cutOff = { ...env, REDIS_URL: `redis://127.0.0.1:${await freePort()}` };
    const { termId, registrarId } = await createTermAndRegistrar();
    const request = (variants: number, secondsPerVariant: number) =>
      createGenerationJob({ termId, departmentIds: [], variants, secondsPerVariant, requestedById: registrarId });

    // In the queue, but the first worker to see it cannot reach Redis: it claims it from PostgreSQL.
    const first = await request(2, 20);
    expect(first.enqueued).toBe(true);
    const claimant = harness.startWorker(cutOff);
    await waitFor(() => jobState(first.id), (j) => j.claimedBy?.endsWith(`:${claimant.child.pid}`) === true && j.variants.every((v) => v.status === "RUNNING"), {
      what: "the cut-off worker to claim and start the job",
      timeoutMs: 60_000,
    });

    // A worker with Redis gets the job's variants from the queue and leaves them to the claimant.
    const queueWorker = harness.startWorker(env);
    await queueWorker.waitForOutput(/variant run straight from PostgreSQL by another worker; looking again/, 60_000);
    await killWorkerProcess(claimant);

    // Once the claim is stale, the queue's waiting variant jobs take the job over and run it.
    await waitFor(() => jobState(first.id), (j) => j.claimedBy === null && j.attempts === 4 && j.variants.every((v) => v.status === "RUNNING"), {
      what: "the queue to take the job over",
      timeoutMs: 90_000,
      intervalMs: 250,
    });

    // Another cut-off worker claims the next queued job, not the one the queue now runs.
    const secondClaimant = harness.startWorker(cutOff);
    await secondClaimant.waitForOutput(/Redis unavailable/);
    const second = await request(1, 5);
    await waitFor(() => jobState(second.id), (j) => j.claimedBy?.endsWith(`:${secondClaimant.child.pid}`) === true, {
      what: "the second cut-off worker to claim the next job",
      timeoutMs: 30_000,
    });
    expect((await jobState(first.id)).claimedBy).toBeNull();

    const firstDone = await waitFor(() => jobState(first.id), finished, { what: "the first job to finish", timeoutMs: 90_000 });
    const secondDone = await waitFor(() => jobState(second.id), finished, { what: "the second job to finish", timeoutMs: 90_000 });
    expect(firstDone.status).toBe("COMPLETED");
    expect(firstDone.claimedBy).toBeNull();
    expect(firstDone.attempts).toBe(4); // each variant started by the claimant, then once by the queue
    expect(firstDone.timetables).toHaveLength(2);
    expect(secondDone.status).toBe("COMPLETED");
    expect(secondDone.claimedBy).toMatch(new RegExp(`:${secondClaimant.child.pid}$`));
    expect(secondDone.timetables).toHaveLength(1);
  });
});
