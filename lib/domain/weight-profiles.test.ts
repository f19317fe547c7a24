import { describe, expect, it } from "vitest";
import { SOFT_CONSTRAINTS } from "@/lib/solver/evaluate-context";
import { BUILT_IN_WEIGHT_PROFILES, ITC2007_WEIGHTS, builtInWeightProfile } from "./weight-profiles";

describe("built-in weight profiles", () => {
  it("has the six named profiles, each name once", () => {
    const names = BUILT_IN_WEIGHT_PROFILES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(["Balanced", "Faculty-friendly", "Student-compact", "Room-efficient", "Spread-out", "ITC-2007"]);
  });

  it("gives every soft constraint a finite, non-negative weight and a description", () => {
    for (const profile of BUILT_IN_WEIGHT_PROFILES) {
      expect(Object.keys(profile.weights).sort()).toEqual([...SOFT_CONSTRAINTS].sort());
      for (const weight of Object.values(profile.weights)) {
        expect(Number.isFinite(weight) && weight >= 0).toBe(true);
      }
      expect(profile.description.length).toBeGreaterThan(10);
    }
  });

  it("scores ITC-2007 exactly as the competition does", () => {
    expect(ITC2007_WEIGHTS).toEqual({
      roomCapacity: 1, minDays: 5, isolated: 2, gaps: 0, roomStability: 1,
      facultyPreference: 0, backToBack: 0, edgePeriods: 0, dailyBalance: 0,
    });
  });

  it("makes each specialised profile weigh its focus above Balanced", () => {
    const balanced = builtInWeightProfile("Balanced")!.weights;
    expect(builtInWeightProfile("Faculty-friendly")!.weights.facultyPreference).toBeGreaterThan(balanced.facultyPreference);
    expect(builtInWeightProfile("Student-compact")!.weights.gaps).toBeGreaterThan(balanced.gaps);
    expect(builtInWeightProfile("Room-efficient")!.weights.roomCapacity).toBeGreaterThan(balanced.roomCapacity);
    expect(builtInWeightProfile("Spread-out")!.weights.minDays).toBeGreaterThan(balanced.minDays);
    expect(builtInWeightProfile("Nope")).toBeUndefined();
  });
});
