import { describe, expect, it } from "vitest";
import { BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";
import { evaluate } from "./evaluate";
import { scoreUnder, softUnits } from "./soft-units";
import { at, faculty, group, offering, room, tinyInput } from "./test-input";

// A small week that bends every kind of soft constraint at least once.
const input = tinyInput({
  rooms: [room("R1", { capacity: 5 }), room("R2")],
  faculty: [faculty("F1", { preferred: [0], avoidBackToBack: true })],
  groups: [group("G", ["A", "B"])],
  offerings: [offering("A", { meetings: 2, minDays: 2, facultyId: "F1" }), offering("B", { size: 8, facultyId: "F1" })],
  edgePeriods: [3],
});
const placements = [at("A", 0, 0, 0, "R2"), at("A", 1, 0, 3, "R1"), at("B", 0, 0, 1, "R1")];

describe("softUnits", () => {
  it("counts each constraint in its own units, whatever the input's weights", () => {
    const units = softUnits(input, placements);
    // A in R1 is 5 over and B in R1 3 over; A meets on 1 day of 2; A uses 2 rooms.
    expect(units).toMatchObject({ roomCapacity: 8, minDays: 1, roomStability: 1 });
    expect(Object.entries(units).filter(([, amount]) => amount === 0)).toEqual([]);
    expect(softUnits({ ...input, weights: BUILT_IN_WEIGHT_PROFILES[1].weights }, placements)).toEqual(units);
  });

  it.each(BUILT_IN_WEIGHT_PROFILES.map((p) => [p.name, p.weights] as const))(
    "scoreUnder(units, %s) is what evaluate() gives under those weights, per constraint and in total",
    (_name, weights) => {
      const units = softUnits(input, placements);
      const weighted = evaluate({ ...input, weights }, placements);
      expect(scoreUnder(units, weights)).toBe(weighted.soft);
      for (const [constraint, cost] of Object.entries(weighted.softBreakdown)) {
        expect(cost).toBe(units[constraint as keyof typeof units] * weights[constraint as keyof typeof weights]);
      }
    },
  );

  it("counts missing amounts as zero", () => {
    expect(scoreUnder({ isolated: 3 }, { ...BUILT_IN_WEIGHT_PROFILES[0].weights, isolated: 2 })).toBe(6);
  });
});
