/**
 * The one logger of every process (web, worker, the worker's solver threads): pino, one JSON
 * object per line on stdout, so a log shipper can index it. Every line carries the context of the
 * request or job it belongs to (requestId, userId, jobId, variant: see ./log-context.ts), which is
 * how one generation is followed from the request that created it to its saved variants, across
 * the web and worker processes: filter on jobId.
 *
 * Settings (lib/config.ts, readLogConfig): LOG_LEVEL, LOG_FORMAT (pretty by default when stdout is
 * a terminal, as under `npm start`; JSON otherwise), LOG_FILE. Writes go straight to the file
 * descriptor (sonic-boom), which also works from worker threads.
 */
import { isatty } from "node:tty";
import { isMainThread } from "node:worker_threads";
import pino, { type LogFn, type Logger } from "pino";
import pretty from "pino-pretty";
import { readLogConfig } from "@/lib/config";
import { currentLogContext } from "./log-context";

function createLogger(): Logger {
  const settings = readLogConfig();
  const format = settings.LOG_FORMAT ?? (isatty(1) ? "pretty" : "json");
  const options: pino.LoggerOptions = {
    level: settings.LOG_LEVEL,
    base: { proc: settings.LOG_PROCESS_NAME ?? defaultProcessName(), pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Read at every line: the request or job this code runs for (AsyncLocalStorage).
    mixin: () => currentLogContext(),
  };
  const dest = settings.LOG_FILE ?? 1;
  const destination =
    format === "pretty"
      ? pretty({ destination: dest, sync: true, ignore: "pid,hostname", translateTime: "HH:MM:ss.l", singleLine: true })
      : pino.destination({ dest, sync: true });
  return pino(options, destination);
}

/**
 * "web" or "worker", for filtering. Only the worker runs code in worker threads (its solver
 * threads, which have no argv of their own).
 */
function defaultProcessName(): string {
  return !isMainThread || /worker[\\/]index\.ts$/.test(process.argv[1] ?? "") ? "worker" : "web";
}

// One per process (and per worker thread): kept on globalThis so that Next's separately bundled
// routes and dev-mode reloads share it. Created at the first line logged, not at import: the
// settings module imports (through lib/api/errors.ts) this one.
const globalForLog = globalThis as unknown as { timetablerLogger?: Logger };
const instance = (): Logger => (globalForLog.timetablerLogger ??= createLogger());

type Level = "trace" | "debug" | "info" | "warn" | "error" | "fatal";
const forward = (level: Level): LogFn => ((...args: unknown[]) => (instance()[level] as (...a: unknown[]) => void)(...args)) as LogFn;

/** The process's logger: `log.info({ field }, "message")`. */
export const log = {
  trace: forward("trace"),
  debug: forward("debug"),
  info: forward("info"),
  warn: forward("warn"),
  error: forward("error"),
  fatal: forward("fatal"),
  isLevelEnabled: (level: Level) => instance().isLevelEnabled(level),
};

/** An error as log fields: its message, and the stack at debug level (kept short at info). */
export function errorFields(error: unknown): { error: string; stack?: string } {
  if (error instanceof Error) return { error: error.message, ...(log.isLevelEnabled("debug") && error.stack ? { stack: error.stack } : {}) };
  return { error: String(error) };
}
