/**
 * The context every log line of a request or job carries, without passing a logger around: code
 * running inside withLogContext() (a route handler, a job processor, everything they await) logs
 * with these fields added (lib/log/logger.ts's mixin reads them).
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface LogContext {
  /** One HTTP request: X-Request-Id if the load balancer sent one, else generated. */
  requestId?: string;
  /** The signed-in user of the request, or the user who requested the generation job. */
  userId?: string;
  /** The GenerationJob id: the one key from the web's request to the worker's saved variants. */
  jobId?: string;
  /** Variant index within the job. */
  variant?: number;
  /** BullMQ's job id and attempt, when the work came from the queue. */
  queueJobId?: string;
  attempt?: number;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs fn with these fields added to the current context (nested contexts keep outer fields). */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, fn);
}

/** Adds fields to the current context once they are known (e.g. the job id after it is created). */
export function addLogContext(fields: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, fields);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
