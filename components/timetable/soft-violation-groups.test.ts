import { describe, expect, it } from "vitest";
import { groupViolations } from "./soft-violation-groups";

describe("groupViolations", () => {
  it("groups by constraint with counts and costs, costliest group and item first", () => {
    const groups = groupViolations([
      { constraint: "gaps", message: "g1", cost: 2 },
      { constraint: "edgePeriods", message: "e1", cost: 1 },
      { constraint: "gaps", message: "g2", cost: 5 },
      { constraint: "edgePeriods", message: "e2", cost: 1 },
      { constraint: "isolated", message: "i1", cost: 1 },
    ]);
    expect(groups.map((g) => [g.constraint, g.items.length, g.cost])).toEqual([
      ["gaps", 2, 7],
      ["edgePeriods", 2, 2],
      ["isolated", 1, 1],
    ]);
    expect(groups[0].items.map((v) => v.message)).toEqual(["g2", "g1"]);
  });
});
