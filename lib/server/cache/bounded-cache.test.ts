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

describe("BoundedCache with validity", () => {
  function validity(live = true) {
    const state = { live, generation: 0 };
    return { state, validity: { isLive: () => state.live, generation: () => state.generation } };
  }

  it("keeps a value while the generation stays the same", async () => {
    const { validity: v } = validity();
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 1000, validity: v });
    let calls = 0;
    const load = async () => ++calls;
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("a", load)).toBe(1);
  });

  it("drops everything when the generation moves", async () => {
    const { state, validity: v } = validity();
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 1000, validity: v });
    let calls = 0;
    const load = async () => ++calls;
    await cache.get("a", load);
    await cache.get("b", load);
    state.generation++;
    expect(await cache.get("a", load)).toBe(3);
    expect(cache.size).toBe(1);
  });

  it("does not keep a load that was running when the generation moved", async () => {
    const { state, validity: v } = validity();
    const cache = new BoundedCache<string>({ maxEntries: 10, ttlMs: 1000, validity: v });
    let finishOld!: (value: string) => void;
    const old = cache.get("a", () => new Promise<string>((resolve) => (finishOld = resolve)));
    state.generation++;
    const fresh = cache.get("a", async () => "new");
    finishOld("old");
    expect(await old).toBe("old");
    expect(await fresh).toBe("new");
    expect(await cache.get("a", async () => "newer")).toBe("new");
  });

  it("keeps nothing while changes cannot be heard", async () => {
    const { state, validity: v } = validity(false);
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 1000, validity: v });
    let calls = 0;
    const load = async () => ++calls;
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("a", load)).toBe(2);
    expect(cache.size).toBe(0);
    state.live = true;
    expect(await cache.get("a", load)).toBe(3);
    expect(await cache.get("a", load)).toBe(3);
  });
});
