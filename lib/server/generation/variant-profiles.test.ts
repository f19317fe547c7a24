import { describe, expect, it } from "vitest";
import { ITC2007_WEIGHTS } from "@/lib/domain/weight-profiles";
import { planVariants } from "./variant-profiles";

const counter = () => {
  let seed = 0;
  return () => ++seed;
};

describe("planVariants", () => {
  it("gives each variant a different general profile, in order, with its own seed", () => {
    const plans = planVariants(3, null, counter());
    expect(plans.map((p) => p.name)).toEqual(["Balanced", "Faculty-friendly", "Student-compact"]);
    expect(plans.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(plans.map((p) => p.seed)).toEqual([1, 2, 3]);
  });

  it("repeats the profiles with a numbered name past the fifth variant, and never offers ITC-2007 unasked", () => {
    const names = planVariants(7, null, counter()).map((p) => p.name);
    expect(names).toEqual(["Balanced", "Faculty-friendly", "Student-compact", "Room-efficient", "Spread-out", "Balanced #2", "Faculty-friendly #2"]);
  });

  it("starts with the term's own profile and does not repeat it", () => {
    const plans = planVariants(3, { name: "ITC-2007", weights: ITC2007_WEIGHTS }, counter());
    expect(plans.map((p) => p.name)).toEqual(["ITC-2007", "Balanced", "Faculty-friendly"]);
    expect(plans[0].weights).toEqual(ITC2007_WEIGHTS);
    expect(planVariants(2, { name: "Balanced", weights: ITC2007_WEIGHTS }, counter()).map((p) => p.name)).toEqual(["Balanced", "Faculty-friendly"]);
  });

  it("draws random positive 31-bit seeds by default", () => {
    const seeds = planVariants(5, null).map((p) => p.seed);
    expect(seeds.every((s) => Number.isInteger(s) && s > 0 && s < 2 ** 31)).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
