import { describe, expect, it } from "vitest";
import { epochClock } from "./engine/exchange";
import { MEDIUM_SIZE, syntheticInstance } from "./engine/synthetic-instance";
import { evaluate } from "./evaluate";
import { independentParts } from "./parts";
import { ExchangeRounds, teamSizes, threadIterations, threadSeed } from "./search-threads";
import { solve } from "./solve";
import type { SolverProgress } from "./types";

const solution = (hard: number, soft: number, mark: number) => ({ hard, soft, slot: Int32Array.of(mark), room: Int32Array.of(mark) });

describe("ExchangeRounds", () => {
  it("closes a round only when every thread has offered or finished, and answers every offering thread with the best", () => {
    const rounds = new ExchangeRounds(3);
    expect(rounds.offer(0, solution(0, 50, 0)).size).toBe(0);
    expect(rounds.offer(2, solution(0, 40, 2)).size).toBe(0);
    const answers = rounds.finish(1, solution(0, 30, 1));
    expect([...answers.keys()].sort()).toEqual([0, 2]);
    // The finished thread's final best takes part: it is the best of the round.
    expect(answers.get(0)!.slot[0]).toBe(1);
    // Next round: thread 1 stays finished, so two offers close it.
    expect(rounds.offer(0, solution(0, 20, 0)).size).toBe(0);
    expect(rounds.offer(2, solution(0, 20, 2)).get(2)!.slot[0]).toBe(0); // a tie goes to the lowest thread
  });

  it("ranks hard violations before soft cost", () => {
    const rounds = new ExchangeRounds(2);
    rounds.offer(0, solution(1, 0, 0));
    expect(rounds.offer(1, solution(0, 900, 1)).get(0)!.slot[0]).toBe(1);
  });
});

describe("epochClock", () => {
  it("marks every maxIterations / epochs iterations once, ignoring the clock", () => {
    const due = epochClock(4, 0, 1000, 4000);
    const marks = [500, 1000, 1500, 2000, 2000, 3500, 4000].map((i) => due(i, 999_999));
    expect(marks).toEqual([false, true, false, true, false, true, true]);
  });

  it("marks every timeLimitMs / epochs of the clock without an iteration budget", () => {
    const due = epochClock(2, 100, 1000, undefined);
    expect([due(1, 500), due(2, 600), due(3, 1000), due(4, 1100)]).toEqual([false, true, false, true]);
  });
});

describe("teamSizes", () => {
  it("splits the week among all threads when each gets two days, else forms pairs (a triple for an odd count on 6 days)", () => {
    expect(teamSizes(2, 6)).toEqual([2]);
    expect(teamSizes(3, 6)).toEqual([3]);
    expect(teamSizes(4, 6)).toEqual([2, 2]);
    expect(teamSizes(5, 6)).toEqual([3, 2]);
    expect(teamSizes(3, 5)).toEqual([2, 1]);
    expect(teamSizes(8, 5)).toEqual([2, 2, 2, 2]);
    expect(teamSizes(3, 3)).toEqual([1, 1, 1]);
    // One thread (a part given one of several threads: solve-parts.ts) walks alone.
    expect(teamSizes(1, 6)).toEqual([1]);
    expect(teamSizes(1, 3)).toEqual([1]);
  });
});

describe("thread seeds and iteration shares", () => {
  it("keeps the variant's seed for the first thread and shares the iterations out exactly", () => {
    expect(threadSeed(7, 0)).toBe(7);
    expect(new Set([0, 1, 2, 3].map((k) => threadSeed(7, k))).size).toBe(4);
    expect([0, 1, 2].map((k) => threadIterations(100, 3, k))).toEqual([34, 33, 33]);
  });
});

describe("parallel search in one part", () => {
  const input = syntheticInstance(5, MEDIUM_SIZE);
  const options = { timeLimitMs: 600_000, seed: 3, maxIterations: 300_000 };

  it("is one part (the premise of the tests below)", () => {
    expect(independentParts(input)).toBeNull();
  });

  // On the 5-day week (teamSizes): 2 threads split it (engine/partitioned-walk.ts); 3 are a split
  // pair and a walk of its own, 4 two split pairs, trading their best at epochs.
  it.each([2, 3, 4])("gives the same timetable for a seed, %i threads and an iteration budget, scored as evaluate() scores it", async (threads) => {
    const first = await solve(input, { ...options, threads });
    const second = await solve(input, { ...options, threads });
    expect(second.placements).toEqual(first.placements);
    expect(first.stats.threads).toBe(threads);
    expect(first.stats.iterations).toBe(options.maxIterations);
    const scored = evaluate(input, first.placements);
    expect(first.hard).toBe(0);
    expect(first.hard).toBe(scored.hard);
    expect(first.soft).toBeCloseTo(scored.soft, 6);
    expect(first.placements).toHaveLength(input.offerings.reduce((n, o) => n + o.meetings, 0));
  });

  it("reports progress with the threads' iterations summed", async () => {
    const reports: SolverProgress[] = [];
    const result = await solve(input, { ...options, threads: 2, onProgress: (p) => reports.push(p) });
    const searching = reports.filter((p) => p.phase === "optimising");
    expect(searching.length).toBeGreaterThan(0);
    expect(Math.max(...searching.map((p) => p.iterations))).toBeLessThanOrEqual(options.maxIterations);
    expect(reports.at(-1)).toMatchObject({ phase: "done", iterations: options.maxIterations, bestHard: result.hard, bestSoft: result.soft });
  });

  it.each([2, 4])("stops soon after an abort with %i threads and returns a timetable scored by evaluate()", async (threads) => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 1500);
    const result = await solve(input, { timeLimitMs: 600_000, seed: 3, threads, signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.aborted).toBe(true);
    const scored = evaluate(input, result.placements);
    expect(result.hard).toBe(scored.hard);
    expect(result.soft).toBeCloseTo(scored.soft, 6);
  });
});
