/**
 * The web process: `npm run web` (node --conditions=react-server --import tsx scripts/serve-web.ts [next start options]).
 * Runs WEB_CONCURRENCY copies of `next start` on one port with node:cluster, so a busy term's
 * requests use every core instead of queueing on one Node event loop (a cached view costs 1.5-3 ms
 * of CPU and a page 6-9 ms, so one process tops out near 400-600 view requests/s). Run it on as many machines as you like behind a load
 * balancer: the processes share nothing but PostgreSQL and Redis, and sessions are signed cookies.
 *
 * This file is the supervisor only: it forks, restarts a process that dies, and on SIGINT/SIGTERM
 * stops them all (Next closes its server on SIGTERM) and exits 0. Next itself runs in the children
 * without tsx.
 */
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import { assertProductionAuthSecret, readWebConcurrency } from "@/lib/config";
import { aggregateClusterMetrics } from "@/lib/metrics/cluster-metrics";

// A child that dies sooner than this after starting is "failing at start" (no build, port taken):
// restarting it would only loop, so after a few in a row the supervisor gives up and exits 1.
const HEALTHY_AFTER_MS = 10_000;
const MAX_FAILED_STARTS = 3;
const SHUTDOWN_TIMEOUT_MS = 10_000;

const log = (message: string) => console.log(`[web] ${message}`);

function main() {
  // `next start` is production whatever NODE_ENV says here: never serve it with a known secret.
  assertProductionAuthSecret();
  const concurrency = readWebConcurrency();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // execArgv: [] keeps this process's `--import tsx` and `--conditions=react-server` out of the
  // children: Next loads its own server and client layers, each with the right conditions.
  cluster.setupPrimary({ exec: nextBin, args: ["start", ...process.argv.slice(2)], execArgv: [] });
  // /api/metrics, answered by any one child, adds up every child's HTTP metrics through here.
  aggregateClusterMetrics();

  // The children this supervisor is responsible for, and when each started.
  const startedAt = new Map<Worker, number>();
  let failedStarts = 0;
  let exitCode: number | null = null;

  const fork = () => startedAt.set(cluster.fork(), Date.now());

  const stopAll = (code: number) => {
    if (exitCode !== null) return;
    exitCode = code;
    if (startedAt.size === 0) process.exit(code);
    log(`stopping ${startedAt.size} process(es)`);
    for (const worker of startedAt.keys()) worker.process.kill("SIGTERM");
    // Next waits for open keep-alive connections; do not let one hold the shutdown forever.
    setTimeout(() => {
      for (const worker of startedAt.keys()) worker.process.kill("SIGKILL");
      process.exit(code);
    }, SHUTDOWN_TIMEOUT_MS).unref();
  };

  cluster.on("exit", (worker, code, signal) => {
    const upFor = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (exitCode !== null) {
      if (startedAt.size === 0) process.exit(exitCode);
      return;
    }
    log(`process ${worker.process.pid} exited (${signal ?? `code ${code}`}) after ${Math.round(upFor / 1000)} s`);
    failedStarts = upFor < HEALTHY_AFTER_MS ? failedStarts + 1 : 0;
    if (failedStarts >= MAX_FAILED_STARTS) {
      log(`${failedStarts} processes in a row died within ${HEALTHY_AFTER_MS / 1000} s of starting; giving up`);
      stopAll(1);
      return;
    }
    log("starting a replacement");
    fork();
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));

  log(`starting ${concurrency} Next.js process(es) (WEB_CONCURRENCY=${concurrency})`);
  for (let i = 0; i < concurrency; i++) fork();
}

try {
  main();
} catch (error) {
  console.error("[web] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
}
