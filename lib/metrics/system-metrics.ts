/**
 * The metrics no single process holds, read at scrape time from where every process writes them:
 * queue depth from Redis (BullMQ's counts), generation jobs and their durations from PostgreSQL,
 * and per worker process its heartbeat and solver totals (WorkerHeartbeat rows). A fresh registry
 * per scrape: the values are the database's, not this process's.
 */
import { Counter, Gauge, Registry } from "prom-client";
import { prisma } from "@/lib/db";
import { withProducer } from "@/lib/queue/producer";
import { errorFields, log } from "@/lib/log/logger";
import { WORKER_ALIVE_WITHIN_MS } from "@/lib/domain/worker-liveness";

const QUEUE_STATES = ["waiting", "active", "delayed", "failed", "completed", "prioritized", "waiting-children"] as const;
// Durations are summarised over jobs that finished within this window.
const DURATION_WINDOW_MINUTES = 60;

export async function collectSystemMetrics(): Promise<string> {
  const registry = new Registry();
  await Promise.all([queueMetrics(registry), jobMetrics(registry), workerMetrics(registry)]);
  return registry.metrics();
}

async function queueMetrics(registry: Registry): Promise<void> {
  const up = new Gauge({ name: "timetabler_queue_up", help: "1 when Redis (the job queue) answered this scrape", registers: [registry] });
  const jobs = new Gauge({ name: "timetabler_queue_jobs", help: "Jobs in each BullMQ queue by state", labelNames: ["queue", "state"], registers: [registry] });
  try {
    const counts = await withProducer(({ queues }) =>
      Promise.all([queues.solveVariantQueue, queues.finalizeQueue].map(async (queue) => ({ name: queue.name, counts: await queue.getJobCounts(...QUEUE_STATES) }))),
    );
    for (const { name, counts: byState } of counts) {
      for (const state of QUEUE_STATES) jobs.set({ queue: name, state }, byState[state] ?? 0);
    }
    up.set(1);
  } catch (error) {
    log.warn(errorFields(error), "metrics: queue counts unavailable");
    up.set(0);
  }
}

async function jobMetrics(registry: Registry): Promise<void> {
  const byStatus = new Gauge({ name: "timetabler_generation_jobs", help: "Generation jobs by status (PostgreSQL)", labelNames: ["status"], registers: [registry] });
  const duration = new Gauge({
    name: "timetabler_generation_job_duration_seconds",
    help: `Time from request to finish of generation jobs finished in the last ${DURATION_WINDOW_MINUTES} minutes, by quantile`,
    labelNames: ["quantile"],
    registers: [registry],
  });
  const wait = new Gauge({
    name: "timetabler_generation_job_wait_seconds",
    help: `Time from request to start (queue wait) of generation jobs started in the last ${DURATION_WINDOW_MINUTES} minutes, by quantile`,
    labelNames: ["quantile"],
    registers: [registry],
  });
  const finished = new Gauge({ name: "timetabler_generation_jobs_finished_recently", help: `Generation jobs finished in the last ${DURATION_WINDOW_MINUTES} minutes`, registers: [registry] });

  for (const row of await prisma.generationJob.groupBy({ by: ["status"], _count: { _all: true } })) {
    byStatus.set({ status: row.status }, row._count._all);
  }
  const [summary] = await prisma.$queryRaw<{ n: number; p50: number | null; p95: number | null; max: number | null; w50: number | null; w95: number | null }[]>`
    SELECT count(*)::int AS n,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "finishedAt" - "createdAt")) AS p50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM "finishedAt" - "createdAt")) AS p95,
      max(extract(epoch FROM "finishedAt" - "createdAt"))::float AS max,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "startedAt" - "createdAt")) AS w50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM "startedAt" - "createdAt")) AS w95
    FROM "GenerationJob"
    WHERE "finishedAt" > now() - make_interval(mins => ${DURATION_WINDOW_MINUTES})`;
  finished.set(summary.n);
  for (const [quantile, value] of [["0.5", summary.p50], ["0.95", summary.p95], ["1", summary.max]] as const) {
    if (value !== null) duration.set({ quantile }, value);
  }
  for (const [quantile, value] of [["0.5", summary.w50], ["0.95", summary.w95]] as const) {
    if (value !== null) wait.set({ quantile }, value);
  }
}

async function workerMetrics(registry: Registry): Promise<void> {
  const labelNames = ["worker"] as const;
  const lastSeen = new Gauge({ name: "timetabler_worker_heartbeat_age_seconds", help: "Seconds since each worker process's last heartbeat", labelNames, registers: [registry] });
  const alive = new Gauge({ name: "timetabler_workers_alive", help: `Worker processes with a heartbeat within ${WORKER_ALIVE_WITHIN_MS / 1000} s`, registers: [registry] });
  const runs = new Counter({ name: "timetabler_solver_runs_total", help: "Solver runs finished by each worker process", labelNames, registers: [registry] });
  const moves = new Counter({ name: "timetabler_solver_moves_total", help: "Moves the solver evaluated in each worker process", labelNames, registers: [registry] });
  const seconds = new Counter({ name: "timetabler_solver_seconds_total", help: "Seconds each worker process spent solving", labelNames, registers: [registry] });
  const rate = new Gauge({
    name: "timetabler_solver_moves_per_second",
    help: "Moves evaluated per second of solving, over the live workers' lifetimes (rate(moves)/rate(seconds) for a window)",
    registers: [registry],
  });

  const now = Date.now();
  const rows = await prisma.workerHeartbeat.findMany({ select: { id: true, lastSeen: true, solverRuns: true, solverMoves: true, solverSeconds: true } });
  let liveMoves = 0;
  let liveSeconds = 0;
  let liveCount = 0;
  for (const row of rows) {
    const worker = { worker: row.id };
    const age = (now - row.lastSeen.getTime()) / 1000;
    lastSeen.set(worker, age);
    runs.inc(worker, row.solverRuns);
    moves.inc(worker, Number(row.solverMoves));
    seconds.inc(worker, row.solverSeconds);
    if (age * 1000 <= WORKER_ALIVE_WITHIN_MS) {
      liveCount++;
      liveMoves += Number(row.solverMoves);
      liveSeconds += row.solverSeconds;
    }
  }
  alive.set(liveCount);
  rate.set(liveSeconds > 0 ? Math.round(liveMoves / liveSeconds) : 0);
}
