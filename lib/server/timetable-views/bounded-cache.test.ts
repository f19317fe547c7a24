import { describe, expect, it, vi } from "vitest";
import { BoundedCache } from "./bounded-cache";

describe("BoundedCache", () => {
  it("loads once for concurrent and repeated reads of a key", async () => {
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 1000 });
    const load = vi.fn(async () => 42);
    const values = await Promise.all([cache.get("a", load), cache.get("a", load), cache.get("a", load)]);
    expect(values).toEqual([42, 42, 42]);
    expect(await cache.get("a", load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("reloads after the time limit", async () => {
    let now = 0;
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 1000, now: () => now });
    let calls = 0;
    const load = async () => ++calls;
    expect(await cache.get("a", load)).toBe(1);
    now = 999;
    expect(await cache.get("a", load)).toBe(1);
    now = 1000;
    expect(await cache.get("a", load)).toBe(2);
  });

  it("does not keep a failed load", async () => {
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 1000 });
    await expect(cache.get("a", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("a", async () => 7)).toBe(7);
  });

  it("evicts the oldest key beyond the size limit", async () => {
    const cache = new BoundedCache<string>({ maxEntries: 2, ttlMs: 1000 });
    await cache.get("a", async () => "a1");
    await cache.get("b", async () => "b1");
    await cache.get("c", async () => "c1");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "a2")).toBe("a2");
    expect(await cache.get("c", async () => "c2")).toBe("c1");
  });
});
