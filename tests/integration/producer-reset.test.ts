/**
 * The web app's queue producer against the real Redis, reached through a proxy the test cuts and
 * restores: during an outage a call answers QueueUnavailableError within about
 * PRODUCER_CONNECT_TIMEOUT_MS, and once Redis is reachable again the next call works, even when the
 * outage broke the producer's queue handles (BullMQ initialises a handle once, right after the
 * connection is ready; an outage at that moment used to leave it failing until the web app restarted).
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PRODUCER_CONNECT_TIMEOUT_MS } from "@/lib/queue/connection";
import { closeProducer, getQueueCounts, withProducer, type Producer } from "@/lib/queue/producer";
import { QueueUnavailableError } from "@/lib/queue/queue-unavailable-error";
import { startCuttableProxy, type CuttableProxy } from "./support/cuttable-proxy";

// scripts/test.sh points REDIS_URL at the test index; the producer reaches it only through the proxy.
const redisUrl = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/1");
const prefix = `producer-reset-test-${randomUUID().slice(0, 8)}`;
const savedEnv = { REDIS_URL: process.env.REDIS_URL, BULLMQ_PREFIX: process.env.BULLMQ_PREFIX };
const noJobs = { waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 };
let proxy: CuttableProxy;

beforeAll(async () => {
  proxy = await startCuttableProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
  const viaProxy = new URL(redisUrl);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  // Read when the producer is created (lib/config.ts reads at call time), so setting them here is enough.
  Object.assign(process.env, { REDIS_URL: viaProxy.toString(), BULLMQ_PREFIX: prefix });
});

afterEach(async () => {
  await proxy.restore();
  await closeProducer();
});

afterAll(async () => {
  await proxy.close();
  const redis = new Redis(redisUrl.toString());
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** Expects `call` to fail with QueueUnavailableError, in about the producer's timeout rather than hanging. */
async function expectUnavailableQuickly(call: () => Promise<unknown>): Promise<QueueUnavailableError> {
  const started = performance.now();
  const error = await call().then(
    () => expect.unreachable("the call should have failed"),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(QueueUnavailableError);
  expect(performance.now() - started).toBeLessThan(2 * PRODUCER_CONNECT_TIMEOUT_MS + 1_000);
  return error as QueueUnavailableError;
}

const producerInUse = () => withProducer(async (producer) => producer);

describe("queue producer across Redis outages", () => {
  it("fails fast while Redis is unreachable and works again once it is back", async () => {
    expect(await getQueueCounts()).toEqual(noJobs);
    await proxy.cut();
    await expectUnavailableQuickly(getQueueCounts);
    await proxy.restore();
    expect(await getQueueCounts()).toEqual(noJobs);

    // A producer first created during the outage waits for Redis too, and its handles work once it returns.
    await closeProducer();
    await proxy.cut();
    await expectUnavailableQuickly(getQueueCounts);
    await proxy.restore();
    expect(await getQueueCounts()).toEqual(noJobs);
  });

  it("builds new queue handles when Redis dropped while BullMQ was initialising them", async () => {
    // On a new connection ioredis' ready check is the first INFO; each BullMQ handle then sends its
    // own to read the Redis version. Cutting there (and refusing the reconnect, as a restarting
    // Redis does) makes ioredis give that INFO up, which rejects the handles' init for good.
    const cutsBefore = proxy.cuts;
    proxy.cutOnCommand("info", 2);
    const failure = await expectUnavailableQuickly(getQueueCounts);
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(failure.message).toMatch(/max retries per request/i);

    await proxy.restore();
    expect(await getQueueCounts()).toEqual(noJobs);
  });

  it("discards the producer once when callers fail together, and keeps it when Redis is only slow", async () => {
    const first = await producerInUse();
    const failures = await Promise.allSettled([1, 2, 3].map(() => withProducer(() => Promise.reject(new Error("handle broken")))));
    for (const failure of failures) {
      expect(failure.status).toBe("rejected");
      expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(QueueUnavailableError);
    }
    const second = await producerInUse();
    expect(second).not.toBe(first);
    expect(await getQueueCounts()).toEqual(noJobs);
    // The discarded producer is closed in the background, not left connected.
    await closeProducer();
    expect(first.connection.status).toBe("end");

    // Our own timeout says nothing about the handles: the connection stays, as it does during an outage.
    const third = await producerInUse();
    await expectUnavailableQuickly(() => withProducer(() => new Promise<never>(() => {})));
    expect(await producerInUse()).toBe(third);
  });
});
