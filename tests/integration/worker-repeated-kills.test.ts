/**
 * A variant lost only to worker deaths still runs to completion (issue 16): the workers holding a
 * job's variants are SIGKILLed three times in a row, each time once the restarted variants are
 * solving again, and the job still completes with each variant's timetable saved exactly once.
 * (With BullMQ's stall limit at its old value of 2, the third kill failed both variants.)
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { createTermAndRegistrar, jobState, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
const KILLS = 3;
const VARIANTS = 2;

describe("a job whose workers are killed again and again", () => {
  it(`completes with all its variants exactly once after ${KILLS} SIGKILLs`, { timeout: 300_000 }, async () => {
    // Short locks so that each death is noticed in seconds; WORKER_MAX_STALLED_COUNT keeps its default.
    const env = useQueueOf(harness.redis.url, { WORKER_LOCK_DURATION_MS: "2000", WORKER_STALLED_INTERVAL_MS: "1000" });
    expect(env.WORKER_MAX_STALLED_COUNT ?? process.env.WORKER_MAX_STALLED_COUNT).toBeUndefined();
    const { termId, registrarId } = await createTermAndRegistrar();
    let worker: WorkerProcess = harness.startWorker(env);
    const { id } = await createGenerationJob({ termId, departmentIds: [], variants: VARIANTS, secondsPerVariant: 8, requestedById: registrarId });

    for (let kill = 1; kill <= KILLS; kill++) {
      // Each (re)start of a variant counts one attempt: wait until this round's runs are solving.
      const running = await waitFor(
        () => jobState(id),
        (job) => job.attempts === kill * VARIANTS && job.variants.every((v) => v.status === "RUNNING" && v.stage === "optimising"),
        { what: `round ${kill}: both variants optimising`, timeoutMs: 60_000 },
      );
      expect(running.timetables).toHaveLength(0);
      worker.child.kill("SIGKILL");
      expect((await worker.exited).signal).toBe("SIGKILL");
      console.info(`[test] SIGKILL ${kill} with both variants solving (attempts ${running.attempts})`);
      worker = harness.startWorker(env);
    }

    const job = await waitFor(() => jobState(id), (j) => j.status !== "RUNNING", { what: "the job to finish", timeoutMs: 90_000 });
    expect(job.status).toBe("COMPLETED");
    expect(job.error).toBeNull();
    expect(job.variants.map((v) => v.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(job.attempts).toBe((KILLS + 1) * VARIANTS);
    expect(await prisma.generationVariant.count({ where: { jobId: id } })).toBe(VARIANTS);
    expect(job.timetables).toHaveLength(VARIANTS);
    expect(new Set(job.variants.map((v) => v.timetableId)).size).toBe(VARIANTS);
    expect(worker.output()).not.toMatch(/stalled more than allowable limit|was given up/);
  });
});
