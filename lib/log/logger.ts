/**
 * The one logger of every process (web, worker, the worker's solver threads): pino, one JSON
 * object per line on stdout, so a log shipper can index it. Every line carries the context of the
 * request or job it belongs to (requestId, userId, jobId, variant: see ./log-context.ts), which is
 * how one generation is followed from the request that created it to its saved variants, across
 * the web and worker processes: filter on jobId.
 *
 * LOG_LEVEL: trace|debug|info|warn|error (default info). LOG_FORMAT: json|pretty (default pretty
 * when stdout is a terminal, as under `npm start`; json otherwise: Docker, systemd, tests).
 * LOG_FILE: append to this file instead of stdout. Writes go straight to the file descriptor
 * (sonic-boom), which also works from worker threads.
 */
import { isatty } from "node:tty";
import { isMainThread } from "node:worker_threads";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { z } from "zod";
import { currentLogContext } from "./log-context";

const ZLogSettingsSchema = z.object({
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
});

function createLogger(): Logger {
  const settings = ZLogSettingsSchema.parse({ LOG_LEVEL: process.env.LOG_LEVEL || undefined, LOG_FORMAT: process.env.LOG_FORMAT || undefined });
  const format = settings.LOG_FORMAT ?? (isatty(1) ? "pretty" : "json");
  const options: pino.LoggerOptions = {
    level: settings.LOG_LEVEL,
    base: { proc: processName(), pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Read at every line: the request or job this code runs for (AsyncLocalStorage).
    mixin: () => currentLogContext(),
  };
  const dest = process.env.LOG_FILE || 1;
  const destination =
    format === "pretty"
      ? pretty({ destination: dest, sync: true, ignore: "pid,hostname", translateTime: "HH:MM:ss.l", singleLine: true })
      : pino.destination({ dest, sync: true });
  return pino(options, destination);
}

/**
 * "web" or "worker", for filtering; LOG_PROCESS_NAME overrides (e.g. for scripts). Only the worker
 * runs code in worker threads (its solver threads, which have no argv of their own).
 */
function processName(): string {
  if (process.env.LOG_PROCESS_NAME) return process.env.LOG_PROCESS_NAME;
  return !isMainThread || /worker[\\/]index\.ts$/.test(process.argv[1] ?? "") ? "worker" : "web";
}

// One per process (and per worker thread): kept on globalThis so that Next's separately bundled
// routes and dev-mode reloads share it.
const globalForLog = globalThis as unknown as { timetablerLogger?: Logger };
export const log: Logger = (globalForLog.timetablerLogger ??= createLogger());

/** An error as log fields: its message, and the stack at debug level (kept short at info). */
export function errorFields(error: unknown): { error: string; stack?: string } {
  if (error instanceof Error) return { error: error.message, ...(log.isLevelEnabled("debug") && error.stack ? { stack: error.stack } : {}) };
  return { error: String(error) };
}
