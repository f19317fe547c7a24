/**
 * The worker process: `npm run worker` (node --import tsx worker/index.ts). Run as many as you like,
 * on any machine that reaches the same PostgreSQL and Redis. Settings: see ./config.ts.
 */
import { readWorkerConfig } from "./config";
import { shutdownOnSignals } from "./shutdown";
import { startWorker } from "./start-worker";

const config = readWorkerConfig();
const running = await startWorker(config);
shutdownOnSignals(running, config.WORKER_SHUTDOWN_TIMEOUT_MS);
