import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { defaultWebConcurrency, readWebConcurrency } from "./web-concurrency";

describe("readWebConcurrency", () => {
  it("defaults to one process per core, at most 4, when unset or blank", () => {
    const expected = Math.min(availableParallelism(), 4);
    expect(defaultWebConcurrency()).toBe(expected);
    expect(readWebConcurrency(undefined)).toBe(expected);
    expect(readWebConcurrency("  ")).toBe(expected);
  });

  it("reads a whole number", () => {
    expect(readWebConcurrency("3")).toBe(3);
    expect(readWebConcurrency(" 1 ")).toBe(1);
  });

  it.each([
    ["0", "WEB_CONCURRENCY must be at least 1 (got \"0\")"],
    ["2.5", "WEB_CONCURRENCY must be a whole number of processes (got \"2.5\")"],
    ["two", "WEB_CONCURRENCY must be a whole number of processes (got \"two\")"],
    ["1000", "WEB_CONCURRENCY must be at most 64 (got \"1000\")"],
  ])("refuses %s with a message naming the setting", (value, message) => {
    expect(() => readWebConcurrency(value)).toThrow(message);
  });
});
