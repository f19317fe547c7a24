/**
 * (a) A generation created through createGenerationJob is solved by a separate worker process:
 * every variant gets a timetable and the job ends COMPLETED with progress 100 and a best score.
 */
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getQueueCounts } from "@/lib/queue/producer";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;

afterAll(() => {
  // Runs before the harness's teardown (after hooks run last-registered first).
  if (worker) console.info(worker.output());
});

describe("worker process", () => {
  it("completes a generation job created by createGenerationJob", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);

    const startedAt = Date.now();
    const created = await createGenerationJob({ termId, departmentIds: [], variants: 3, secondsPerVariant: 5, requestedById: registrarId });
    expect(created.enqueued).toBe(true);

    const job = await waitFor(() => jobState(created.id), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", {
      what: "the job to finish",
    });
    console.info(`[test] 3 variants x 1 s on 2 worker threads finished in ${Date.now() - startedAt} ms`);

    if (job.status !== "COMPLETED") console.error(worker.output());
    expect(job.status).toBe("COMPLETED");
    expect(job.attempts).toBe(3);
    expect(job.progress).toBe(100);
    expect(job.startedAt).not.toBeNull();
    expect(job.finishedAt).not.toBeNull();
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "COMPLETED", "COMPLETED"]);
    expect(job.variants.every((v) => v.timetableId !== null)).toBe(true);
    expect(job.timetables).toHaveLength(3);
    expect(job.timetables.every((t) => t._count.entries > 0)).toBe(true);
    expect(job.bestScore).toBe(Math.min(...job.timetables.filter((t) => t.hardViolations === 0).map((t) => t.score)));

    const counts = await getQueueCounts();
    expect(counts).toMatchObject({ waiting: 0, active: 0, failed: 0, completed: 3 });

    const heartbeat = await prisma.workerHeartbeat.findFirst({ where: { pid: worker.child.pid } });
    expect(heartbeat).not.toBeNull();
  });
});
