import { describe, expect, it } from "vitest";
import { compareCosts } from "./solve-instance";
import { median, renderTable, type BenchRun } from "./bench-table";
import type { Ud2Result } from "../../lib/formats/itc2007/validate-ud2";
import { emptyHardBreakdown } from "../../lib/solver/evaluate";

const run = (seed: number, soft: number, extra: Partial<BenchRun> = {}): BenchRun => ({ seed, hard: 0, soft, movesPerSecond: 1000, cpuSeconds: 2.94, failed: false, mismatches: [], ...extra });

describe("bench table", () => {
  it("median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it("renders medians, per-seed marks, gaps to the winner and a sum row", () => {
    const table = renderTable([
      { instance: "comp01", runs: [run(1, 9), run(2, 7), run(3, 12, { hard: 1 })] },
      { instance: "comp11", runs: [run(1, 2, { mismatches: ["soft: solver 1, validator 2"] }), run(2, NaN, { failed: true })] },
    ]);
    const lines = table.split("\n");
    // comp01: median soft 9, winner 5 -> +4. comp11: only the non-failed run counts, winner 0 -> +2.
    expect(lines[2]).toBe("| comp01 | 0 | 9, 7, 12* | 9 | 5 | 5 | +4 | 1000 | 2.9 |");
    expect(lines[3]).toBe("| comp11 | 0 | 2!, s2:failed | 2 | 0 | 0 | +2 | 1000 | 2.9 |");
    expect(lines[4]).toBe("| **sum of medians** | 0 | | 11 | 5 | 5 | +6 | | |");
  });
});

describe("compareCosts", () => {
  const ud2 = (hard: Partial<Ud2Result["hardBreakdown"]>, soft: number): Ud2Result => {
    const hardBreakdown = { Lectures: 0, Conflicts: 0, RoomOccupancy: 0, Availability: 0, ...hard };
    return { hard: Object.values(hardBreakdown).reduce((a, b) => a + b, 0), soft, hardBreakdown, softBreakdown: { RoomCapacity: soft, MinWorkingDays: 0, IsolatedLectures: 0, RoomStability: 0 }, warnings: [] };
  };
  it("accepts equal costs and differently counted conflicts", () => {
    const hardBreakdown = { ...emptyHardBreakdown(), groupClash: 2, facultyClash: 1, unplaced: 1 };
    expect(compareCosts({ hard: 4, soft: 7, hardBreakdown }, ud2({ Conflicts: 2, Lectures: 1 }, 7))).toEqual([]);
  });
  it("reports a soft or non-conflict hard difference", () => {
    const hardBreakdown = { ...emptyHardBreakdown(), roomClash: 1 };
    expect(compareCosts({ hard: 1, soft: 7, hardBreakdown }, ud2({}, 8))).toEqual(["soft: solver 7, validator 8", "hard without conflicts: solver 1, validator 0"]);
  });
});
