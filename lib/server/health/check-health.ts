/**
 * Liveness of the three things generation needs: PostgreSQL, Redis (the queue) and at least one
 * worker process (a WorkerHeartbeat seen within WORKER_ALIVE_WITHIN_MS). Each check has its own
 * timeout and they run in parallel, so the endpoint answers within about three seconds even
 * when something hangs.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { pingQueue } from "@/lib/queue/producer";
import { errorFields, log } from "@/lib/log/logger";
import { WORKER_ALIVE_WITHIN_MS } from "@/lib/domain/worker-liveness";
// Generous enough for a cold first query on a busy machine, short enough for a load balancer probe.
const CHECK_TIMEOUT_MS = 3_000;

export interface DependencyHealth {
  ok: boolean;
  latencyMs: number | null;
}

export interface WorkerHealth {
  ok: boolean;
  /** Worker processes with a heartbeat within WORKER_ALIVE_WITHIN_MS. */
  count: number;
  /** The most recent heartbeat of any worker, even a stale one; null if none was ever seen. */
  lastSeen: string | null;
}

export interface HealthReport {
  status: "ok" | "degraded";
  postgres: DependencyHealth;
  redis: DependencyHealth;
  worker: WorkerHealth;
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// The endpoint is public: causes (hosts, ports, driver messages) go to the log, not the response.
function logFailure(what: string, error: unknown): void {
  log.warn({ check: what, ...errorFields(error) }, "health check failed");
}

async function checkPostgres(): Promise<DependencyHealth> {
  const started = performance.now();
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, "PostgreSQL");
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    logFailure("PostgreSQL", error);
    return { ok: false, latencyMs: null };
  }
}

async function checkRedis(): Promise<DependencyHealth> {
  try {
    const latencyMs = await withTimeout(pingQueue(), "Redis");
    return { ok: true, latencyMs: Math.round(latencyMs) };
  } catch (error) {
    logFailure("Redis", error);
    return { ok: false, latencyMs: null };
  }
}

async function checkWorkers(now: Date): Promise<WorkerHealth> {
  try {
    const aliveSince = new Date(now.getTime() - WORKER_ALIVE_WITHIN_MS);
    const [count, latest] = await withTimeout(
      Promise.all([
        prisma.workerHeartbeat.count({ where: { lastSeen: { gte: aliveSince } } }),
        prisma.workerHeartbeat.aggregate({ _max: { lastSeen: true } }),
      ]),
      "PostgreSQL (worker heartbeats)",
    );
    return { ok: count > 0, count, lastSeen: latest._max.lastSeen?.toISOString() ?? null };
  } catch (error) {
    logFailure("worker heartbeat", error);
    return { ok: false, count: 0, lastSeen: null };
  }
}

export async function checkHealth(now = new Date()): Promise<HealthReport> {
  const [postgres, redis, worker] = await Promise.all([checkPostgres(), checkRedis(), checkWorkers(now)]);
  return { status: postgres.ok && redis.ok && worker.ok ? "ok" : "degraded", postgres, redis, worker };
}
