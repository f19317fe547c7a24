/**
 * Soft constraint amounts in their own units (students over capacity, days short, isolated
 * classes, ...; see SoftWeights), independent of any weights. Every soft cost is weight x units, so
 * these are what makes timetables searched under different weight profiles comparable: score them
 * all under one set of weights with scoreUnder(), or compare the amounts themselves.
 */
import { evaluate } from "./evaluate";
import { SOFT_CONSTRAINTS } from "./evaluate-context";
import type { Placement, SoftConstraint, SoftWeights, SolverInput } from "./types";

export type SoftUnits = Record<SoftConstraint, number>;

const UNIT_WEIGHTS = Object.fromEntries(SOFT_CONSTRAINTS.map((c) => [c, 1])) as unknown as SoftWeights;

export function softUnits(input: SolverInput, placements: Placement[]): SoftUnits {
  return evaluate({ ...input, weights: UNIT_WEIGHTS }, placements).softBreakdown;
}

/** The soft cost the same timetable would have under `weights`. Missing amounts count as 0. */
export function scoreUnder(units: Partial<Record<string, number>>, weights: SoftWeights): number {
  return SOFT_CONSTRAINTS.reduce((sum, constraint) => sum + (units[constraint] ?? 0) * weights[constraint], 0);
}
