/**
 * The web app's side of the queue: one lazily created, fail-fast Redis connection and its queue
 * handles. Every function here either does its job or throws QueueUnavailableError within about
 * PRODUCER_CONNECT_TIMEOUT_MS: it never hangs a request and never silently does nothing.
 */
import "server-only";
import type { Redis } from "ioredis";
import { PRODUCER_CONNECT_TIMEOUT_MS, bullmqPrefix, createProducerConnection } from "./connection";
import {
  addGenerationFlow,
  closeGenerationQueues,
  createGenerationQueues,
  type GenerationQueues,
} from "./generation-flow";
import { QueueUnavailableError } from "./queue-unavailable-error";
import { errorFields, log } from "@/lib/log/logger";

export interface Producer {
  connection: Redis;
  queues: GenerationQueues;
}

// Cached on globalThis so that Next.js dev hot reloads do not open a new connection each time.
const globalForProducer = globalThis as unknown as { __timetablerQueueProducer?: Producer };

function logOutage(error: unknown): void {
  // ioredis emits an error per reconnect attempt; one line per outage is enough.
  if (outageLogged) return;
  outageLogged = true;
  log.error({ component: "queue", ...errorFields(error) }, "Redis unavailable");
}
let outageLogged = false;

function getProducer(): Producer {
  const cached = globalForProducer.__timetablerQueueProducer;
  if (cached) return cached;
  const connection = createProducerConnection();
  connection.on("error", logOutage);
  connection.on("ready", () => {
    outageLogged = false;
  });
  const queues = createGenerationQueues(connection, bullmqPrefix());
  // Without listeners, an EventEmitter's "error" event would throw and crash the process.
  queues.flowProducer.on("error", logOutage);
  queues.solveVariantQueue.on("error", logOutage);
  queues.finalizeQueue.on("error", logOutage);
  const producer = { connection, queues };
  globalForProducer.__timetablerQueueProducer = producer;
  return producer;
}

/** Resolves once Redis is ready; rejects with QueueUnavailableError after `timeoutMs`. */
function whenReady(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      connection.off("ready", onReady);
      reject(new QueueUnavailableError(`The job queue is unavailable (Redis: ${connection.status})`));
    }, timeoutMs);
    connection.once("ready", onReady);
  });
}

/**
 * Runs one queue operation against a ready Redis, turning any failure into QueueUnavailableError.
 * Exported for the queue's other readers in the web app (metrics, the admin queue page).
 *
 * A failure other than our own timeout also discards the cached producer, so that the next call
 * builds fresh handles. Why: a BullMQ handle initialises once (it waits for "ready", then reads the
 * Redis version); if Redis drops during that, its init promise stays rejected and every later
 * command through that handle fails, even with the connection itself long back. Operations here
 * report their own outcomes as values, not throws (see retry-queue-job.ts), so a throw means the
 * queue itself went wrong. A timeout does not: the connection keeps reconnecting by itself, and a
 * slow Redis is no reason to drop it.
 */
export async function withProducer<T>(operation: (producer: Producer) => Promise<T>): Promise<T> {
  const producer = getProducer();
  await whenReady(producer.connection, PRODUCER_CONNECT_TIMEOUT_MS);
  let timer: NodeJS.Timeout | undefined;
  let timedOut: QueueUnavailableError | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject((timedOut = new QueueUnavailableError("The job queue did not answer in time"))),
      2 * PRODUCER_CONNECT_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([operation(producer), timeout]);
  } catch (error) {
    if (error !== timedOut) discardProducer(producer, error);
    if (error instanceof QueueUnavailableError) throw error;
    throw new QueueUnavailableError(
      `The job queue is unavailable: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  } finally {
    clearTimeout(timer);
  }
}

// So that closeProducer() leaves nothing open behind it (tests and scripts exit right after).
const closingInBackground = new Set<Promise<void>>();

/**
 * Drops `producer` from the cache (the next call builds a new one) and closes it in the background.
 * Concurrent callers that failed on the same handles all land here: only the first finds it still
 * cached, the rest (and anyone whose producer was already replaced) do nothing. Operations still
 * running on it fail as the connection ends, with QueueUnavailableError like any other failure.
 */
function discardProducer(producer: Producer, reason: unknown): void {
  if (globalForProducer.__timetablerQueueProducer !== producer) return;
  globalForProducer.__timetablerQueueProducer = undefined;
  log.warn({ component: "queue", ...errorFields(reason) }, "queue operation failed: the next one uses new queue handles");
  const closing = shutDown(producer)
    .catch((error) => log.warn({ component: "queue", ...errorFields(error) }, "closing discarded queue handles failed"))
    .finally(() => closingInBackground.delete(closing));
  closingInBackground.add(closing);
}

/**
 * Enqueues one generation (its variants and the finalize step). Idempotent: enqueueing the same
 * generation twice does nothing the second time. Returns whether this call added it.
 */
export function enqueueGeneration(generationJobId: string, variantCount: number): Promise<boolean> {
  return withProducer(({ queues }) => addGenerationFlow(queues, generationJobId, variantCount));
}

export interface QueueCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  delayed: number;
}

/** Counts of variant-solving jobs (the unit of work a worker takes), for the admin jobs page. */
export function getQueueCounts(): Promise<QueueCounts> {
  return withProducer(async ({ queues }) => {
    const counts = await queues.solveVariantQueue.getJobCounts("waiting", "active", "completed", "failed", "delayed");
    return {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      delayed: counts.delayed ?? 0,
    };
  });
}

/** Round-trip time of a PING on the producer connection, for the health check. */
export function pingQueue(): Promise<number> {
  return withProducer(async ({ connection }) => {
    const started = performance.now();
    await connection.ping();
    return performance.now() - started;
  });
}

/**
 * Ends the connection and waits until every queue handle on it has seen the end.
 *
 * Why before closing the handles: a handle made while Redis was down (or was not answering yet)
 * is still waiting for "ready", and the connection's end fails that wait. BullMQ 5.81 reports the
 * failure as an "error" event, but close() on a handle that shares its connection removes those
 * listeners at once, while the end comes only when the socket has closed, later: the event then
 * has no listener and becomes an unhandled rejection, one per handle ("connect ECONNREFUSED" x3
 * when a reconnect attempt was in flight; bullmq#3546).
 */
async function endConnection({ connection, queues }: Producer): Promise<void> {
  const ended = connection.status === "end" ? null : new Promise((resolve) => connection.once("end", resolve));
  connection.disconnect();
  // Between reconnect attempts there is no socket: disconnect() only cancels the next attempt, no
  // "end" comes, and the handles' wait stays pending for good (so it never fails either).
  if (connection.status === "reconnecting") return;
  await ended;
  // The failures reach the handles' listeners (logOutage) before this settles: BullMQ attached its
  // reporting to the same promise first.
  await Promise.allSettled(Object.values(queues).map((handle) => handle.waitUntilReady()));
}

async function shutDown(producer: Producer): Promise<void> {
  await endConnection(producer);
  await closeGenerationQueues(producer.queues);
}

/**
 * Closes the producer connection, and any discarded one still closing (tests and scripts; the web
 * app keeps it for its lifetime). Also the way for a test to start over with a new producer.
 */
export async function closeProducer(): Promise<void> {
  const producer = globalForProducer.__timetablerQueueProducer;
  globalForProducer.__timetablerQueueProducer = undefined;
  await Promise.all([producer && shutDown(producer), ...closingInBackground]);
}
