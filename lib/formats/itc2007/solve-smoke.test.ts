/**
 * CI smoke test of the whole ITC-2007 path: solve comp01 for ~3 s with the product solver, write
 * the .sol text, parse it back and check the independent UD2 validator finds no hard violation and
 * the same soft cost the solver reported.
 */
import { describe, expect, it } from "vitest";
import { solve } from "../../solver/solve";
import { formatSolution, parseSolution } from "./solution-format";
import { HAVE_ITC, loadInstance } from "./test-instances";
import { placementsToSolution, toSolverInput } from "./to-solver-input";
import { validateUd2 } from "./validate-ud2";

describe.skipIf(!HAVE_ITC)("ITC-2007 smoke: comp01 in ~3 s", () => {
  it("is feasible and the solver's cost equals validate-ud2's", async () => {
    const instance = loadInstance("comp01");
    const result = await solve(toSolverInput(instance), { timeLimitMs: 3000, seed: 1 });
    const ud2 = validateUd2(instance, parseSolution(formatSolution(placementsToSolution(result.placements))));
    expect(ud2.warnings).toEqual([]);
    expect(ud2.hard).toBe(0);
    expect(result.hard).toBe(0);
    expect(result.soft).toBe(ud2.soft);
    expect(result.softBreakdown.roomCapacity).toBe(ud2.softBreakdown.RoomCapacity);
    expect(result.softBreakdown.minDays).toBe(ud2.softBreakdown.MinWorkingDays);
    expect(result.softBreakdown.isolated).toBe(ud2.softBreakdown.IsolatedLectures);
    expect(result.softBreakdown.roomStability).toBe(ud2.softBreakdown.RoomStability);
  });
});
