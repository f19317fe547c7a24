import { describe, expect, it } from "vitest";
import { breaksFromPeriods, buildTermGrid, edgePeriodsOf, GridIndex, minutesOf } from "./term-grid";

const periods = [
  { index: 0, startTime: "09:00", endTime: "09:50" },
  { index: 1, startTime: "09:50", endTime: "10:40" },
  { index: 2, startTime: "11:00", endTime: "11:50" }, // 20-minute tea break before
  { index: 3, startTime: "11:50", endTime: "12:40" },
  { index: 4, startTime: "13:30", endTime: "14:20" }, // lunch before
];

describe("breaks from period times", () => {
  it("marks a break only where a period ends before the next one starts", () => {
    expect(breaksFromPeriods(periods)).toEqual([false, true, false, true, false]);
  });

  it("treats back-to-back periods (end == next start) as no break", () => {
    expect(breaksFromPeriods(periods.slice(0, 2))).toEqual([false, false]);
  });

  it("sorts periods by index before looking at gaps", () => {
    const grid = buildTermGrid([periods[2], periods[0], periods[1]], [1]);
    expect(grid.periodNames).toEqual(["09:00", "09:50", "11:00"]);
    expect(grid.breakAfter).toEqual([false, true, false]);
  });

  it("rejects a malformed time instead of hiding a break", () => {
    expect(minutesOf("9:05")).toBe(545);
    expect(() => minutesOf("9.05")).toThrow(/HH:MM/);
  });

  it("calls the first and last period edges only when the day has more than two", () => {
    expect(edgePeriodsOf(5)).toEqual([0, 4]);
    expect(edgePeriodsOf(2)).toEqual([]);
  });
});

describe("ISO weekday <-> day index", () => {
  // Monday, Wednesday, Thursday, Saturday, given out of order and with a duplicate.
  const grid = new GridIndex(buildTermGrid(periods, [6, 1, 3, 4, 3]));

  it("numbers working days densely in weekday order", () => {
    expect(grid.grid.days).toBe(4);
    expect(grid.grid.isoDayByIndex).toEqual([1, 3, 4, 6]);
    expect(grid.grid.dayNames).toEqual(["Mon", "Wed", "Thu", "Sat"]);
    expect(grid.dayIndex(4)).toBe(2);
    expect(grid.isoDay(2)).toBe(4);
  });

  it("has no day index for a weekday the term does not teach on", () => {
    expect(grid.dayIndex(2)).toBeNull();
    expect(grid.slot(7, 0)).toBeNull();
  });

  it("round-trips every slot", () => {
    for (const iso of [1, 3, 4, 6]) {
      for (const period of [0, 1, 2, 3, 4]) {
        const slot = grid.slot(iso, period)!;
        const dayIndex = Math.floor(slot / grid.grid.periodsPerDay);
        expect(grid.isoDay(dayIndex)).toBe(iso);
        expect(grid.periodIndex(slot % grid.grid.periodsPerDay)).toBe(period);
      }
    }
  });

  it("maps cells to sorted distinct slots and drops cells off the grid", () => {
    expect(grid.slots([{ day: 3, period: 1 }, { day: 1, period: 0 }, { day: 3, period: 1 }, { day: 2, period: 0 }])).toEqual([0, 6]);
  });

  it("refuses to save a day index the term does not have", () => {
    expect(() => grid.isoDay(4)).toThrow(/outside/);
  });
});
