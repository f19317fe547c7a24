import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log/logger";
import { throttledWriter } from "./throttled-writer";

// A write that stays in flight until the test settles it, to observe serialisation.
function controllableWrites() {
  const written: number[] = [];
  const settle: (() => void)[] = [];
  const write = (value: number) =>
    new Promise<void>((resolve) => {
      written.push(value);
      settle.push(resolve);
    });
  return { written, settle, write };
}

describe("throttledWriter", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the first value at once, then at most one write per interval with the latest value", async () => {
    const { written, settle, write } = controllableWrites();
    const writer = throttledWriter(write, 1_000, "test");
    writer.offer(1, false);
    expect(written).toEqual([1]);
    settle[0]();
    await vi.advanceTimersByTimeAsync(0);

    writer.offer(2, false);
    writer.offer(3, false);
    await vi.advanceTimersByTimeAsync(999);
    expect(written).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual([1, 3]);
  });

  it("never has two writes in flight: an urgent value waits for the current write", async () => {
    const { written, settle, write } = controllableWrites();
    const writer = throttledWriter(write, 1_000, "test");
    writer.offer(1, true);
    writer.offer(2, true);
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toEqual([1]);
    settle[0]();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([1, 2]);
  });

  it("flush writes the pending value and waits for it", async () => {
    const { written, settle, write } = controllableWrites();
    const writer = throttledWriter(write, 1_000, "test");
    writer.offer(1, false);
    writer.offer(2, false);
    const flushed = writer.flush();
    settle[0]();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([1, 2]);
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    settle[1]();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it("keeps going after a failed write", async () => {
    const written: number[] = [];
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const writer = throttledWriter(
      async (value: number) => {
        written.push(value);
        if (value === 1) throw new Error("database away");
      },
      10,
      "test",
    );
    writer.offer(1, false);
    await vi.advanceTimersByTimeAsync(0);
    writer.offer(2, false);
    await vi.advanceTimersByTimeAsync(50);
    expect(written).toEqual([1, 2]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
