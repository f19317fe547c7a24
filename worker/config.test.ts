import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { readWorkerConfig } from "./config";

describe("readWorkerConfig", () => {
  it("uses one solver per CPU core and BullMQ's 30 s lock by default", () => {
    const config = readWorkerConfig({});
    expect(config.WORKER_CONCURRENCY).toBe(Math.max(availableParallelism(), 5));
    expect(config.WORKER_LOCK_DURATION_MS).toBe(30_000);
    expect(config.HEARTBEAT_INTERVAL_MS).toBe(5_000);
  });

  it("reads overrides and treats empty values as unset", () => {
    const config = readWorkerConfig({ WORKER_CONCURRENCY: "3", WORKER_STALLED_INTERVAL_MS: "1000", HEARTBEAT_INTERVAL_MS: "" });
    expect(config.WORKER_CONCURRENCY).toBe(3);
    expect(config.WORKER_STALLED_INTERVAL_MS).toBe(1_000);
    expect(config.HEARTBEAT_INTERVAL_MS).toBe(5_000);
  });

  it.each(["0", "-1", "two", "1.5"])("rejects WORKER_CONCURRENCY=%s instead of guessing", (value) => {
    expect(() => readWorkerConfig({ WORKER_CONCURRENCY: value })).toThrow();
  });
});
