/**
 * Data that cannot be satisfied ends the job FAILED at once (no retries) with the solver's
 * explanation, not a stack trace: `error` is a sentence, `errorDetails` the blockers naming what
 * cannot be placed.
 */
import { describe, expect, it } from "vitest";
import { getQueueCounts } from "@/lib/queue/producer";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;

describe("infeasible data", () => {
  it("fails the job with the solver's explanation and does not retry", async () => {
    const env = useQueueOf(harness.redis.url);
    // One working day of 6 periods cannot hold batch A's 7 weekly periods.
    const { termId, registrarId, tiny } = await createTermAndRegistrar({ workingDays: [1] });
    worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);

    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: 2, secondsPerVariant: 5, requestedById: registrarId });
    const job = await waitFor(() => jobState(id), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", { what: "the job to finish" });

    expect(job.status).toBe("FAILED");
    expect(job.variants.map((v) => v.status)).toEqual(["FAILED", "FAILED"]);
    expect(job.timetables).toHaveLength(0);
    expect(job.error).toBeTruthy();
    expect(job.error).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
    const blockers = job.errorDetails as { kind: string; message: string; offeringIds: string[]; groupIds: string[] }[];
    expect(Array.isArray(blockers) && blockers.length).toBeGreaterThan(0);
    expect(blockers.some((b) => b.groupIds.length > 0 || b.offeringIds.includes(tiny.offerings.theoryA.id))).toBe(true);
    expect(job.error).toContain(blockers[0].message);

    expect(job.attempts).toBe(2); // one attempt per variant: UnrecoverableError skips BullMQ's retries
    expect(await getQueueCounts()).toMatchObject({ failed: 2, delayed: 0, waiting: 0 });
  });
});
