/**
 * Worker deaths on the PostgreSQL claim path (Redis down) are bounded as under the queue:
 * (a) a variant that kills every worker running it is given up after WORKER_MAX_STALLED_COUNT + 1
 * deaths with the queue's message, and the job's other variant, run one at a time after the first
 * death, still completes; a job whose only variant is poison ends FAILED; (b) a job whose worker is
 * stopped cleanly and then killed once completes exactly once, the clean stop uncounted. Workers
 * are restarted whenever they die, as npm start's supervisor, systemd or Docker would. Each death
 * costs the claim's staleness (WORKER_ALIVE_WITHIN_MS, lib/domain/worker-liveness.ts) before another worker takes the job.
 */
import { describe, expect, it } from "vitest";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { killWorkerProcess, waitForExit, type WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
const POISON_ENTRY = "tests/integration/support/poison-worker/index.ts";
const finished = (j: { status: string }) => j.status !== "QUEUED" && j.status !== "RUNNING";

/** Starts a worker, and a new one whenever the last one died, until stop(); counts the deaths (all must be SIGKILLs). */
function supervise(start: () => WorkerProcess) {
  let deaths = 0;
  let stopped = false;
  let worker = start();
  const loop = (async () => {
    while (!stopped) {
      const { signal } = await worker.exited;
      if (stopped) return;
      expect(signal).toBe("SIGKILL");
      deaths++;
      worker = start();
    }
  })();
  return {
    deaths: () => deaths,
    current: () => worker,
    async stop() {
      stopped = true;
      await killWorkerProcess(worker);
      await loop;
    },
  };
}

describe("worker deaths while running straight from PostgreSQL", () => {
  it("gives a poison variant up after WORKER_MAX_STALLED_COUNT + 1 deaths; the other variant completes", { timeout: 240_000 }, async () => {
    const env = useQueueOf(harness.redis.url, { WORKER_MAX_STALLED_COUNT: "1", POISON_VARIANT_INDEX: "1" });
    const { termId, registrarId } = await createTermAndRegistrar();
    await harness.redis.stop();
    const { id, enqueued } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    expect(enqueued).toBe(false);

    const workers = supervise(() => harness.startWorker(env, POISON_ENTRY));
    const job = await waitFor(() => jobState(id), finished, { what: "the job to be settled", timeoutMs: 200_000, intervalMs: 250 });
    // The worker that gave the variant up lives on: it never ran the poison.
    expect(workers.current().child.exitCode).toBeNull();
    await workers.stop();
    await harness.redis.start();

    expect(workers.deaths()).toBe(2);
    expect(job.status).toBe("COMPLETED");
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "FAILED"]);
    expect(job.variants[1].directRuns).toBe(2);
    expect(job.timetables).toHaveLength(1);
    expect(job.error).toBe(
      "Variant 2 was given up: the worker solving it stopped 2 times before it finished (killed, out of memory or crashed). " +
        "If no worker was being stopped, its data may crash the solver.",
    );
  });

  it("fails a job whose only variant is poison, with the same message", { timeout: 120_000 }, async () => {
    const env = useQueueOf(harness.redis.url, { WORKER_MAX_STALLED_COUNT: "0", POISON_VARIANT_INDEX: "0" });
    const { termId, registrarId } = await createTermAndRegistrar();
    await harness.redis.stop();
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 1, secondsPerVariant: 5, requestedById: registrarId });

    const workers = supervise(() => harness.startWorker(env, POISON_ENTRY));
    const job = await waitFor(() => jobState(id), finished, { what: "the job to be settled", timeoutMs: 100_000, intervalMs: 250 });
    expect(workers.current().child.exitCode).toBeNull();
    await workers.stop();
    await harness.redis.start();

    expect(workers.deaths()).toBe(1);
    expect(job.status).toBe("FAILED");
    expect(job.variants.map((v) => v.status)).toEqual(["FAILED"]);
    expect(job.error).toMatch(/^Variant 1 was given up: the worker solving it stopped 1 time before it finished/);
  });

  it("completes a job exactly once after a clean stop (uncounted) and a kill of its worker", { timeout: 180_000 }, async () => {
    const env = useQueueOf(harness.redis.url, { WORKER_MAX_STALLED_COUNT: "1", WORKER_SHUTDOWN_TIMEOUT_MS: "2000" });
    const { termId, registrarId } = await createTermAndRegistrar();
    await harness.redis.stop();
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 8, requestedById: registrarId });
    const bothRunningUnder = (worker: WorkerProcess, directRuns: number) =>
      waitFor(
        () => jobState(id),
        (j) => j.claimedBy?.endsWith(`:${worker.child.pid}`) === true && j.variants.every((v) => v.status === "RUNNING" && v.directRuns === directRuns),
        { what: `worker ${worker.child.pid} to claim the job and run both variants`, timeoutMs: 60_000 },
      );

    // A clean stop hands both runs back: not deaths, and the claim is free at once.
    const first = harness.startWorker(env);
    await bothRunningUnder(first, 1);
    first.child.kill("SIGTERM");
    expect((await waitForExit(first, 30_000)).code, first.output()).toBe(0);
    expect((await jobState(id)).variants.map((v) => v.directRuns)).toEqual([0, 0]);

    // A kill is a death: the next worker runs the variants one at a time, and each once more.
    const second = harness.startWorker(env);
    await bothRunningUnder(second, 1);
    await killWorkerProcess(second);
    const third = harness.startWorker(env);
    const job = await waitFor(() => jobState(id), finished, { what: "the job to finish", timeoutMs: 120_000, intervalMs: 250 });
    await killWorkerProcess(third);
    await harness.redis.start();

    expect(job.status).toBe("COMPLETED");
    expect(job.error).toBeNull();
    expect(job.claimedBy).toMatch(new RegExp(`:${third.child.pid}$`));
    expect(job.variants.map((v) => [v.status, v.directRuns])).toEqual([
      ["COMPLETED", 2],
      ["COMPLETED", 2],
    ]);
    expect(job.timetables).toHaveLength(2);
    expect(new Set(job.variants.map((v) => v.timetableId)).size).toBe(2);
    expect(job.attempts).toBe(6); // two variants started by each of the three workers
    expect(third.output()).toMatch(/"oneAtATime":true,"msg":"Redis is down: running the generation straight from PostgreSQL"/);
  });
});
