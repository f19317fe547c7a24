import { describe, expect, it } from "vitest";
import { solverThreads } from "./solver-threads";

describe("solverThreads", () => {
  it("shares the cores among the variants in flight, at least one thread each", () => {
    expect(solverThreads(16, 1)).toBe(16);
    expect(solverThreads(16, 8)).toBe(2);
    expect(solverThreads(16, 5)).toBe(3);
    expect(solverThreads(2, 8)).toBe(1);
    expect(solverThreads(4, 0)).toBe(4);
  });
});
