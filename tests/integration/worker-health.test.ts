/**
 * GET /api/health against the real PostgreSQL, a private Redis and a real worker process: 200 and
 * "ok" only while all three are alive, 503 "degraded" naming the part that is down.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { WORKER_ALIVE_WITHIN_MS } from "@/lib/domain/worker-liveness";
import { checkHealth, type HealthReport } from "@/lib/server/health/check-health";
import { useQueueOf } from "./support/generation-fixtures";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  worker = harness.startWorker(useQueueOf(harness.redis.url));
  await worker.waitForOutput(/started: prefix/);
});

describe("health", () => {
  it("answers 200 ok while PostgreSQL, Redis and a worker are alive", async () => {
    const response = await GET(new Request("http://test/api/health"));
    const body = (await response.json()) as HealthReport;
    expect(response.status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.postgres.ok && body.redis.ok && body.worker.ok).toBe(true);
    expect(body.worker.count).toBeGreaterThanOrEqual(1);
    expect(Date.now() - Date.parse(body.worker.lastSeen!)).toBeLessThan(WORKER_ALIVE_WITHIN_MS);
    console.info(`[test] health latencies: postgres ${body.postgres.latencyMs} ms, redis ${body.redis.latencyMs} ms`);
  });

  it("reports the worker down when no heartbeat is recent", async () => {
    const later = new Date(Date.now() + WORKER_ALIVE_WITHIN_MS + 60_000);
    const report = await checkHealth(later);
    expect(report.status).toBe("degraded");
    expect(report.worker).toMatchObject({ ok: false, count: 0 });
    expect(report.worker.lastSeen).not.toBeNull();
  });

  it("answers 503 degraded within a couple of seconds when Redis is down", async () => {
    await harness.redis.stop();
    const started = Date.now();
    const response = await GET(new Request("http://test/api/health"));
    const body = (await response.json()) as HealthReport;
    console.info(`[test] health answered in ${Date.now() - started} ms with Redis down`);
    expect(response.status).toBe(503);
    expect(body.status).toBe("degraded");
    expect(body.redis).toEqual({ ok: false, latencyMs: null });
    expect(body.postgres.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_500);
  });
});
