/**
 * worker/index.ts with ./poison-solver.sandbox.mjs as the solve-variant processor (and its solver
 * for generations run straight from PostgreSQL): a worker that a poison input brings down. Same
 * start-up and signal handling as the real one.
 */
import { fileURLToPath } from "node:url";
import { readWorkerConfig } from "@/lib/config";
import { shutdownOnSignals } from "@/worker/shutdown";
import { startWorker } from "@/worker/start-worker";
import { poisonRunVariant } from "./poison-solve-variant";

const config = readWorkerConfig();
const running = await startWorker(config, fileURLToPath(new URL("./poison-solver.sandbox.mjs", import.meta.url)), poisonRunVariant);
shutdownOnSignals(running, config.WORKER_SHUTDOWN_TIMEOUT_MS);
