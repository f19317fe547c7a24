import { describe, expect, it } from "vitest";
import { summariseTeachingLoad } from "./summarise-teaching-load";

const asha = { id: "f1", name: "Asha Rao", maxPeriodsPerDay: 4, maxPeriodsPerWeek: 12 };
const ben = { id: "f2", name: "Ben Das", maxPeriodsPerDay: 3, maxPeriodsPerWeek: 6 };
const idle = { id: "f3", name: "Chitra Iyer", maxPeriodsPerDay: 4, maxPeriodsPerWeek: 18 };

describe("summariseTeachingLoad", () => {
  it("counts periods (a lab's length, not one), the busiest day, classes and days, most loaded first", () => {
    const loads = summariseTeachingLoad(
      [asha, ben, idle],
      [
        { facultyId: "f1", offeringId: "o1", day: 1, length: 1 },
        { facultyId: "f1", offeringId: "o1", day: 3, length: 1 },
        { facultyId: "f1", offeringId: "lab", day: 3, length: 3 },
        { facultyId: "f2", offeringId: "o2", day: 2, length: 2 },
        { facultyId: "f2", offeringId: "o3", day: 4, length: 2 },
        { facultyId: null, offeringId: "o9", day: 5, length: 1 },
      ],
    );
    expect(loads.map((l) => l.name)).toEqual(["Ben Das", "Asha Rao", "Chitra Iyer"]);
    expect(loads[0]).toMatchObject({ periodsPerWeek: 4, busiestDay: { day: 2, periods: 2 }, classes: 2, teachingDays: 2 });
    expect(loads[0].weeklyShare).toBeCloseTo(4 / 6);
    expect(loads[1]).toMatchObject({ periodsPerWeek: 5, busiestDay: { day: 3, periods: 4 }, classes: 2, teachingDays: 2 });
    expect(loads[2]).toMatchObject({ periodsPerWeek: 0, busiestDay: null, classes: 0, teachingDays: 0, weeklyShare: 0 });
  });
});
