import { describe, expect, it } from "vitest";
import { evaluate } from "../../solver/evaluate";
import { parseCtt } from "./parse-ctt";
import { parseSolution } from "./solution-format";
import { TINY_CTT } from "./test-instances";
import { solutionToPlacements, toSolverInput } from "./to-solver-input";
import { validateUd2 } from "./validate-ud2";

// TINY_CTT: 2 days x 3 periods; cA (teacher tX, 2 lectures, min 2 days, 30 students), cB (tX, 1, 1, 10),
// cC (tY, 2, 1, 25); rooms "36" (20 seats) and R2 (40); curriculum q0 = {cA, cC};
// cA unavailable day 0 period 0, cC unavailable day 1 period 2.
const instance = parseCtt(TINY_CTT);

// Feasible. Day 0: cC s0 (R2), cA s1 (R2), cC s2 (R2), cB s0 (36). Day 1: cA s0 (36).
const FEASIBLE = `cC R2 0 0
cA R2 0 1
cC R2 0 2
cB 36 0 0
cA 36 1 0
`;

describe("validateUd2 on a hand-scored instance", () => {
  it("feasible solution: hand-computed soft cost 13", () => {
    const result = validateUd2(instance, parseSolution(FEASIBLE));
    expect(result.hardBreakdown).toEqual({ Lectures: 0, Conflicts: 0, RoomOccupancy: 0, Availability: 0 });
    // RoomCapacity: cA in "36" has 30 - 20 = 10 over. MinWorkingDays: none short.
    // Isolated: q0 on day 1 has only cA at s0 -> 1 x 2. RoomStability: cA uses R2 and "36" -> 1.
    expect(result.softBreakdown).toEqual({ RoomCapacity: 10, MinWorkingDays: 0, IsolatedLectures: 2, RoomStability: 1 });
    expect(result.soft).toBe(13);
    expect(result.warnings).toEqual([]);
  });

  it("infeasible solution: every hard constraint, skipped lines, clashing lectures counted as UD2 does", () => {
    const text = `cA R2 0 0
cB R2 0 0
cC 36 0 0
cC 36 0 0
cX R2 1 1
cB 99 1 1
cB R2 2 0
`;
    const result = validateUd2(instance, parseSolution(text));
    // Lectures: cA 1 of 2, cC 1 of 2 (the repeat is skipped). Conflicts: cA-cB (teacher), cA-cC (q0) at period 0.
    // RoomOccupancy: R2 holds cA and cB at period 0. Availability: cA at day 0 period 0.
    expect(result.hardBreakdown).toEqual({ Lectures: 2, Conflicts: 2, RoomOccupancy: 1, Availability: 1 });
    expect(result.hard).toBe(6);
    // RoomCapacity: cC in "36" 5 over. MinWorkingDays: cA 1 day short x 5. Isolated: q0 has 2 lectures alone at period 0 -> 2 x 2.
    expect(result.softBreakdown).toEqual({ RoomCapacity: 5, MinWorkingDays: 5, IsolatedLectures: 4, RoomStability: 0 });
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings[0]).toContain("already has a lecture in this period");
    expect(result.warnings[1]).toContain("unknown course");
    expect(result.warnings[2]).toContain("unknown room");
    expect(result.warnings[3]).toContain("day out of range");
  });

  it("evaluate() through toSolverInput agrees on the hand-scored feasible solution", () => {
    const result = evaluate(toSolverInput(instance), solutionToPlacements(parseSolution(FEASIBLE)));
    expect(result.hard).toBe(0);
    expect(result.soft).toBe(13);
    expect(result.violations.map((v) => v.message)).toContain("q0 has an isolated class: cA on day 1 period 0");
  });
});
