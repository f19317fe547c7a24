/**
 * Liveness of this worker process: a WorkerHeartbeat row (id hostname:pid) refreshed every
 * HEARTBEAT_INTERVAL_MS with the jobs it is running. The health check, the metrics and other workers
 * call it alive while its row is fresher than WORKER_ALIVE_WITHIN_MS (lib/domain/worker-liveness.ts);
 * a clean shutdown deletes the row, a crash leaves it to go stale.
 */
import { hostname } from "node:os";
import { prisma } from "@/lib/db";
import { errorFields, log } from "@/lib/log/logger";

export interface Heartbeat {
  id: string;
  /** Stops beating and deletes this process's row. */
  stop: () => Promise<void>;
}

export interface HeartbeatOptions {
  intervalMs: number;
  /** BullMQ ids of the jobs this process is running now. */
  activeJobIds: () => string[];
}

export async function startHeartbeat({ intervalMs, activeJobIds }: HeartbeatOptions): Promise<Heartbeat> {
  const host = hostname();
  const id = `${host}:${process.pid}`;
  const startedAt = new Date();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let beating: Promise<void> = Promise.resolve();

  const beat = async () => {
    const now = new Date();
    const ids = activeJobIds();
    const activeJob = ids.length > 0 ? ids.join(",") : null;
    await prisma.workerHeartbeat.upsert({
      where: { id },
      create: { id, hostname: host, pid: process.pid, startedAt, lastSeen: now, activeJob },
      update: { lastSeen: now, activeJob },
    });
  };

  const loop = () => {
    beating = beat()
      .catch((error: unknown) => {
        // PostgreSQL being away must not stop the worker: the health check will show it stale.
        log.warn(errorFields(error), "heartbeat failed");
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  };

  await beat(); // the first beat is awaited so the worker is visible before it takes jobs
  timer = setTimeout(loop, intervalMs);

  return {
    id,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await beating;
      await prisma.workerHeartbeat.deleteMany({ where: { id } });
    },
  };
}
