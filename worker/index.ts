/**
 * The worker process: `npm run worker` (node --conditions=react-server --import tsx worker/index.ts). Run as many as you like,
 * on any machine that reaches the same PostgreSQL and Redis. Settings: readWorkerConfig in lib/config.ts.
 */
import { assertProductionAuthSecret, readRuntimeConfig, readWorkerConfig } from "@/lib/config";
import { shutdownOnSignals } from "./shutdown";
import { startWorker } from "./start-worker";
import { errorFields, log } from "@/lib/log/logger";

try {
  // The worker shares the web's environment; a deployment with a known secret is refused by both.
  if (readRuntimeConfig().production) assertProductionAuthSecret();
  const config = readWorkerConfig();
  const running = await startWorker(config);
  shutdownOnSignals(running, config.WORKER_SHUTDOWN_TIMEOUT_MS);
} catch (error) {
  // A bad setting or PostgreSQL being unreachable at start: say so in one line, exit non-zero so
  // that a supervisor (npm start, systemd, Docker) restarts or reports it.
  log.fatal(errorFields(error), "could not start");
  process.exit(1);
}
