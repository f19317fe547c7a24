import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import {
  assertProductionAuthSecret,
  authSecretProblem,
  DEFAULT_DATABASE_URL,
  DEVELOPMENT_AUTH_SECRET,
  defaultWebConcurrency,
  readAuthConfig,
  readDatabaseConfig,
  readWebConcurrency,
  readWorkerConfig,
} from "./config";

describe("readWorkerConfig", () => {
  it("runs a whole request's variants at once (or one solver per core) and uses BullMQ's 30 s lock by default", () => {
    const config = readWorkerConfig({});
    expect(config.WORKER_CONCURRENCY).toBe(Math.max(availableParallelism(), 5));
    expect(config.WORKER_LOCK_DURATION_MS).toBe(30_000);
    expect(config.HEARTBEAT_INTERVAL_MS).toBe(5_000);
    expect(config.WORKER_MAX_STALLED_COUNT).toBe(8);
    expect(config.WORKER_RECONCILE_EVERY_MS).toBe(60_000);
  });

  it("accepts 0 stalls (fail at the first worker death) and names a bad WORKER_MAX_STALLED_COUNT", () => {
    expect(readWorkerConfig({ WORKER_MAX_STALLED_COUNT: "0" }).WORKER_MAX_STALLED_COUNT).toBe(0);
    expect(() => readWorkerConfig({ WORKER_MAX_STALLED_COUNT: "-1" })).toThrow(/WORKER_MAX_STALLED_COUNT must be 0 or more/);
    expect(() => readWorkerConfig({ WORKER_MAX_STALLED_COUNT: "2.5" })).toThrow(/WORKER_MAX_STALLED_COUNT must be a whole number/);
    expect(() => readWorkerConfig({ WORKER_MAX_STALLED_COUNT: "lots" })).toThrow(/WORKER_MAX_STALLED_COUNT must be a whole number/);
    expect(() => readWorkerConfig({ WORKER_MAX_STALLED_COUNT: "1000" })).toThrow(/WORKER_MAX_STALLED_COUNT must be at most 100/);
  });

  it("caps HEARTBEAT_INTERVAL_MS: a slower heartbeat would make a live worker look dead, and its claims taken over", () => {
    expect(readWorkerConfig({ HEARTBEAT_INTERVAL_MS: "10000" }).HEARTBEAT_INTERVAL_MS).toBe(10_000);
    expect(() => readWorkerConfig({ HEARTBEAT_INTERVAL_MS: "60000" })).toThrow(/HEARTBEAT_INTERVAL_MS must be at most 10000/);
  });

  it("reads overrides and treats empty values as unset", () => {
    const config = readWorkerConfig({ WORKER_CONCURRENCY: "3", WORKER_STALLED_INTERVAL_MS: "1000", HEARTBEAT_INTERVAL_MS: "" });
    expect(config.WORKER_CONCURRENCY).toBe(3);
    expect(config.WORKER_STALLED_INTERVAL_MS).toBe(1_000);
    expect(config.HEARTBEAT_INTERVAL_MS).toBe(5_000);
  });

  it.each(["0", "-1", "two", "1.5"])("rejects WORKER_CONCURRENCY=%s instead of guessing", (value) => {
    expect(() => readWorkerConfig({ WORKER_CONCURRENCY: value })).toThrow(/invalid worker settings: WORKER_CONCURRENCY/);
  });
});

describe("readWebConcurrency", () => {
  it("defaults to one process per core, at most 4, when unset or blank", () => {
    const expected = Math.min(availableParallelism(), 4);
    expect(defaultWebConcurrency()).toBe(expected);
    expect(readWebConcurrency({})).toBe(expected);
    expect(readWebConcurrency({ WEB_CONCURRENCY: "  " })).toBe(expected);
  });

  it("reads a whole number", () => {
    expect(readWebConcurrency({ WEB_CONCURRENCY: "3" })).toBe(3);
    expect(readWebConcurrency({ WEB_CONCURRENCY: " 1 " })).toBe(1);
  });

  it.each([
    ["0", "WEB_CONCURRENCY must be at least 1 (got \"0\")"],
    ["2.5", "WEB_CONCURRENCY must be a whole number of processes (got \"2.5\")"],
    ["two", "WEB_CONCURRENCY must be a whole number of processes (got \"two\")"],
    ["1000", "WEB_CONCURRENCY must be at most 64 (got \"1000\")"],
  ])("refuses %s with a message naming the setting", (value, message) => {
    expect(() => readWebConcurrency({ WEB_CONCURRENCY: value })).toThrow(message);
  });
});

describe("readDatabaseConfig", () => {
  it("defaults to the local database, 10 connections outside Next.js and 20 inside", () => {
    expect(readDatabaseConfig({})).toEqual({ url: DEFAULT_DATABASE_URL, poolMax: 10, logQueries: false });
    expect(readDatabaseConfig({ NEXT_RUNTIME: "nodejs" }).poolMax).toBe(20);
  });

  it("gives a worker's solver thread 3 connections: every thread's pool counts against max_connections", () => {
    expect(readDatabaseConfig({}, false).poolMax).toBe(3);
    expect(readDatabaseConfig({ DATABASE_POOL_MAX: "5" }, false).poolMax).toBe(5);
  });

  it("takes DATABASE_POOL_MAX over the defaults and refuses a pool that is not a whole number", () => {
    expect(readDatabaseConfig({ DATABASE_POOL_MAX: "7", NEXT_RUNTIME: "nodejs" }).poolMax).toBe(7);
    expect(() => readDatabaseConfig({ DATABASE_POOL_MAX: "lots" })).toThrow(/invalid database settings: DATABASE_POOL_MAX/);
  });
});

describe("readAuthConfig", () => {
  it("drops the trailing slash of the public URL and treats an empty secret as unset", () => {
    expect(readAuthConfig({ NEXTAUTH_URL: "https://timetable.example.edu/", NEXTAUTH_SECRET: "" })).toEqual({
      secret: undefined,
      publicUrl: "https://timetable.example.edu",
    });
  });

  it("refuses a public URL that is not a URL", () => {
    expect(() => readAuthConfig({ NEXTAUTH_URL: "timetable" })).toThrow(/NEXTAUTH_URL/);
  });
});

describe("production secret", () => {
  it("refuses a missing, published or short secret, saying how to set one", () => {
    expect(authSecretProblem(undefined)).toBe("NEXTAUTH_SECRET is not set");
    for (const known of ["change-me-in-production", "change-me", DEVELOPMENT_AUTH_SECRET]) expect(authSecretProblem(known)).toMatch(/published/);
    expect(authSecretProblem("short-secret")).toBe("NEXTAUTH_SECRET is shorter than 24 characters");
    expect(() => assertProductionAuthSecret({ NEXTAUTH_SECRET: "change-me-in-production" })).toThrow(/openssl rand -base64 32/);
    expect(() => assertProductionAuthSecret({})).toThrow(/^NEXTAUTH_SECRET is not set: anyone/);
  });

  it("accepts a random secret", () => {
    expect(authSecretProblem("Jx3v9cQ2mW8pL4tR7yB1nE6kH0sA5dF")).toBeNull();
    expect(() => assertProductionAuthSecret({ NEXTAUTH_SECRET: "Jx3v9cQ2mW8pL4tR7yB1nE6kH0sA5dF" })).not.toThrow();
  });
});
