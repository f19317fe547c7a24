/**
 * (c) A worker killed with SIGKILL mid-solve loses nothing: once another worker process runs, the
 * stalled variants (their locks expired) are solved again, and the job completes once, with exactly
 * one timetable per variant.
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

describe("a worker killed mid-solve", () => {
  it("has its variants picked up again as stalled and the job completes once", async () => {
    // Short locks so that a dead worker's jobs are noticed in seconds, not the default 30 s.
    const env = useQueueOf(harness.redis.url, { WORKER_LOCK_DURATION_MS: "2000", WORKER_STALLED_INTERVAL_MS: "1000" });
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);

    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    await waitFor(() => jobState(id), (job) => job.variants.every((v) => v.stage === "optimising"), {
      what: "both variants to be optimising",
      timeoutMs: 40_000,
    });

    worker.child.kill("SIGKILL");
    const { signal } = await worker.exited;
    expect(signal).toBe("SIGKILL");
    const afterKill = await jobState(id);
    expect(afterKill.status).toBe("RUNNING");
    expect(afterKill.timetables).toHaveLength(0);

    const recoveredAt = Date.now();
    worker = harness.startWorker(env);
    const job = await waitFor(() => jobState(id), (j) => j.status !== "RUNNING", { what: "the job to finish", timeoutMs: 60_000 });
    console.info(`[test] restarted worker finished the killed job in ${Date.now() - recoveredAt} ms`);
    await worker.waitForOutput(/stalled/);

    expect(job.status).toBe("COMPLETED");
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(await prisma.generationVariant.count({ where: { jobId: id } })).toBe(2);
    expect(job.timetables).toHaveLength(2);
    expect(new Set(job.variants.map((v) => v.timetableId)).size).toBe(2);
    expect(job.attempts).toBe(4); // two first attempts, two after the crash
  });
});
