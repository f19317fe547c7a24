/**
 * A generation whose enqueue failed while Redis was up (the web app's bounded wait ran out under
 * load) is not left QUEUED until some worker happens to reconnect: running workers reconcile
 * periodically (WORKER_RECONCILE_EVERY_MS) and enqueue it. Two workers reconciling at once still
 * solve each variant once.
 */
import { describe, expect, it } from "vitest";
import { closeProducer } from "@/lib/queue/producer";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
// Nothing listens on port 1: the web app's enqueue fails as a timed-out one does, after the row is saved.
const UNREACHABLE_REDIS = "redis://127.0.0.1:1/0";

describe("periodic reconciliation", () => {
  it("enqueues a QUEUED job the queue never got, with workers up all along, once", async () => {
    const env = useQueueOf(harness.redis.url, { WORKER_RECONCILE_EVERY_MS: "1000", LOG_LEVEL: "debug" });
    const { termId, registrarId } = await createTermAndRegistrar();
    const workers = [harness.startWorker(env), harness.startWorker(env)];
    // Both have reconciled once on connecting: what is QUEUED from now on only a periodic run finds.
    for (const worker of workers) await worker.waitForOutput(/reconciled: the queue has every open generation|re-enqueued/, 30_000);

    process.env.REDIS_URL = UNREACHABLE_REDIS;
    await closeProducer();
    const { id, enqueued } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    process.env.REDIS_URL = env.REDIS_URL;
    await closeProducer();
    expect(enqueued).toBe(false);
    const requestedAt = Date.now();

    const job = await waitFor(() => jobState(id), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", { what: "the job to finish", timeoutMs: 60_000 });
    console.info(`[test] job enqueued by reconciliation and finished ${Date.now() - requestedAt} ms after its enqueue failed`);
    expect(workers.map((w) => w.output()).join("\n")).toContain(id);
    expect(job.status).toBe("COMPLETED");
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(job.attempts).toBe(2); // each variant started once, whichever worker enqueued it
    expect(job.timetables).toHaveLength(2);
  });
});
