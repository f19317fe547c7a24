/**
 * Redis connections for BullMQ (REDIS_URL, see lib/config.ts).
 *
 * Two kinds, on purpose:
 * - Worker connections wait for Redis forever (`maxRetriesPerRequest: null`, as BullMQ requires for
 *   blocking commands): a worker that loses Redis should pause and resume, not crash.
 * - The web app's producer connection fails fast (`enableOfflineQueue: false`, a short connect
 *   timeout): a request must answer "the queue is unavailable" within a second or two instead of
 *   hanging until Redis returns.
 */
import "server-only";
import { Redis, type RedisOptions } from "ioredis";
import type { ConnectionOptions } from "bullmq";
import { readQueueConfig } from "@/lib/config";

/** The BullMQ key prefix (BULLMQ_PREFIX): every queue of one deployment (or one test run) lives under it. */
export function bullmqPrefix(): string {
  return readQueueConfig().BULLMQ_PREFIX;
}

/** How long the web app waits for Redis before it reports the queue as unavailable. */
export const PRODUCER_CONNECT_TIMEOUT_MS = 1_500;

export const PRODUCER_REDIS_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  connectTimeout: PRODUCER_CONNECT_TIMEOUT_MS,
  maxRetriesPerRequest: 1,
  // Keep reconnecting in the background (so the queue comes back by itself), but never faster
  // than every 250 ms nor slower than every 5 s.
  retryStrategy: (attempt: number) => Math.min(250 * attempt, 5_000),
};

export const WORKER_REDIS_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: null,
  // ioredis' default backoff tops out at 2 s, so a worker is back within ~2 s of Redis returning.
  retryStrategy: (attempt: number) => Math.min(50 * attempt, 2_000),
};

export function createProducerConnection(redisUrl = readQueueConfig().REDIS_URL): Redis {
  return new Redis(redisUrl, { ...PRODUCER_REDIS_OPTIONS, lazyConnect: false });
}

export function createWorkerConnection(redisUrl = readQueueConfig().REDIS_URL): Redis {
  return new Redis(redisUrl, WORKER_REDIS_OPTIONS);
}

/**
 * BullMQ 5.81 ships its own ioredis (5.11) next to the app's (5.10), so TypeScript sees two unrelated
 * `Redis` classes. At runtime BullMQ accepts any client with connect/disconnect/duplicate (its
 * `isRedisInstance`), so the app's connection is passed through this one cast. It can go once the
 * root ioredis is bumped to BullMQ's version and deduped.
 */
export function asBullmqConnection(redis: Redis): ConnectionOptions {
  return redis as unknown as ConnectionOptions;
}
