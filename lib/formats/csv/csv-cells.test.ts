import { describe, expect, it } from "vitest";
import { isoDayCell, optionalCodeList, timeOfDayCell } from "./csv-cells";

describe("CSV cells", () => {
  it("reads weekdays by name, abbreviation or ISO number", () => {
    for (const [cell, day] of [["Mon", 1], ["monday", 1], ["Tuesday", 2], ["WED", 3], ["7", 7], [" Sat ", 6]] as const) {
      expect(isoDayCell.parse(cell)).toBe(day);
    }
    for (const bad of ["", "0", "8", "Mo", "Monkey", "Funday"]) {
      expect(isoDayCell.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("reads times of day as HH:MM", () => {
    expect(timeOfDayCell.parse("9:00")).toBe("09:00");
    expect(timeOfDayCell.parse("13:40")).toBe("13:40");
    for (const bad of ["24:00", "9", "09:60", "nine"]) expect(timeOfDayCell.safeParse(bad).success, bad).toBe(false);
  });

  it("reads an empty batch list as none", () => {
    expect(optionalCodeList.parse("")).toEqual([]);
    expect(optionalCodeList.parse("A; B")).toEqual(["A", "B"]);
  });
});
