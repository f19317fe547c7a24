/**
 * A variant that brings down every worker running it (a poison input) does not do so forever:
 * after WORKER_MAX_STALLED_COUNT + 1 worker deaths it ends FAILED with a message saying why, and the
 * job's other variant is still saved. Workers here are restarted whenever they die, as npm start's
 * supervisor, systemd or Docker would.
 */
import { describe, expect, it } from "vitest";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
const POISON_ENTRY = "tests/integration/support/poison-worker/index.ts";
const MAX_STALLED_COUNT = 2;

describe("a variant that crashes every worker that runs it", () => {
  it(`is failed after ${MAX_STALLED_COUNT + 1} worker deaths with a clear message; the other variant completes`, { timeout: 300_000 }, async () => {
    const env = useQueueOf(harness.redis.url, {
      WORKER_LOCK_DURATION_MS: "2000",
      WORKER_STALLED_INTERVAL_MS: "1000",
      WORKER_MAX_STALLED_COUNT: String(MAX_STALLED_COUNT),
      POISON_VARIANT_INDEX: "1",
      // One variant at a time, so that the poison kills no innocent variant alongside it.
      WORKER_CONCURRENCY: "1",
    });
    const { termId, registrarId } = await createTermAndRegistrar();
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });

    // The supervisor: a new worker whenever the last one died, until the job is settled.
    let deaths = 0;
    let stopped = false;
    let worker: WorkerProcess = harness.startWorker(env, POISON_ENTRY);
    const supervise = async () => {
      while (!stopped) {
        const { signal } = await worker.exited;
        if (stopped) return;
        expect(signal).toBe("SIGKILL");
        deaths++;
        worker = harness.startWorker(env, POISON_ENTRY);
      }
    };
    const supervisor = supervise();

    const job = await waitFor(() => jobState(id), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", {
      what: "the job to be settled",
      timeoutMs: 240_000,
      intervalMs: 250,
    });
    stopped = true;
    worker.child.kill("SIGTERM");
    await supervisor;

    expect(deaths).toBe(MAX_STALLED_COUNT + 1);
    expect(job.status).toBe("COMPLETED");
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "FAILED"]);
    expect(job.timetables).toHaveLength(1);
    expect(job.error).toBe(
      `Variant 2 was given up: the worker solving it stopped ${MAX_STALLED_COUNT + 1} times before it finished (killed, out of memory or crashed). ` +
        "If no worker was being stopped, its data may crash the solver.",
    );
  });

  it("fails a job whose only variant is poison, with the same message", { timeout: 300_000 }, async () => {
    // Covered by the first test's mechanism; here the job as a whole ends FAILED with the explanation.
    const env = useQueueOf(harness.redis.url, {
      WORKER_LOCK_DURATION_MS: "2000",
      WORKER_STALLED_INTERVAL_MS: "1000",
      WORKER_MAX_STALLED_COUNT: "0",
      POISON_VARIANT_INDEX: "0",
      WORKER_CONCURRENCY: "1",
    });
    const { termId, registrarId } = await createTermAndRegistrar();
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 5, requestedById: registrarId });
    let worker = harness.startWorker(env, POISON_ENTRY);
    expect((await worker.exited).signal).toBe("SIGKILL");
    worker = harness.startWorker(env, POISON_ENTRY);

    const job = await waitFor(() => jobState(id), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", { what: "the job to be settled", timeoutMs: 60_000 });
    expect(job.status).toBe("FAILED");
    expect(job.variants.map((v) => v.status)).toEqual(["FAILED"]);
    expect(job.error).toMatch(/^Variant 1 was given up: the worker solving it stopped 1 time before it finished/);
    expect(worker.child.exitCode).toBeNull(); // the second worker never ran the poison: it is alive
  });
});
