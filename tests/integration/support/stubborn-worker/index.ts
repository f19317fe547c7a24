/**
 * worker/index.ts with ./stubborn-solver.sandbox.mjs as the solve-variant processor: the same
 * start-up and signal handling, for testing the last step of a shutdown (ending stuck threads).
 */
import { fileURLToPath } from "node:url";
import { readWorkerConfig } from "@/lib/config";
import { shutdownOnSignals } from "@/worker/shutdown";
import { startWorker } from "@/worker/start-worker";

const config = readWorkerConfig();
const running = await startWorker(config, fileURLToPath(new URL("./stubborn-solver.sandbox.mjs", import.meta.url)));
shutdownOnSignals(running, config.WORKER_SHUTDOWN_TIMEOUT_MS);
