import { describe, expect, it } from "vitest";
import { expandNonTeachingDays } from "./non-teaching-days";

describe("expandNonTeachingDays", () => {
  it("lists every date of single days and ranges once, in order, with their labels", () => {
    const dates = expandNonTeachingDays([
      { firstDay: "2026-11-09", lastDay: "2026-11-11", label: "Diwali break" },
      { firstDay: "2026-10-02", lastDay: "2026-10-02", label: "Gandhi Jayanti" },
      { firstDay: "2026-11-10", lastDay: "2026-11-12", label: "Overlap" },
    ]);
    expect(dates).toEqual([
      { date: "2026-10-02", label: "Gandhi Jayanti" },
      { date: "2026-11-09", label: "Diwali break" },
      { date: "2026-11-10", label: "Diwali break" },
      { date: "2026-11-11", label: "Diwali break" },
      { date: "2026-11-12", label: "Overlap" },
    ]);
  });

  it("crosses month ends and keeps only the term's dates when asked", () => {
    const dates = expandNonTeachingDays([{ firstDay: "2026-07-30", lastDay: "2026-08-02", label: "Break" }], { firstDay: "2026-07-31", lastDay: "2026-08-01" });
    expect(dates.map((d) => d.date)).toEqual(["2026-07-31", "2026-08-01"]);
  });
});
