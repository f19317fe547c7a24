/**
 * The admin queue dashboard's API against a real Redis and worker: only admins (401/403 for the
 * rest), failed jobs listed with their error, and Retry puts a failed job back in the queue.
 */
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { withProducer } from "@/lib/queue/producer";
import type { QueueOverview } from "@/lib/server/queue-admin/queue-overview.types";
import { useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));
const { GET } = await import("@/app/api/admin/queue/route");
const { POST: retry } = await import("@/app/api/admin/queue/[queue]/[jobId]/retry/route");

const harness = useWorkerTestHarness();
const as = (role: SessionUser["role"] | null) => {
  session.current = role ? { id: `queue-test-${role}`, email: "q@test", name: "Q", role, departmentId: null } : null;
};
const overview = () => GET(new Request("http://test/api/admin/queue"), { params: Promise.resolve({}) });
const retryJob = (queue: string, jobId: string) =>
  retry(new Request(`http://test/api/admin/queue/${queue}/${jobId}/retry`, { method: "POST" }), { params: Promise.resolve({ queue, jobId }) });

describe("admin queue dashboard", () => {
  it("is for admins only", async () => {
    useQueueOf(harness.redis.url);
    as(null);
    expect((await overview()).status).toBe(401);
    expect((await retryJob("solve-variant", "x")).status).toBe(401);
    for (const role of ["REGISTRAR", "HOD", "FACULTY", "STUDENT"] as const) {
      as(role);
      expect((await overview()).status, role).toBe(403);
      expect((await retryJob("solve-variant", "x")).status, role).toBe(403);
    }
  });

  it("lists a failed job with its error and retries it", async () => {
    const env = useQueueOf(harness.redis.url);
    const worker = harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    // A payload the worker refuses for good: the job fails with the reason.
    const jobId = "dashboard-test-bad-payload";
    await withProducer(({ queues }) => queues.solveVariantQueue.add("solve-variant", { bogus: true } as never, { jobId, attempts: 1 }));

    as("ADMIN");
    const failed = await waitFor(
      async () => ((await (await overview()).json()) as QueueOverview).jobs.find((job) => job.id === jobId),
      (job) => job?.state === "failed",
      { what: "the job to fail", timeoutMs: 30_000 },
    );
    expect(failed).toMatchObject({ queue: "solve-variant", attemptsMade: 1, error: expect.stringContaining("Invalid solve-variant payload") });

    expect((await retryJob("solve-variant", "no-such-job")).status).toBe(404);
    expect((await retryJob("no-such-queue", jobId)).status).toBe(404);
    const retried = await retryJob("solve-variant", jobId);
    expect(retried.status, await retried.clone().text()).toBe(200);
    // Back in the queue, the worker takes it and it fails again (the payload is still bad): a second attempt.
    await waitFor(
      async () => ((await (await overview()).json()) as QueueOverview).jobs.find((job) => job.id === jobId),
      (job) => job?.state === "failed" && job.attemptsMade === 2 && (job.finishedAt ?? "") > (failed!.finishedAt ?? ""),
      { what: "the retried job to run again", timeoutMs: 30_000 },
    );
    // Only failed jobs can be retried.
    await withProducer(({ queues }) => queues.solveVariantQueue.add("solve-variant", { bogus: true } as never, { jobId: "dashboard-test-delayed", delay: 60_000 }));
    expect((await retryJob("solve-variant", "dashboard-test-delayed")).status).toBe(409);
  });
});
