import { describe, expect, it } from "vitest";
import { BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";
import { compareVariants } from "./variant-comparison";

const [first, second] = BUILT_IN_WEIGHT_PROFILES;

describe("compareVariants", () => {
  it("scores every variant's soft amounts under the first variant's profile", () => {
    const units = { roomCapacity: 4, isolated: 2, gaps: 1 };
    const comparison = compareVariants([
      { index: 1, name: second.name, weightProfile: second.weights, softUnits: units },
      { index: 0, name: first.name, weightProfile: first.weights, softUnits: { isolated: 1 } },
    ]);
    expect(comparison.profileName).toBe(first.name);
    const w = first.weights;
    expect(comparison.scores.get(1)).toBe(4 * w.roomCapacity + 2 * w.isolated + 1 * w.gaps);
    expect(comparison.scores.get(0)).toBe(w.isolated);
    expect(comparison.units.get(1)).toEqual(units);
  });

  it("leaves variants without soft amounts (not finished, or saved before amounts were kept) unscored", () => {
    const comparison = compareVariants([
      { index: 0, name: first.name, weightProfile: first.weights, softUnits: null },
      { index: 1, name: second.name, weightProfile: second.weights, softUnits: { gaps: 3 } },
    ]);
    expect(comparison.scores.get(0)).toBeNull();
    expect(comparison.scores.get(1)).toBe(3 * first.weights.gaps);
  });

  it("scores nothing when the first variant's profile cannot be read", () => {
    const comparison = compareVariants([{ index: 0, name: "Broken", weightProfile: { gaps: -1 }, softUnits: { gaps: 3 } }]);
    expect(comparison.profileName).toBeNull();
    expect(comparison.scores.get(0)).toBeNull();
  });
});
