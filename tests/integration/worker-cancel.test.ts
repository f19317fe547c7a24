/**
 * (b) Cancelling a running generation stops its solvers within about a second, and nothing is left
 * half-written: no timetable, every variant CANCELLED, the job CANCELLED.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { cancelGenerationJob } from "@/lib/server/generation/cancel-generation-job";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { killWorkerProcess, type WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;
let env: Record<string, string>;

describe("cancelling a generation", () => {
  it("stops the running solvers within about a second and saves nothing", async () => {
    env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);

    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 60, requestedById: registrarId });
    const running = await waitFor(
      () => jobState(id),
      // The job row is summed up from the variants after each variant write, so it may trail them
      // by one write (about a second): wait for it too.
      (job) => job.variants.every((v) => v.stage === "optimising" && v.progress >= 5) && job.stage === "optimising" && job.progress > 5,
      { what: "both variants to be optimising and the job's progress to move", timeoutMs: 40_000 },
    );
    // Live progress reaches the rows the page polls: per variant, and summed up on the job.
    expect(running.status).toBe("RUNNING");
    expect(running.startedAt).not.toBeNull();
    expect(running.progress).toBeLessThan(100);
    for (const variant of running.variants) {
      expect(variant.progress).toBeGreaterThanOrEqual(5);
      expect(variant.secondsLeft).toBeGreaterThan(0);
    }

    const cancelledAt = Date.now();
    const requested = await cancelGenerationJob({ generationJobId: id });
    expect(requested.status).toBe("RUNNING");
    expect(requested.cancelRequestedAt).not.toBeNull();

    await waitFor(() => jobState(id), (j) => j.variants.every((v) => v.status === "CANCELLED"), {
      intervalMs: 25,
      what: "the solvers to stop",
    });
    const solversStoppedInMs = Date.now() - cancelledAt;
    const job = await waitFor(() => jobState(id), (j) => j.status === "CANCELLED", { intervalMs: 25, what: "the job to be CANCELLED" });
    const jobCancelledInMs = Date.now() - cancelledAt;
    console.info(`[test] cancel -> solvers stopped in ${solversStoppedInMs} ms, job CANCELLED in ${jobCancelledInMs} ms`);

    // About 1 s on an idle machine (300 ms poll + solver abort + writes); the bounds leave room for
    // a loaded CI machine and still catch a cancel that waits for the time budget (60 s).
    expect(solversStoppedInMs).toBeLessThan(3_000);
    expect(jobCancelledInMs).toBeLessThan(5_000);
    expect(job.variants.map((v) => v.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(job.timetables).toHaveLength(0);
    expect(job.finishedAt).not.toBeNull();
    expect(await prisma.timetableEntry.count({ where: { timetable: { jobId: id } } })).toBe(0);
  });

  it("cancels a job that no worker has started, and the worker then never solves it", async () => {
    const { termId, registrarId } = await createTermAndRegistrar();
    // Stop taking jobs first, so the job is certainly still QUEUED when cancelled.
    await killWorkerProcess(worker);
    const { id, enqueued } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 60, requestedById: registrarId });
    expect(enqueued).toBe(true);

    const requested = await cancelGenerationJob({ generationJobId: id });
    expect(requested.status).toBe("CANCELLED");

    worker = harness.startWorker(env);
    await worker.waitForOutput(new RegExp(`"jobId":"${id}".*"msg":"finalized: CANCELLED"`));
    const job = await jobState(id);
    expect(job.status).toBe("CANCELLED");
    expect(job.startedAt).toBeNull();
    expect(job.variants.map((v) => v.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(job.timetables).toHaveLength(0);
  });
});
